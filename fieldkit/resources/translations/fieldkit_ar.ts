<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AcceptHandoverDialog</name>
    <message>
        <source>Handovers — FieldKit</source>
        <translation>عمليات التسليم — FieldKit</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>عمليات التسليم</translation>
    </message>
    <message>
        <source>What &amp;differs (optional):</source>
        <translation>ما &amp;يختلف (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Accept, signed with my key</source>
        <translation>&amp;قبول، موقَّع بمفتاحي</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>ال&amp;شهادة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Handovers (waiting for you first):</source>
        <translation>عمليات ال&amp;تسليم (ما ينتظرك أولًا):</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>بانتظارك</translation>
    </message>
    <message>
        <source>waiting for the receiver</source>
        <translation>بانتظار المستلم</translation>
    </message>
    <message numerus="yes">
        <source>{giver} → {receiver}: %n item(s) — {state}</source>
        <translation>
            <numerusform>{giver} ← {receiver}: %n عنصر — {state}</numerusform>
            <numerusform>{giver} ← {receiver}: %n عنصر — {state}</numerusform>
            <numerusform>{giver} ← {receiver}: %n عنصران — {state}</numerusform>
            <numerusform>{giver} ← {receiver}: %n عناصر — {state}</numerusform>
            <numerusform>{giver} ← {receiver}: %n عنصرًا — {state}</numerusform>
            <numerusform>{giver} ← {receiver}: %n عنصر — {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>No handover in this vault.</source>
        <translation>لا يوجد أي تسليم في هذه الخزنة.</translation>
    </message>
    <message>
        <source>Items: {items}</source>
        <translation>العناصر: {items}</translation>
    </message>
    <message>
        <source>Handed over at: {when}</source>
        <translation>وقت التسليم: {when}</translation>
    </message>
    <message>
        <source>Condition: {text}</source>
        <translation>الحالة: {text}</translation>
    </message>
    <message>
        <source>Accepted at {when}.</source>
        <translation>قُبل في {when}.</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Trust a key — FieldKit</source>
        <translation>الوثوق بمفتاح — FieldKit</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>The digits match: &amp;trust and mark verified</source>
        <translation>الأرقام متطابقة: &amp;ثق، مع علامة «تم التحقق»</translation>
    </message>
    <message>
        <source>Trust &amp;now, compare later</source>
        <translation>ثق ال&amp;آن، وقارن لاحقًا</translation>
    </message>
    <message>
        <source>Until you compare the fingerprint, this card receives bundles only when you tick it yourself in the export dialog.</source>
        <translation>إلى أن تقارن البصمة، لا تتلقى هذه البطاقة الحزم إلا إذا حدّدتها بنفسك في نافذة التصدير.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation>{name}، {organisation} — {role}</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>بلا مؤسسة</translation>
    </message>
    <message>
        <source>The card says:</source>
        <translation>تقول البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>الاسم ال&amp;محلي:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>الوثوق بهذا المفتاح؟</translation>
    </message>
    <message>
        <source>Anyone can make a card with any name on it. Before you trust it, ask its holder to read their fingerprint to you — in person or on the phone, not by e-mail or message — and compare it with these digits:</source>
        <translation>يستطيع أي شخص أن يصنع بطاقة بأي اسم. قبل أن تثق بها، اطلب من صاحبها أن يقرأ لك بصمته — وجهًا لوجه أو بالهاتف، لا بالبريد الإلكتروني أو الرسائل — وقارنها بهذه الأرقام:</translation>
    </message>
    <message>
        <source>The local name is what FieldKit shows for this person everywhere; the name inside their bundles is only their claim.</source>
        <translation>الاسم المحلي هو ما يعرضه FieldKit لهذا الشخص في كل مكان؛ أما الاسم داخل حزمه فهو مجرد ادعاء منه.</translation>
    </message>
    <message>
        <source>You already trust this key as {name}{verified}. Adding it again updates the local name and role.</source>
        <translation>أنت تثق بهذا المفتاح باسم {name}{verified}. إضافته مرة أخرى تحدّث الاسم المحلي والدور.</translation>
    </message>
    <message>
        <source> (fingerprint compared)</source>
        <translation> (تمت مقارنة البصمة)</translation>
    </message>
    <message>
        <source>You already trust another card with this name, or one that looks alike ({keys}). Give this one a local name that tells them apart.</source>
        <translation>أنت تثق ببطاقة أخرى بهذا الاسم، أو باسم يشبهه ({keys}). أعطِ هذه البطاقة اسمًا محليًا يميّز بينهما.</translation>
    </message>
</context>
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Nobody is trusted in this vault yet. Add the identity card of each person who receives your bundles on the “People &amp; keys” page (Add a card…); you can then choose them here, or later with the “Recipients…” button.</source>
        <translation>لا أحد موثوق في هذه الخزنة بعد. أضف بطاقة هوية كل شخص يستلم حزمك من صفحة «الأشخاص والمفاتيح» (إضافة بطاقة…)، ثم يمكنك اختيارهم هنا، أو لاحقًا بزر «المستلمون…».</translation>
    </message>
    <message>
        <source>Add a sync folder</source>
        <translation>إضافة مجلد مزامنة</translation>
    </message>
    <message>
        <source>Kind of sync target</source>
        <translation>نوع هدف المزامنة</translation>
    </message>
    <message>
        <source>A folder: USB drive or shared folder</source>
        <translation>مجلد: ذاكرة USB أو مجلد مشترك</translation>
    </message>
    <message>
        <source>S3 storage: a bucket on a server</source>
        <translation>تخزين S3: حاوية على خادم</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>نقطة الوصول</translation>
    </message>
    <message>
        <source>For example: https://s3.example.org</source>
        <translation>مثال: https://s3.example.org</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>For example: field/kharkiv (may be empty)</source>
        <translation>مثال: field/kharkiv (يمكن تركها فارغة)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Only if the provider asks for one</source>
        <translation>فقط إذا طلبها مزوّد الخدمة</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>مفتاح الوصول</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Bandwidth limit in kB/s</source>
        <translation>حد السرعة بالكيلوبايت/ث</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> كيلوبايت/ث</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>اختبا&amp;ر الاتصال</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>The USB drive or shared folder</source>
        <translation>قرص USB أو المجلد المشترك</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>اختر المجلد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>For example: stick</source>
        <translation>مثلًا: ذاكرة USB</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation>حدّد لمن تُترك الحزم في هذا المجلد. إن لم تحدّد أحدًا، تذهب إلى كل منسّق تم التحقق منه.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>نقطة ال&amp;وصول:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>ال&amp;حاوية:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>ال&amp;بادئة:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>المنط&amp;قة:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>م&amp;فتاح الوصول:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>المفتاح السر&amp;ي:</translation>
    </message>
    <message>
        <source>Band&amp;width:</source>
        <translation>حد السر&amp;عة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>المس&amp;تلمون:</translation>
    </message>
    <message>
        <source>Add S3 storage</source>
        <translation>إضافة تخزين S3</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this bucket are for. With none ticked, they go to every verified coordinator. The access key and secret are kept only inside this vault, encrypted.</source>
        <translation>حدّد لمن تُرسل الحزم المتروكة في هذه الحاوية. إن لم تحدّد أحدًا فهي لكل منسّق تم التحقق منه. يُحفظ مفتاح الوصول والمفتاح السري داخل هذه الخزنة فقط، مشفّرين.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Connected: the bucket answers.</source>
        <translation>متصل: الحاوية تستجيب.</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · المفتاح {fingerprint}…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>اختر مجلد المزامنة</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Chec&amp;k the chain again</source>
        <translation>ت&amp;حقق من السلسلة مرة أخرى</translation>
    </message>
    <message>
        <source>Show events of</source>
        <translation>عرض أحداث</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عر&amp;ض:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Checking the chain of events…</source>
        <translation>جارٍ التحقق من سلسلة الأحداث…</translation>
    </message>
    <message>
        <source>The chain is intact: {n} events, each linked to the one before. Head {head}…</source>
        <translation>السلسلة سليمة: عدد الأحداث {n}، كل منها مرتبط بالذي قبله. الرأس {head}…</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…وغيرها: {n}.</translation>
    </message>
    <message>
        <source>The chain is BROKEN: events were altered or removed.</source>
        <translation>السلسلة مكسورة: عُدّلت أحداث أو حُذفت.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault — FieldKit</source>
        <translation>نسخ الخزنة احتياطيًا — FieldKit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختر مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;نسخ احتياطي</translation>
    </message>
    <message>
        <source>Back up &amp;into (a new or empty folder):</source>
        <translation>النسخ الاحتياطي &amp;إلى (مجلد جديد أو فارغ):</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>نسخ الخزنة احتياطيًا</translation>
    </message>
    <message>
        <source>The backup is a complete copy, still encrypted: it opens with the passphrase (or recovery key) the vault has now. Keep it on another drive, away from this laptop.</source>
        <translation>النسخة الاحتياطية نسخة كاملة ما زالت مشفّرة: تُفتح بعبارة المرور (أو مفتاح الاسترداد) الحالية للخزنة. احفظها على قرص آخر، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>كُتبت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a new or empty folder: this one has files in it.</source>
        <translation>اختر مجلدًا جديدًا أو فارغًا: هذا المجلد فيه ملفات.</translation>
    </message>
    <message>
        <source>Copying the vault to {folder}…</source>
        <translation>جارٍ نسخ الخزنة إلى {folder}…</translation>
    </message>
    <message>
        <source>Cancelled: the incomplete backup was removed.</source>
        <translation>أُلغي: حُذفت النسخة الاحتياطية غير المكتملة.</translation>
    </message>
    <message>
        <source>{files} files, {size}, written to {folder}.</source>
        <translation>الملفات: {files}، الحجم: {size}، كُتبت في {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault&apos;s media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>تعذّر نسخ %n صورة احتياطيًا: فقد مجلد الوسائط في الخزنة ملفاتها، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تعذّر نسخ صورة واحدة احتياطيًا: فقد مجلد الوسائط في الخزنة ملفها، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تعذّر نسخ صورتين احتياطيًا: فقد مجلد الوسائط في الخزنة ملفيهما، والنسخة الاحتياطية تدرجهما على أنهما مفقودتان:</numerusform>
            <numerusform>تعذّر نسخ %n صور احتياطيًا: فقد مجلد الوسائط في الخزنة ملفاتها، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تعذّر نسخ %n صورة احتياطيًا: فقد مجلد الوسائط في الخزنة ملفاتها، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تعذّر نسخ %n صورة احتياطيًا: فقد مجلد الوسائط في الخزنة ملفاتها، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>لم يُسجَّل شيء بعد</translation>
    </message>
</context>
<context>
    <name>BundleCheckDialog</name>
    <message>
        <source>Drop .fkb files here</source>
        <translation>أفلت ملفات ‎.fkb هنا</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb);;All files (*)</source>
        <translation>حزم FieldKit (*.fkb);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation>تص&amp;دير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>استي&amp;راد حزم…</translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation>التح&amp;قق من حزم…</translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation>الحزم والمزامنة</translation>
    </message>
    <message>
        <source>A bundle carries your records, signed and encrypted, on a USB stick or any other way. A sync folder does it for you whenever the drive is plugged in. Drop .fkb files anywhere on this page to import them.</source>
        <translation>تحمل الحزمة سجلاتك، موقّعة ومشفّرة، على ذاكرة USB أو بأي وسيلة أخرى. ومجلد المزامنة يفعل ذلك عنك كلما وُصل القرص. أفلت ملفات ‎.fkb في أي مكان من هذه الصفحة لاستيرادها.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>الحزم المرسلة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>مراجعات جديدة</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>موجودة مسبقًا</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>الحزم المستلمة</translation>
    </message>
    <message>
        <source>Bundles received, sent and quarantined</source>
        <translation>الحزم المستلمة والمرسلة والمحجورة</translation>
    </message>
    <message>
        <source>Received (ne&amp;west first)</source>
        <translation>المستلم&amp;ة (الأحدث أولًا)</translation>
    </message>
    <message>
        <source>Sen&amp;t (newest first)</source>
        <translation>المرسلة (الأحدث أ&amp;ولًا)</translation>
    </message>
    <message>
        <source>&amp;Quarantine ({n})</source>
        <translation>ال&amp;حجر ({n})</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>ال&amp;حجر</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>تغييرات</translation>
    </message>
    <message>
        <source>full</source>
        <translation>كاملة</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>لقطة</translation>
    </message>
    <message>
        <source>anyone (not encrypted)</source>
        <translation>أي شخص (غير مشفّرة)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The data is not re-encrypted: this takes a second. The recovery key keeps working.</source>
        <translation>لا يُعاد تشفير البيانات: يستغرق هذا ثانية. يبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase is changed: use the new one from now on. Backups made before this change still open only with the OLD passphrase, or with the recovery key the vault had when they were made.</source>
        <translation>تم تغيير عبارة المرور: استخدم العبارة الجديدة من الآن. النسخ الاحتياطية التي أُنشئت قبل هذا التغيير لا تُفتح إلا بعبارة المرور القديمة، أو بمفتاح الاسترداد الذي كان للخزنة حين أُنشئت.</translation>
    </message>
</context>
<context>
    <name>CheckInCounts</name>
    <message numerus="yes">
        <source>Expected</source>
        <translation>
            <numerusform>المتوقَّع</numerusform>
            <numerusform>المتوقَّع</numerusform>
            <numerusform>المتوقَّع</numerusform>
            <numerusform>المتوقَّع</numerusform>
            <numerusform>المتوقَّع</numerusform>
            <numerusform>المتوقَّع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received</source>
        <translation>
            <numerusform>المستلَم</numerusform>
            <numerusform>المستلَم</numerusform>
            <numerusform>المستلَم</numerusform>
            <numerusform>المستلَم</numerusform>
            <numerusform>المستلَم</numerusform>
            <numerusform>المستلَم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet scanned</source>
        <translation>
            <numerusform>لم يُمسح بعد</numerusform>
            <numerusform>لم يُمسح بعد</numerusform>
            <numerusform>لم يُمسح بعد</numerusform>
            <numerusform>لم يُمسح بعد</numerusform>
            <numerusform>لم يُمسح بعد</numerusform>
            <numerusform>لم يُمسح بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing</source>
        <translation>
            <numerusform>المفقودة</numerusform>
            <numerusform>المفقودة</numerusform>
            <numerusform>المفقودة</numerusform>
            <numerusform>المفقودة</numerusform>
            <numerusform>المفقودة</numerusform>
            <numerusform>المفقودة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra</source>
        <translation>
            <numerusform>زائد</numerusform>
            <numerusform>زائد</numerusform>
            <numerusform>زائد</numerusform>
            <numerusform>زائد</numerusform>
            <numerusform>زائد</numerusform>
            <numerusform>زائد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check in</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Scan a label, or type a code or number, then Enter</source>
        <translation>امسح ملصقًا، أو اكتب رمزًا أو رقمًا، ثم Enter</translation>
    </message>
    <message>
        <source>Code scanned</source>
        <translation>الرمز الممسوح</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Not yet scanned</source>
        <translation>لم يُمسح بعد</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Items of this movement and their state</source>
        <translation>عناصر عملية النقل هذه وحالتها</translation>
    </message>
    <message>
        <source>A container scanned without its contents arrived sealed: what it holds counts as received. Scan its contents too to check them one by one.</source>
        <translation>الحاوية الممسوحة دون محتوياتها وصلت مختومة: ما فيها يُحسب مستلَمًا. امسح محتوياتها أيضًا لفحصها واحدًا واحدًا.</translation>
    </message>
    <message>
        <source>Everything &amp;arrived</source>
        <translation>وصل &amp;كل شيء</translation>
    </message>
    <message>
        <source>Receive everything the movement expects</source>
        <translation>استلام كل ما تتوقعه عملية النقل</translation>
    </message>
    <message>
        <source>Write the reception (Ctrl+Return)</source>
        <translation>كتابة الاستلام (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mark missing items &amp;arrived…</source>
        <translation>تسجيل المفقودات &amp;كواصلة…</translation>
    </message>
    <message>
        <source>Items recorded missing were found: asks first, naming them</source>
        <translation>وُجدت عناصر مسجَّلة مفقودة: يسأل أولًا ويسمّيها</translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) recorded missing.</source>
        <translation>
            <numerusform>كُتب الاستلام: لا عناصر مسجَّلة مفقودة.</numerusform>
            <numerusform>كُتب الاستلام: عنصر واحد مسجَّل مفقودًا.</numerusform>
            <numerusform>كُتب الاستلام: عنصران مسجَّلان مفقودَين.</numerusform>
            <numerusform>كُتب الاستلام: %n عناصر مسجَّلة مفقودة.</numerusform>
            <numerusform>كُتب الاستلام: %n عنصرًا مسجَّلًا مفقودًا.</numerusform>
            <numerusform>كُتب الاستلام: %n عنصر مسجَّل مفقودًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item found since can be scanned, then added with Finish check-in.</source>
        <translation>يمكن مسح عنصر وُجد منذ ذلك الحين ثم إضافته بـ«إنهاء الاستلام».</translation>
    </message>
    <message>
        <source>Check in: {movement}</source>
        <translation>الاستلام: {movement}</translation>
    </message>
    <message>
        <source>Already received. Scan more to add what arrived since.</source>
        <translation>استُلم سابقًا. امسح المزيد لإضافة ما وصل بعد ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept from before FieldKit locked or closed; go on scanning.</source>
        <translation>
            <numerusform>حُفظت %n عملية مسح من قبل قفل FieldKit أو إغلاقه؛ تابع المسح.</numerusform>
            <numerusform>حُفظت %n عملية مسح من قبل قفل FieldKit أو إغلاقه؛ تابع المسح.</numerusform>
            <numerusform>حُفظت %n عملية مسح من قبل قفل FieldKit أو إغلاقه؛ تابع المسح.</numerusform>
            <numerusform>حُفظت %n عمليات مسح من قبل قفل FieldKit أو إغلاقه؛ تابع المسح.</numerusform>
            <numerusform>حُفظت %n عملية مسح من قبل قفل FieldKit أو إغلاقه؛ تابع المسح.</numerusform>
            <numerusform>حُفظت %n عملية مسح من قبل قفل FieldKit أو إغلاقه؛ تابع المسح.</numerusform>
        </translation>
    </message>
    <message>
        <source>This movement has not departed yet.</source>
        <translation>لم تنطلق عملية النقل هذه بعد.</translation>
    </message>
    <message>
        <source>{item}: already scanned.</source>
        <translation>{item}: مُسح سابقًا.</translation>
    </message>
    <message>
        <source>{item}: received.</source>
        <translation>{item}: استُلم.</translation>
    </message>
    <message>
        <source>{item}: not expected in this movement (extra).</source>
        <translation>{item}: غير متوقَّع في عملية النقل هذه (زائد).</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>F&amp;inish check-in</source>
        <translation>إ&amp;نهاء الاستلام</translation>
    </message>
    <message>
        <source>“{code}”: {why}</source>
        <translation>«{code}»: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>المتوقَّع: %n</numerusform>
            <numerusform>المتوقَّع: %n</numerusform>
            <numerusform>المتوقَّع: %n</numerusform>
            <numerusform>المتوقَّع: %n</numerusform>
            <numerusform>المتوقَّع: %n</numerusform>
            <numerusform>المتوقَّع: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received outside its container</source>
        <translation>استُلم خارج حاويته</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Extra (not expected)</source>
        <translation>زائد (غير متوقَّع)</translation>
    </message>
    <message>
        <source>Finish check-in?</source>
        <translation>إنهاء الاستلام؟</translation>
    </message>
    <message>
        <source>Scan what arrived first, or finish now.</source>
        <translation>امسح ما وصل أولًا، أو أنهِ الآن.</translation>
    </message>
    <message>
        <source>Finish check-in</source>
        <translation>إنهاء الاستلام</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not scanned will be marked missing: {items}.</source>
        <translation>
            <numerusform>لن يُعلَّم أي عنصر مفقودًا: {items}.</numerusform>
            <numerusform>عنصر واحد لم يُمسح سيُعلَّم مفقودًا: {items}.</numerusform>
            <numerusform>عنصران لم يُمسحا سيُعلَّمان مفقودَين: {items}.</numerusform>
            <numerusform>%n عناصر لم تُمسح ستُعلَّم مفقودة: {items}.</numerusform>
            <numerusform>%n عنصرًا لم يُمسح سيُعلَّم مفقودًا: {items}.</numerusform>
            <numerusform>%n عنصر لم يُمسح سيُعلَّم مفقودًا: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Mark missing items arrived?</source>
        <translation>أتُعلَّم العناصر المفقودة واصلة؟</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded missing will be marked arrived: {items}.</source>
        <translation>
            <numerusform>لن يُعلَّم أي عنصر مسجَّل مفقودًا واصلًا: {items}.</numerusform>
            <numerusform>عنصر واحد مسجَّل مفقودًا سيُعلَّم واصلًا: {items}.</numerusform>
            <numerusform>عنصران مسجَّلان مفقودَين سيُعلَّمان واصلَين: {items}.</numerusform>
            <numerusform>%n عناصر مسجَّلة مفقودة ستُعلَّم واصلة: {items}.</numerusform>
            <numerusform>%n عنصرًا مسجَّلًا مفقودًا سيُعلَّم واصلًا: {items}.</numerusform>
            <numerusform>%n عنصر مسجَّل مفقودًا سيُعلَّم واصلًا: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark them arrived</source>
        <translation>علِّمها واصلة</translation>
    </message>
    <message>
        <source>Only if they were found. To add one item found since, scan it and finish.</source>
        <translation>فقط إن وُجدت. لإضافة عنصر وُجد منذ ذلك الحين، امسحه ثم أنهِ الاستلام.</translation>
    </message>
    <message>
        <source>Scan at least one item before finishing.</source>
        <translation>امسح عنصرًا واحدًا على الأقل قبل الإنهاء.</translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) missing.</source>
        <translation>
            <numerusform>كُتب الاستلام: العناصر المفقودة: %n.</numerusform>
            <numerusform>كُتب الاستلام: العناصر المفقودة: %n.</numerusform>
            <numerusform>كُتب الاستلام: العناصر المفقودة: %n.</numerusform>
            <numerusform>كُتب الاستلام: العناصر المفقودة: %n.</numerusform>
            <numerusform>كُتب الاستلام: العناصر المفقودة: %n.</numerusform>
            <numerusform>كُتب الاستلام: العناصر المفقودة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception written: everything expected arrived.</source>
        <translation>كُتب الاستلام: وصل كل ما كان متوقَّعًا.</translation>
    </message>
</context>
<context>
    <name>CodeInput</name>
    <message>
        <source>e.g. C-014 (letters, digits, - . _ /)</source>
        <translation>مثال: C-014 (حروف وأرقام و - . _ /)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare the fingerprint — FieldKit</source>
        <translation>مقارنة البصمة — FieldKit</translation>
    </message>
    <message>
        <source>The digits &amp;match: mark verified</source>
        <translation>الأرقام &amp;متطابقة: ضع علامة «تم التحقق»</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>إنها م&amp;ختلفة</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>مقارنة البصمة</translation>
    </message>
    <message>
        <source>Ask {name} to read their fingerprint aloud — in person or on the phone — and check every group against these digits:</source>
        <translation>اطلب من {name} أن يقرأ بصمته بصوت عالٍ — وجهًا لوجه أو بالهاتف — وتحقق من كل مجموعة مقابل هذه الأرقام:</translation>
    </message>
    <message>
        <source>Do not mark it verified. If the digits differ, the card may not be theirs: revoke this key and ask them for their card again, in person.</source>
        <translation>لا تضع علامة «تم التحقق». إذا اختلفت الأرقام فقد لا تكون البطاقة له: أبطِل هذا المفتاح واطلب منه بطاقته مرة أخرى، وجهًا لوجه.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Accept the &amp;automatic merge</source>
        <translation>قبول الدمج التلقا&amp;ئي</translation>
    </message>
    <message>
        <source>&amp;Save my choices as one merge revision</source>
        <translation>&amp;حفظ اختياراتي كمراجعة دمج واحدة</translation>
    </message>
    <message>
        <source>No record is in conflict.</source>
        <translation>لا يوجد سجل في تعارض.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>version {n} by {who} on {date}</source>
        <translation>النسخة {n} من {who} في {date}</translation>
    </message>
    <message>
        <source>Edited in {n} places: {versions}.</source>
        <translation>عُدّل في أماكن عددها {n}: {versions}.</translation>
    </message>
    <message>
        <source>the versions have no common ancestor</source>
        <translation>ليس للنسخ سلف مشترك</translation>
    </message>
    <message>
        <source>it was deleted in one place and edited in another</source>
        <translation>حُذف في مكان وعُدّل في مكان آخر</translation>
    </message>
    <message>
        <source>This one needs a person: {reason}. Choose per field, or keep one version whole.</source>
        <translation>هذا السجل يحتاج إلى قرار شخص: {reason}. اختر لكل حقل، أو احتفظ بنسخة واحدة كاملة.</translation>
    </message>
    <message>
        <source>Not possible here: a person must decide.</source>
        <translation>غير ممكن هنا: يجب أن يقرر شخص.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>النسخة {n}</translation>
    </message>
    <message>
        <source>(provisional winner)</source>
        <translation>(الفائزة مؤقتًا)</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Automatic merge</source>
        <translation>الدمج التلقائي</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <source>{field} — disputed</source>
        <translation>{field} — متنازع عليه</translation>
    </message>
    <message>
        <source>Which value to keep for {field}</source>
        <translation>أي قيمة تُحفظ لـ {field}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): added on any side are kept</source>
        <translation>
            <numerusform>الصور: %n؛ ما أُضيف منها في أي جهة يُحتفظ به</numerusform>
            <numerusform>الصور: %n؛ ما أُضيف منها في أي جهة يُحتفظ به</numerusform>
            <numerusform>الصور: %n؛ ما أُضيف منها في أي جهة يُحتفظ به</numerusform>
            <numerusform>الصور: %n؛ ما أُضيف منها في أي جهة يُحتفظ به</numerusform>
            <numerusform>الصور: %n؛ ما أُضيف منها في أي جهة يُحتفظ به</numerusform>
            <numerusform>الصور: %n؛ ما أُضيف منها في أي جهة يُحتفظ به</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep version &amp;{n} whole</source>
        <translation>احتفظ بالنسخة &amp;{n} كاملة</translation>
    </message>
    <message numerus="yes">
        <source>%n other field(s) are the same in every version.</source>
        <translation>
            <numerusform>حقول أخرى متطابقة في كل النسخ: %n.</numerusform>
            <numerusform>حقول أخرى متطابقة في كل النسخ: %n.</numerusform>
            <numerusform>حقول أخرى متطابقة في كل النسخ: %n.</numerusform>
            <numerusform>حقول أخرى متطابقة في كل النسخ: %n.</numerusform>
            <numerusform>حقول أخرى متطابقة في كل النسخ: %n.</numerusform>
            <numerusform>حقول أخرى متطابقة في كل النسخ: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>دُمج في</translation>
    </message>
    <message>
        <source>“{record}”: version {n} kept whole; the conflict is resolved.</source>
        <translation>«{record}»: أُبقيت النسخة {n} كاملة؛ حُلّ التعارض.</translation>
    </message>
    <message>
        <source>“{record}”: the conflict is resolved.</source>
        <translation>«{record}»: حُلّ التعارض.</translation>
    </message>
    <message>
        <source>Keep version {n}, which deletes “{record}”?</source>
        <translation>هل تحتفظ بالنسخة {n} التي تحذف «{record}»؟</translation>
    </message>
    <message>
        <source>The changes made in the other version are set aside for everyone; they stay in the record&apos;s history.</source>
        <translation>تُستبعد تعديلات النسخة الأخرى لدى الجميع، وتبقى في سجل تاريخ السجل.</translation>
    </message>
    <message>
        <source>Keep version {n} of “{record}”, which another version deletes?</source>
        <translation>هل تحتفظ بالنسخة {n} من «{record}» التي تحذفها نسخة أخرى؟</translation>
    </message>
    <message>
        <source>The record comes back for everyone, as version {n} has it; the deletion stays in its history.</source>
        <translation>يعود السجل لدى الجميع كما هو في النسخة {n}، ويبقى الحذف في تاريخه.</translation>
    </message>
    <message>
        <source>Keep one version whole?</source>
        <translation>هل تحتفظ بنسخة كاملة؟</translation>
    </message>
    <message>
        <source>Keep version {n}</source>
        <translation>احتفظ بالنسخة {n}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Records in conflict</source>
        <translation>السجلات المتعارضة</translation>
    </message>
    <message>
        <source>Records &amp;in conflict:</source>
        <translation>الس&amp;جلات المتعارضة:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>These records were changed in two places before either side saw the other&apos;s change. Until you decide, every vault shows the same automatic merge.</source>
        <translation>غُيّرت هذه السجلات في مكانين قبل أن يرى أي طرف تغيير الآخر. إلى أن تقرر، تعرض كل الخزنات الدمج التلقائي نفسه.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>يحتاج إلى قرار شخص</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed field(s)</source>
        <translation>
            <numerusform>حقول متنازع عليها: %n</numerusform>
            <numerusform>حقول متنازع عليها: %n</numerusform>
            <numerusform>حقول متنازع عليها: %n</numerusform>
            <numerusform>حقول متنازع عليها: %n</numerusform>
            <numerusform>حقول متنازع عليها: %n</numerusform>
            <numerusform>حقول متنازع عليها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation>يُدمج بلا مشكلة</translation>
    </message>
</context>
<context>
    <name>ContainerEditor</name>
    <message>
        <source>Where it is and what it holds</source>
        <translation>أين هي وماذا تحوي</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>حاوية جديدة</translation>
    </message>
</context>
<context>
    <name>CoordinatesInput</name>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>طول</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>FieldKit will use this language from its next start. You can change it later in the vault settings.</source>
        <translation>سيستخدم FieldKit هذه اللغة من تشغيله التالي. يمكنك تغييرها لاحقًا في إعدادات الخزنة.</translation>
    </message>
    <message>
        <source>Create a vault — FieldKit</source>
        <translation>إنشاء خزنة — FieldKit</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>اختر مجلد الخزنة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>as colleagues know you</source>
        <translation>كما يعرفك زملاؤك</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Language of FieldKit</source>
        <translation>لغة FieldKit</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>إن&amp;شاء الخزنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>إنشاء خزنة</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in this folder. The passphrase opens it: choose several words you will remember even when tired.</source>
        <translation>كل ما تسجّله يُحفظ مشفّرًا في هذا المجلد. عبارة المرور تفتحه: اختر عدة كلمات تتذكرها حتى وأنت متعب.</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>اختر مجلدًا فارغًا</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>اختر مجلدًا للخزنة.</translation>
    </message>
    <message>
        <source>Type your name: it goes with every record you write.</source>
        <translation>اكتب اسمك: يرافق كل سجل تكتبه.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. It is shown only now. Write it on paper or print it, and keep it apart from this laptop.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو الطريق الوحيد للعودة إلى الخزنة. لا يُعرض إلا الآن. اكتبه على ورقة أو اطبعه، واحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import a spreadsheet — FieldKit</source>
        <translation>استيراد جدول بيانات — FieldKit</translation>
    </message>
    <message>
        <source>Checking the spreadsheet</source>
        <translation>جارٍ فحص جدول البيانات</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>ملف جدول البيانات</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Detect it (recommended)</source>
        <translation>اكتشافه تلقائيًا (موصى به)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (أوروبا الغربية)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (العربية)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (السيريلية)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (أوروبا الوسطى)</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;فحص الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <source>Each row of the sheet becomes a new object. Save the sheet as CSV from Excel or LibreOffice (File &gt; Save as &gt; CSV). The whole file is checked first, and you see how it was read and every problem before anything changes in this vault; then all rows are imported, or none.</source>
        <translation>يصبح كل صف من الورقة قطعة جديدة. احفظ الورقة بصيغة CSV من Excel أو LibreOffice (ملف &gt; حفظ باسم &gt; CSV). يُفحص الملف كله أولًا، فترى كيف قُرئ وكل مشكلة فيه قبل أن يتغير أي شيء في هذه الخزنة؛ ثم تُستورد الصفوف كلها، أو لا يُستورد شيء.</translation>
    </message>
    <message>
        <source>&amp;File (or drop it here):</source>
        <translation>ال&amp;ملف (أو أفلته هنا):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n object(s) from {file}, {when}.</source>
        <translation>
            <numerusform>آخر استيراد: لا قطع من {file}، {when}.</numerusform>
            <numerusform>آخر استيراد: قطعة واحدة من {file}، {when}.</numerusform>
            <numerusform>آخر استيراد: قطعتان من {file}، {when}.</numerusform>
            <numerusform>آخر استيراد: %n قطع من {file}، {when}.</numerusform>
            <numerusform>آخر استيراد: %n قطعة من {file}، {when}.</numerusform>
            <numerusform>آخر استيراد: %n قطعة من {file}، {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>التراجع عن هذا الاستيراد؟</translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) imported from {file} will be deleted.</source>
        <translation>
            <numerusform>لن تُحذف أي قطعة مستوردة من {file}.</numerusform>
            <numerusform>ستُحذف القطعة المستوردة من {file}.</numerusform>
            <numerusform>ستُحذف القطعتان المستوردتان من {file}.</numerusform>
            <numerusform>ستُحذف القطع الـ%n المستوردة من {file}.</numerusform>
            <numerusform>ستُحذف القطع الـ%n المستوردة من {file}.</numerusform>
            <numerusform>ستُحذف القطع الـ%n المستوردة من {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <source>Each is deleted as if you deleted it yourself: its history is kept, and the deletion travels in bundles like any other.</source>
        <translation>تُحذف كل قطعة كما لو حذفتها بنفسك: يُحفظ سجل تغييراتها، وينتقل الحذف في الحزم مثل أي حذف آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these object(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>
            <numerusform>لم تُرسل أي قطعة من هذه القطع إلى خزنات أخرى في حزم.</numerusform>
            <numerusform>أُرسلت قطعة واحدة من هذه القطع من قبل إلى خزنات أخرى في حزم: ستُحذف هناك أيضًا عند إرسال الحزمة التالية.</numerusform>
            <numerusform>أُرسلت قطعتان من هذه القطع من قبل إلى خزنات أخرى في حزم: ستُحذفان هناك أيضًا عند إرسال الحزمة التالية.</numerusform>
            <numerusform>أُرسلت %n قطع من هذه القطع من قبل إلى خزنات أخرى في حزم: ستُحذف هناك أيضًا عند إرسال الحزمة التالية.</numerusform>
            <numerusform>أُرسلت %n قطعة من هذه القطع من قبل إلى خزنات أخرى في حزم: ستُحذف هناك أيضًا عند إرسال الحزمة التالية.</numerusform>
            <numerusform>أُرسلت %n قطعة من هذه القطع من قبل إلى خزنات أخرى في حزم: ستُحذف هناك أيضًا عند إرسال الحزمة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>أبقِها</translation>
    </message>
    <message>
        <source>Undoing the import in one transaction…</source>
        <translation>جارٍ التراجع عن الاستيراد في معاملة واحدة…</translation>
    </message>
    <message>
        <source>(no inventory number)</source>
        <translation>(بلا رقم جرد)</translation>
    </message>
    <message>
        <source>Delete them too</source>
        <translation>احذفها أيضًا</translation>
    </message>
    <message>
        <source>Edited since the import:</source>
        <translation>عُدّلت منذ الاستيراد:</translation>
    </message>
    <message>
        <source>Edited since the import, or with a damage report, a movement or unsaved changes:</source>
        <translation>عُدّلت منذ الاستيراد، أو لها تقرير أضرار أو عملية نقل أو تغييرات غير محفوظة:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>أبقِ كل شيء</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>تم التراجع عن الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) deleted: the import from {file} is undone. Their history is kept.</source>
        <translation>
            <numerusform>لم تُحذف أي قطعة: تم التراجع عن الاستيراد من {file}.</numerusform>
            <numerusform>حُذفت قطعة واحدة: تم التراجع عن الاستيراد من {file}. يُحفظ سجل تغييراتها.</numerusform>
            <numerusform>حُذفت قطعتان: تم التراجع عن الاستيراد من {file}. يُحفظ سجل تغييراتهما.</numerusform>
            <numerusform>حُذفت %n قطع: تم التراجع عن الاستيراد من {file}. يُحفظ سجل تغييراتها.</numerusform>
            <numerusform>حُذفت %n قطعة: تم التراجع عن الاستيراد من {file}. يُحفظ سجل تغييراتها.</numerusform>
            <numerusform>حُذفت %n قطعة: تم التراجع عن الاستيراد من {file}. يُحفظ سجل تغييراتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>UTF-16, little-endian (Windows)</source>
        <translation>UTF-16، ترتيب البايت الأصغر أولًا (Windows)</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16، ترتيب البايت الأكبر أولًا</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>ال&amp;تراجع عن هذا الاستيراد…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>الترمي&amp;ز:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking {file}; nothing is imported yet…</source>
        <translation>جارٍ فحص {file}؛ لم يُستورد شيء بعد…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported. Press Check again to import with the choices shown.</source>
        <translation>أُلغي الفحص: لم يُستورد شيء. اضغط «فحص مجددًا» للاستيراد بالاختيارات المعروضة.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above and check again, or save the sheet as CSV UTF-8 from your spreadsheet program.</source>
        <translation>اختر ترميز الملف من القائمة في الأعلى وافحصه مجددًا، أو احفظ الورقة بصيغة CSV UTF-8 من برنامج جداول البيانات.</translation>
    </message>
    <message>
        <source>The list above now says how to read it: press Check the file, or choose another encoding.</source>
        <translation>القائمة أعلاه تحدد الآن طريقة قراءته: اضغط «فحص الملف»، أو اختر ترميزًا آخر.</translation>
    </message>
    <message>
        <source>The file could not be checked: nothing can be imported until it is.</source>
        <translation>تعذّر فحص الملف: لا يمكن استيراد شيء حتى يُفحص.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>&amp;Day/month/year: 05/11/2023 is 5 November 2023</source>
        <translation>&amp;يوم/شهر/سنة: 05/11/2023 هو 5 نوفمبر 2023</translation>
    </message>
    <message>
        <source>&amp;Month/day/year: 05/11/2023 is 11 May 2023</source>
        <translation>ش&amp;هر/يوم/سنة: 05/11/2023 هو 11 مايو 2023</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>الأعمدة والحقول التي تملؤها</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Errors in the file</source>
        <translation>الأخطاء في الملف</translation>
    </message>
    <message>
        <source>&amp;Save the errors as a text file…</source>
        <translation>&amp;حفظ الأخطاء في ملف نصي…</translation>
    </message>
    <message>
        <source>Cells as read</source>
        <translation>الخلايا كما قُرئت</translation>
    </message>
    <message>
        <source>Rows as read</source>
        <translation>الصفوف كما قُرئت</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>فحص م&amp;جددًا</translation>
    </message>
    <message>
        <source>&amp;Back: another file or encoding</source>
        <translation>&amp;رجوع: ملف أو ترميز آخر</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>إلغاء — لا تستورد شيئًا</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>ما يحتويه الملف</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>كما اخترت</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), read as {encoding} ({how}); columns separated by {sep}.</source>
        <translation>
            <numerusform>{file}: لا صفوف، قُرئ بترميز {encoding} ({how})؛ الفاصل بين الأعمدة: {sep}.</numerusform>
            <numerusform>{file}: صف واحد، قُرئ بترميز {encoding} ({how})؛ الفاصل بين الأعمدة: {sep}.</numerusform>
            <numerusform>{file}: صفان، قُرئا بترميز {encoding} ({how})؛ الفاصل بين الأعمدة: {sep}.</numerusform>
            <numerusform>{file}: %n صفوف، قُرئت بترميز {encoding} ({how})؛ الفاصل بين الأعمدة: {sep}.</numerusform>
            <numerusform>{file}: %n صفًا، قُرئت بترميز {encoding} ({how})؛ الفاصل بين الأعمدة: {sep}.</numerusform>
            <numerusform>{file}: %n صف، قُرئت بترميز {encoding} ({how})؛ الفاصل بين الأعمدة: {sep}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory numbers more than once in the file:</source>
        <translation>أرقام جرد مكررة في الملف:</translation>
    </message>
    <message>
        <source>Inventory numbers already in the vault:</source>
        <translation>أرقام جرد موجودة في الخزنة من قبل:</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>لا تحذيرات.</translation>
    </message>
    <message>
        <source>New objects: {new}. Errors: {errors}. Warnings: {warnings}.</source>
        <translation>القطع الجديدة: {new}. الأخطاء: {errors}. التحذيرات: {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n)</source>
        <translation>
            <numerusform>الأعمدة (%n)</numerusform>
            <numerusform>الأعمدة (%n)</numerusform>
            <numerusform>الأعمدة (%n)</numerusform>
            <numerusform>الأعمدة (%n)</numerusform>
            <numerusform>الأعمدة (%n)</numerusform>
            <numerusform>الأعمدة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>الأخطاء (%n)</numerusform>
            <numerusform>الأخطاء (%n)</numerusform>
            <numerusform>الأخطاء (%n)</numerusform>
            <numerusform>الأخطاء (%n)</numerusform>
            <numerusform>الأخطاء (%n)</numerusform>
            <numerusform>الأخطاء (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>التحذيرات (%n)</numerusform>
            <numerusform>التحذيرات (%n)</numerusform>
            <numerusform>التحذيرات (%n)</numerusform>
            <numerusform>التحذيرات (%n)</numerusform>
            <numerusform>التحذيرات (%n)</numerusform>
            <numerusform>التحذيرات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n object(s)</source>
        <translation>
            <numerusform>ا&amp;ستيراد لا شيء</numerusform>
            <numerusform>ا&amp;ستيراد قطعة واحدة</numerusform>
            <numerusform>ا&amp;ستيراد قطعتين</numerusform>
            <numerusform>ا&amp;ستيراد %n قطع</numerusform>
            <numerusform>ا&amp;ستيراد %n قطعة</numerusform>
            <numerusform>ا&amp;ستيراد %n قطعة</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} (rows {rows})</source>
        <translation>{number} (الصفوف {rows})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا شيء آخر</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how the file&apos;s dates are written (above) to go on.</source>
        <translation>حدّد (في الأعلى) كيف كُتبت تواريخ الملف لتتابع.</translation>
    </message>
    <message>
        <source>Nothing can be imported while the file has errors: correct them in the spreadsheet, save it as CSV, then press Check again.</source>
        <translation>لا يمكن استيراد شيء ما دام في الملف أخطاء: صحّحها في جدول البيانات، واحفظه بصيغة CSV، ثم اضغط «فحص مجددًا».</translation>
    </message>
    <message>
        <source>Some columns hold data that no field takes: choose a field for each, or “Not imported”, in the Columns tab.</source>
        <translation>في بعض الأعمدة بيانات لا يأخذها أي حقل: اختر لكل منها حقلًا، أو «لا يُستورد»، في تبويب الأعمدة.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>لا صفوف في الملف للاستيراد.</translation>
    </message>
    <message>
        <source>Some dates are written day/month/year and others month/day/year: say how most are written; the others are then listed as errors to correct.</source>
        <translation>بعض التواريخ مكتوبة يوم/شهر/سنة وبعضها شهر/يوم/سنة: حدّد كيف كُتب أكثرها؛ ثم تُدرج البقية أخطاءً ينبغي تصحيحها.</translation>
    </message>
    <message>
        <source>No date in the file shows whether 05/11/2023 is 5 November or 11 May (no day above 12): say how the dates are written.</source>
        <translation>لا يوجد في الملف تاريخ يبيّن هل 05/11/2023 هو 5 نوفمبر أم 11 مايو (لا يوم فوق 12): حدّد كيف كُتبت التواريخ.</translation>
    </message>
    <message>
        <source>Dates are read the way you chose.</source>
        <translation>تُقرأ التواريخ كما اخترت.</translation>
    </message>
    <message>
        <source>Dates are read as the file shows: one of its dates can only be read this way.</source>
        <translation>تُقرأ التواريخ كما يبيّن الملف: أحد تواريخه لا يُقرأ إلا بهذه الطريقة.</translation>
    </message>
    <message>
        <source>by its heading</source>
        <translation>من عنوانه</translation>
    </message>
    <message>
        <source>chosen here</source>
        <translation>اختير هنا</translation>
    </message>
    <message>
        <source>not imported, chosen here</source>
        <translation>لا يُستورد، اختير هنا</translation>
    </message>
    <message>
        <source>Field for the column {column}</source>
        <translation>حقل العمود {column}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>holds data, but no field takes it</source>
        <translation>فيه بيانات، لكن لا يأخذها أي حقل</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) without data</source>
        <translation>
            <numerusform>لا أعمدة بلا بيانات</numerusform>
            <numerusform>عمود واحد بلا بيانات</numerusform>
            <numerusform>عمودان بلا بيانات</numerusform>
            <numerusform>%n أعمدة بلا بيانات</numerusform>
            <numerusform>%n عمودًا بلا بيانات</numerusform>
            <numerusform>%n عمود بلا بيانات</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>لا تُستورد</translation>
    </message>
    <message>
        <source>not imported: “{field}” now comes from “{taker}”</source>
        <translation>لا يُستورد: «{field}» يأتي الآن من «{taker}»</translation>
    </message>
    <message>
        <source>The column “{column}” is no longer imported: its field “{field}” now comes from the column “{taker}”.</source>
        <translation>لم يعد العمود «{column}» يُستورد: حقله «{field}» يأتي الآن من العمود «{taker}».</translation>
    </message>
    <message>
        <source>Save the errors as</source>
        <translation>حفظ الأخطاء باسم</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>The column “{column}” holds %n value(s) for “{field}”, but it is not imported.</source>
        <translation>
            <numerusform>العمود «{column}» لا يحوي قيمًا لـ«{field}»، وهو لا يُستورد.</numerusform>
            <numerusform>العمود «{column}» يحوي قيمة واحدة لـ«{field}»، لكنه لا يُستورد.</numerusform>
            <numerusform>العمود «{column}» يحوي قيمتين لـ«{field}»، لكنه لا يُستورد.</numerusform>
            <numerusform>العمود «{column}» يحوي %n قيم لـ«{field}»، لكنه لا يُستورد.</numerusform>
            <numerusform>العمود «{column}» يحوي %n قيمة لـ«{field}»، لكنه لا يُستورد.</numerusform>
            <numerusform>العمود «{column}» يحوي %n قيمة لـ«{field}»، لكنه لا يُستورد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import without these fields?</source>
        <translation>الاستيراد بدون هذه الحقول؟</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would be imported without: {fields}.</source>
        <translation>
            <numerusform>لن تُستورد أي قطعة بدون: {fields}.</numerusform>
            <numerusform>ستُستورد قطعة واحدة بدون: {fields}.</numerusform>
            <numerusform>ستُستورد قطعتان بدون: {fields}.</numerusform>
            <numerusform>ستُستورد %n قطع بدون: {fields}.</numerusform>
            <numerusform>ستُستورد %n قطعة بدون: {fields}.</numerusform>
            <numerusform>ستُستورد %n قطعة بدون: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>الاستيراد بدونها</translation>
    </message>
    <message>
        <source>Choose a field for the column in the Columns tab to import its values.</source>
        <translation>اختر حقلًا للعمود في تبويب «الأعمدة» لاستيراد قيمه.</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>العودة إلى الأعمدة</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n object(s) in one transaction…</source>
        <translation>
            <numerusform>جارٍ الاستيراد في معاملة واحدة…</numerusform>
            <numerusform>جارٍ استيراد قطعة واحدة في معاملة واحدة…</numerusform>
            <numerusform>جارٍ استيراد قطعتين في معاملة واحدة…</numerusform>
            <numerusform>جارٍ استيراد %n قطع في معاملة واحدة…</numerusform>
            <numerusform>جارٍ استيراد %n قطعة في معاملة واحدة…</numerusform>
            <numerusform>جارٍ استيراد %n قطعة في معاملة واحدة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Press Check again to read the file as it is now.</source>
        <translation>لم يُستورد شيء. اضغط «فحص مجددًا» لقراءة الملف كما هو الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from {file}, all in one transaction.</source>
        <translation>
            <numerusform>لم تُستورد أي قطعة من {file}.</numerusform>
            <numerusform>استُوردت قطعة واحدة من {file}، في معاملة واحدة.</numerusform>
            <numerusform>استُوردت قطعتان من {file}، في معاملة واحدة.</numerusform>
            <numerusform>استُوردت %n قطع من {file}، كلها في معاملة واحدة.</numerusform>
            <numerusform>استُوردت %n قطعة من {file}، كلها في معاملة واحدة.</numerusform>
            <numerusform>استُوردت %n قطعة من {file}، كلها في معاملة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show the new records</source>
        <translation>&amp;عرض السجلات الجديدة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message numerus="yes">
        <source>%n item(s) here now</source>
        <translation>
            <numerusform>%n عنصر هنا الآن</numerusform>
            <numerusform>%n عنصر هنا الآن</numerusform>
            <numerusform>%n عنصران هنا الآن</numerusform>
            <numerusform>%n عناصر هنا الآن</numerusform>
            <numerusform>%n عنصرًا هنا الآن</numerusform>
            <numerusform>%n عنصر هنا الآن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyOverview</name>
    <message>
        <source>Movements and handovers needing attention</source>
        <translation>عمليات النقل والتسليم التي تحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Evacuation: &amp;movements and handovers to follow up</source>
        <translation>الإخلاء: عمليات ال&amp;نقل والتسليم للمتابعة</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in transit,</source>
        <translation>
            <numerusform>%n قطعة قيد النقل،</numerusform>
            <numerusform>%n قطعة قيد النقل،</numerusform>
            <numerusform>%n قطعتان قيد النقل،</numerusform>
            <numerusform>%n قطع قيد النقل،</numerusform>
            <numerusform>%n قطعة قيد النقل،</numerusform>
            <numerusform>%n قطعة قيد النقل،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>including %n deleted,</source>
        <translation>
            <numerusform>منها %n محذوفة،</numerusform>
            <numerusform>منها %n محذوفة،</numerusform>
            <numerusform>منها %n محذوفتان،</numerusform>
            <numerusform>منها %n محذوفة،</numerusform>
            <numerusform>منها %n محذوفة،</numerusform>
            <numerusform>منها %n محذوفة،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing at reception,</source>
        <translation>
            <numerusform>المفقودة عند الاستلام: %n،</numerusform>
            <numerusform>المفقودة عند الاستلام: %n،</numerusform>
            <numerusform>المفقودة عند الاستلام: %n،</numerusform>
            <numerusform>المفقودة عند الاستلام: %n،</numerusform>
            <numerusform>المفقودة عند الاستلام: %n،</numerusform>
            <numerusform>المفقودة عند الاستلام: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evacuated.</source>
        <translation>
            <numerusform>المُخلاة: %n.</numerusform>
            <numerusform>المُخلاة: %n.</numerusform>
            <numerusform>المُخلاة: %n.</numerusform>
            <numerusform>المُخلاة: %n.</numerusform>
            <numerusform>المُخلاة: %n.</numerusform>
            <numerusform>المُخلاة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s) waiting for acceptance.</source>
        <translation>
            <numerusform>عمليات تسليم بانتظار القبول: %n.</numerusform>
            <numerusform>عمليات تسليم بانتظار القبول: %n.</numerusform>
            <numerusform>عمليات تسليم بانتظار القبول: %n.</numerusform>
            <numerusform>عمليات تسليم بانتظار القبول: %n.</numerusform>
            <numerusform>عمليات تسليم بانتظار القبول: %n.</numerusform>
            <numerusform>عمليات تسليم بانتظار القبول: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In transit: {movement} — %n item(s)</source>
        <translation>
            <numerusform>قيد النقل: {movement} — %n عنصر</numerusform>
            <numerusform>قيد النقل: {movement} — %n عنصر</numerusform>
            <numerusform>قيد النقل: {movement} — %n عنصران</numerusform>
            <numerusform>قيد النقل: {movement} — %n عناصر</numerusform>
            <numerusform>قيد النقل: {movement} — %n عنصرًا</numerusform>
            <numerusform>قيد النقل: {movement} — %n عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing at reception: {movement} — %n item(s)</source>
        <translation>
            <numerusform>مفقود عند الاستلام: {movement} — %n عنصر</numerusform>
            <numerusform>مفقود عند الاستلام: {movement} — %n عنصر</numerusform>
            <numerusform>مفقود عند الاستلام: {movement} — %n عنصران</numerusform>
            <numerusform>مفقود عند الاستلام: {movement} — %n عناصر</numerusform>
            <numerusform>مفقود عند الاستلام: {movement} — %n عنصرًا</numerusform>
            <numerusform>مفقود عند الاستلام: {movement} — %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover waiting for {name}&apos;s acceptance</source>
        <translation>تسليم بانتظار قبول {name}</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Where it is now</source>
        <translation>أين هي الآن</translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation>سجل عمليات النقل</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>missing at reception</source>
        <translation>مفقود عند الاستلام</translation>
    </message>
</context>
<context>
    <name>CustodySections</name>
    <message>
        <source>Evacuation</source>
        <translation>الإخلاء</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>&amp;Custody</source>
        <translation>ال&amp;عهدة</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;تسليم…</translation>
    </message>
    <message>
        <source>Hand&amp;overs received…</source>
        <translation>عمليات التسليم ال&amp;مستلمة…</translation>
    </message>
    <message>
        <source>&amp;Check in by scanning</source>
        <translation>الاستلام بال&amp;مسح</translation>
    </message>
</context>
<context>
    <name>DamageEditor</name>
    <message>
        <source>inventory number, title or id; leave empty for a site report</source>
        <translation>رقم الجرد أو العنوان أو المعرّف؛ اتركه فارغًا لتقرير موقع</translation>
    </message>
    <message>
        <source>New damage report</source>
        <translation>تقرير أضرار جديد</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Fills a date field with today (a date and time field with now), as in spreadsheets.</extracomment>
        <translation>سسسس-شش-يي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date ({key})</source>
        <translation>إدخال تاريخ اليوم ({key})</translation>
    </message>
    <message>
        <source>read as {date}</source>
        <translation>قُرئ: {date}</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>سسسس-شش-يي سس:دد</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Fill in the date and time now ({key})</source>
        <translation>إدخال التاريخ والوقت الآن ({key})</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decisions about possible duplicates</source>
        <translation>القرارات بشأن التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>القطع</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>U&amp;ndo the selected decision</source>
        <translation>ترا&amp;جع عن القرار المحدد</translation>
    </message>
    <message>
        <source>Same object</source>
        <translation>القطعة نفسها</translation>
    </message>
    <message>
        <source>{merged} merged into {kept}</source>
        <translation>دُمج {merged} في {kept}</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>ليستا نفس القطعة</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} و {b}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع عنه</translation>
    </message>
    <message>
        <source>Replaced by a later decision</source>
        <translation>حلّ محله قرار لاحق</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارٍ</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s). Undo restores both records as they were.</source>
        <translation>
            <numerusform>لا قرارات. التراجع يعيد السجلين كما كانا.</numerusform>
            <numerusform>قرار واحد. التراجع يعيد السجلين كما كانا.</numerusform>
            <numerusform>قراران. التراجع يعيد السجلين كما كانا.</numerusform>
            <numerusform>%n قرارات. التراجع يعيد السجلين كما كانا.</numerusform>
            <numerusform>%n قرارًا. التراجع يعيد السجلين كما كانا.</numerusform>
            <numerusform>%n قرار. التراجع يعيد السجلين كما كانا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision yet: decide on pairs in the Pairs to review tab.</source>
        <translation>لا قرارات بعد: قرّر بشأن الأزواج في تبويب أزواج للمراجعة.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Pairs to review</source>
        <translation>أزواج للمراجعة</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Objects that may be documented twice (another number, another script, another photo of the same thing). Same object merges them, the kept record stays; Not the same is remembered. Keys: S same, N not the same, Space skip, U undo.</source>
        <translation>قطع ربما وُثّقت مرتين (رقم آخر، أو كتابة بخط آخر، أو صورة أخرى للشيء نفسه). «القطعة نفسها» يدمجهما ويبقى السجل المحتفظ به؛ و«ليستا نفس القطعة» يُحفظ. المفاتيح: S القطعة نفسها، N ليستا نفس القطعة، المسافة للتخطي، U للتراجع.</translation>
    </message>
    <message>
        <source>Open this page to look for possible duplicates.</source>
        <translation>افتح هذه الصفحة للبحث عن التكرارات المحتملة.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates</source>
        <translation>جارٍ البحث عن التكرارات المحتملة</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>اب&amp;حث مجددًا</translation>
    </message>
    <message>
        <source>Look for possible duplicates again</source>
        <translation>ابحث عن التكرارات المحتملة مجددًا</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo this decision (U)</source>
        <translation>تراجع عن هذا القرار (U)</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>أزواج التكرار المحتملة</translation>
    </message>
    <message>
        <source>&amp;Same object (S)</source>
        <translation>ال&amp;قطعة نفسها (S)</translation>
    </message>
    <message>
        <source>Merge them: the kept record stays, the other joins it</source>
        <translation>ادمجهما: يبقى السجل المحتفظ به وينضم إليه الآخر</translation>
    </message>
    <message>
        <source>&amp;Not the same (N)</source>
        <translation>&amp;ليستا نفس القطعة (N)</translation>
    </message>
    <message>
        <source>Remember that these are two objects</source>
        <translation>تذكّر أنهما قطعتان مختلفتان</translation>
    </message>
    <message>
        <source>Keep the &amp;other one</source>
        <translation>احتفظ بال&amp;أخرى</translation>
    </message>
    <message>
        <source>&amp;Undo (U)</source>
        <translation>ت&amp;راجع (U)</translation>
    </message>
    <message>
        <source>Undo the last decision made here</source>
        <translation>تراجع عن آخر قرار اتُّخذ هنا</translation>
    </message>
    <message>
        <source>&amp;Previous ({key})</source>
        <translation>السا&amp;بق ({key})</translation>
    </message>
    <message>
        <source>S&amp;kip (Space, {key})</source>
        <translation>ت&amp;خطَّ (المسافة، {key})</translation>
    </message>
    <message>
        <source>Comparing every object with the others: inventory numbers, titles, measurements, photos. Cancel stops it.</source>
        <translation>جارٍ مقارنة كل قطعة بالقطع الأخرى: أرقام الجرد، والعناوين، والقياسات، والصور. «إلغاء» يوقفها.</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>أُلغي البحث: القائمة غير مكتملة.</translation>
    </message>
    <message>
        <source>The search was cancelled before the end. Look again to finish it.</source>
        <translation>أُلغي البحث قبل اكتماله. ابحث مجددًا لإتمامه.</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>فشل البحث عن التكرارات.</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} و {b}</translation>
    </message>
    <message>
        <source>{pair}
{percent} % · {reasons}</source>
        <translation>{pair}
{percent}٪ · {reasons}</translation>
    </message>
    <message>
        <source>This page compares every object with the others — inventory numbers, titles in any script, measurements, photos — and lists those that may be the same object documented twice.

Nothing was found: no two objects look like the same one.</source>
        <translation>تقارن هذه الصفحة كل قطعة بالقطع الأخرى — أرقام الجرد، والعناوين بأي خط، والقياسات، والصور — وتعرض تلك التي قد تكون القطعة نفسها موثّقة مرتين.

لم يُعثر على شيء: لا توجد قطعتان تبدوان قطعة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>لا أزواج للمراجعة.</numerusform>
            <numerusform>زوج واحد للمراجعة.</numerusform>
            <numerusform>زوجان للمراجعة.</numerusform>
            <numerusform>%n أزواج للمراجعة.</numerusform>
            <numerusform>%n زوجًا للمراجعة.</numerusform>
            <numerusform>%n زوج للمراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs to review ({n})</source>
        <translation>أزواج للمراجعة ({n})</translation>
    </message>
    <message>
        <source>This pair cannot be shown: {why}</source>
        <translation>لا يمكن عرض هذا الزوج: {why}</translation>
    </message>
    <message>
        <source>{merged} merged into {kept}.</source>
        <translation>دُمج {merged} في {kept}.</translation>
    </message>
    <message>
        <source>{a} and {b} are two objects: they will not be suggested again.</source>
        <translation>{a} و{b} قطعتان مختلفتان: لن تُقترحا مجددًا.</translation>
    </message>
    <message>
        <source>Every pair found is decided. Look again after new records.</source>
        <translation>اتُّخذ قرار في كل الأزواج التي عُثر عليها. ابحث مجددًا بعد إضافة سجلات جديدة.</translation>
    </message>
    <message>
        <source>Nothing to undo here: past decisions are in the Decisions tab.</source>
        <translation>لا شيء للتراجع عنه هنا: القرارات السابقة في تبويب القرارات.</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are back as they were.</source>
        <translation>تم التراجع: عاد {a} و{b} كما كانا.</translation>
    </message>
</context>
<context>
    <name>DuplicatesSection</name>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n pair(s) to review</source>
        <translation>
            <numerusform>{title}: لا أزواج للمراجعة</numerusform>
            <numerusform>{title}: زوج واحد للمراجعة</numerusform>
            <numerusform>{title}: زوجان للمراجعة</numerusform>
            <numerusform>{title}: %n أزواج للمراجعة</numerusform>
            <numerusform>{title}: %n زوجًا للمراجعة</numerusform>
            <numerusform>{title}: %n زوج للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s) to review</source>
        <translation>
            <numerusform>لا أزواج تكرار محتملة للمراجعة</numerusform>
            <numerusform>زوج تكرار محتمل واحد للمراجعة</numerusform>
            <numerusform>زوجا تكرار محتملان للمراجعة</numerusform>
            <numerusform>%n أزواج تكرار محتملة للمراجعة</numerusform>
            <numerusform>%n زوج تكرار محتملًا للمراجعة</numerusform>
            <numerusform>%n زوج تكرار محتمل للمراجعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <source>— not set —</source>
        <translation>— غير محدد —</translation>
    </message>
</context>
<context>
    <name>EvacuationPage</name>
    <message>
        <source>&amp;1 Plan and pack</source>
        <translation>&amp;1 التخطيط والتعبئة</translation>
    </message>
    <message>
        <source>&amp;2 Depart</source>
        <translation>&amp;2 الانطلاق</translation>
    </message>
    <message>
        <source>&amp;3 Check in</source>
        <translation>&amp;3 الاستلام</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>الإخلاء</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>المكان الآن</translation>
    </message>
    <message>
        <source>Salvage priority list</source>
        <translation>قائمة أولويات الإنقاذ</translation>
    </message>
    <message>
        <source>Salvage &amp;priority list (first to save at the top)</source>
        <translation>قائمة أول&amp;ويات الإنقاذ (الأولى بالإنقاذ في الأعلى)</translation>
    </message>
    <message>
        <source>Container to pack into</source>
        <translation>الحاوية التي تُعبَّأ فيها</translation>
    </message>
    <message>
        <source>Pac&amp;k the selected objects</source>
        <translation>تعبئة القطع المح&amp;ددة</translation>
    </message>
    <message>
        <source>&amp;Labels of the selected objects…</source>
        <translation>م&amp;لصقات القطع المحددة…</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>الحاويات</translation>
    </message>
    <message>
        <source>&amp;New container…</source>
        <translation>حاوية &amp;جديدة…</translation>
    </message>
    <message>
        <source>Pack &amp;into:</source>
        <translation>تعبئة &amp;في:</translation>
    </message>
    <message>
        <source>A new movement</source>
        <translation>عملية نقل جديدة</translation>
    </message>
    <message>
        <source>codes or inventory numbers; separate with ;</source>
        <translation>رموز أو أرقام جرد؛ افصل بينها بـ ;</translation>
    </message>
    <message>
        <source>Add the &amp;selected containers</source>
        <translation>إ&amp;ضافة الحاويات المحددة</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Sensitive: left out of bundles sent with locations removed.</source>
        <translation>حساس: يُستبعد من الحزم المرسلة بعد إزالة بيانات المكان.</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>العنا&amp;صر:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Transp&amp;ort (sensitive):</source>
        <translation>&amp;وسيلة النقل (حساس):</translation>
    </message>
    <message>
        <source>&amp;Plan it (print the permission first)</source>
        <translation>التخطيط (اطبع الإذن &amp;أولًا)</translation>
    </message>
    <message>
        <source>&amp;Depart now</source>
        <translation>الان&amp;طلاق الآن</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>عملية النقل</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>المفقودة</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <source>Cancel this departure…</source>
        <translation>إلغاء هذا الانطلاق…</translation>
    </message>
    <message>
        <source>A departure recorded by mistake: taken back while nothing of it has arrived.</source>
        <translation>انطلاق سُجّل خطأً: يُتراجع عنه ما دام لم يصل منه شيء.</translation>
    </message>
    <message>
        <source>Mo&amp;vements</source>
        <translation>عمليات ال&amp;نقل</translation>
    </message>
    <message>
        <source>Movement to check in</source>
        <translation>عملية النقل المراد استلامها</translation>
    </message>
    <message>
        <source>&amp;Movement arriving:</source>
        <translation>عملية النقل ال&amp;واصلة:</translation>
    </message>
    <message>
        <source>Where the items are recorded</source>
        <translation>حيث العناصر مسجَّلة</translation>
    </message>
    <message>
        <source>Select objects in the list and a container to pack them into.</source>
        <translation>حدد قطعًا في القائمة وحاوية لتعبئتها فيها.</translation>
    </message>
    <message>
        <source>Pack objects marked missing?</source>
        <translation>أتعبّئ قطعًا معلَّمة مفقودة؟</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are marked missing ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>لا قطع من هذه معلَّمة مفقودة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>قطعة واحدة من هذه معلَّمة مفقودة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>قطعتان من هذه معلَّمتان مفقودتين ({objects}). أتعبّئهما في {code}؟</numerusform>
            <numerusform>%n قطع من هذه معلَّمة مفقودة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>%n قطعة من هذه معلَّمة مفقودة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>%n قطعة من هذه معلَّمة مفقودة ({objects}). أتعبّئها في {code}؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack them into {code}</source>
        <translation>عبّئها في {code}</translation>
    </message>
    <message>
        <source>Their status stays missing until you change it in each object. Cancel to leave them out.</source>
        <translation>تبقى حالتها «مفقودة» إلى أن تغيّرها في كل قطعة. اختر «إلغاء» لتتركها خارج التعبئة.</translation>
    </message>
    <message>
        <source>Pack objects recorded destroyed?</source>
        <translation>أتُعبَّأ قطع مسجَّلة مدمَّرة؟</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are recorded destroyed or deleted ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>لا قطع من هذه مسجَّلة مدمَّرة أو محذوفة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>قطعة واحدة من هذه مسجَّلة مدمَّرة أو محذوفة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>قطعتان من هذه مسجَّلتان مدمَّرتين أو محذوفتين ({objects}). أتعبّئهما في {code}؟</numerusform>
            <numerusform>%n قطع من هذه مسجَّلة مدمَّرة أو محذوفة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>%n قطعة من هذه مسجَّلة مدمَّرة أو محذوفة ({objects}). أتعبّئها في {code}؟</numerusform>
            <numerusform>%n قطعة من هذه مسجَّلة مدمَّرة أو محذوفة ({objects}). أتعبّئها في {code}؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Their status stays as it is. Cancel to leave them out, and check their status.</source>
        <translation>تبقى حالتها كما هي. ألغِ لتركها خارجًا، وتحقّق من حالتها.</translation>
    </message>
    <message>
        <source>Move objects to {code}?</source>
        <translation>أتنقل القطع إلى {code}؟</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are already packed in {containers}. Move them to {code}?</source>
        <translation>
            <numerusform>لا قطع من هذه معبّأة في {containers}. أتنقلها إلى {code}؟</numerusform>
            <numerusform>قطعة واحدة من هذه معبّأة من قبل في {containers}. أتنقلها إلى {code}؟</numerusform>
            <numerusform>قطعتان من هذه معبّأتان من قبل في {containers}. أتنقلهما إلى {code}؟</numerusform>
            <numerusform>%n قطع من هذه معبّأة من قبل في {containers}. أتنقلها إلى {code}؟</numerusform>
            <numerusform>%n قطعة من هذه معبّأة من قبل في {containers}. أتنقلها إلى {code}؟</numerusform>
            <numerusform>%n قطعة من هذه معبّأة من قبل في {containers}. أتنقلها إلى {code}؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to {code}</source>
        <translation>انقلها إلى {code}</translation>
    </message>
    <message>
        <source>Cancel to leave them where they are.</source>
        <translation>اختر «إلغاء» لتبقى حيث هي.</translation>
    </message>
    <message>
        <source>A departure is recorded at once; until something of it arrives, Cancel this departure… takes it back.</source>
        <translation>يُسجَّل الانطلاق فورًا؛ وما دام لم يصل منه شيء، يتراجع عنه «إلغاء هذا الانطلاق…».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Labels of the c&amp;ontainers…</source>
        <translation>ملص&amp;قات الحاويات…</translation>
    </message>
    <message>
        <source>Packing lis&amp;t…</source>
        <translation>قائمة التع&amp;بئة…</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>الس&amp;بب:</translation>
    </message>
    <message>
        <source>Team si&amp;ze:</source>
        <translation>حجم ال&amp;فريق:</translation>
    </message>
    <message>
        <source>Moved &amp;by:</source>
        <translation>ن&amp;قلها:</translation>
    </message>
    <message>
        <source>Authorised b&amp;y:</source>
        <translation>أ&amp;ذن بها:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <source>Evac&amp;uation permission…</source>
        <translation>إذن الإ&amp;خلاء…</translation>
    </message>
    <message>
        <source>&amp;Movement form…</source>
        <translation>استما&amp;رة النقل…</translation>
    </message>
    <message>
        <source>Depart the se&amp;lected</source>
        <translation>إطلاق المح&amp;دد</translation>
    </message>
    <message>
        <source>Chec&amp;k in…</source>
        <translation>ا&amp;لاستلام…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) packed into {code}.</source>
        <translation>
            <numerusform>عُبّئت %n قطعة في {code}.</numerusform>
            <numerusform>عُبّئت %n قطعة في {code}.</numerusform>
            <numerusform>عُبّئت %n قطعتان في {code}.</numerusform>
            <numerusform>عُبّئت %n قطع في {code}.</numerusform>
            <numerusform>عُبّئت %n قطعة في {code}.</numerusform>
            <numerusform>عُبّئت %n قطعة في {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken out of {containers}.</source>
        <translation>
            <numerusform>لم تُخرَج أي قطعة من {containers}.</numerusform>
            <numerusform>أُخرجت قطعة واحدة من {containers}.</numerusform>
            <numerusform>أُخرجت قطعتان من {containers}.</numerusform>
            <numerusform>أُخرجت %n قطع من {containers}.</numerusform>
            <numerusform>أُخرجت %n قطعة من {containers}.</numerusform>
            <numerusform>أُخرجت %n قطعة من {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the items (codes) and where they go.</source>
        <translation>حدد العناصر (الرموز) ووجهتها.</translation>
    </message>
    <message>
        <source>Items: nothing has the code {code}.</source>
        <translation>العناصر: لا شيء يحمل الرمز {code}.</translation>
    </message>
    <message>
        <source>Departed.</source>
        <translation>انطلقت.</translation>
    </message>
    <message>
        <source>Planned: print its permission.</source>
        <translation>خُطط لها: اطبع إذنها.</translation>
    </message>
    <message>
        <source>not recorded (choose it under From)</source>
        <translation>غير مسجَّل (اختره في «من»)</translation>
    </message>
    <message numerus="yes">
        <source>What: {items} (%n object(s) in all)</source>
        <translation>
            <numerusform>ماذا: {items} (لا قطع إجمالًا)</numerusform>
            <numerusform>ماذا: {items} (قطعة واحدة إجمالًا)</numerusform>
            <numerusform>ماذا: {items} (قطعتان إجمالًا)</numerusform>
            <numerusform>ماذا: {items} (%n قطع إجمالًا)</numerusform>
            <numerusform>ماذا: {items} (%n قطعة إجمالًا)</numerusform>
            <numerusform>ماذا: {items} (%n قطعة إجمالًا)</numerusform>
        </translation>
    </message>
    <message>
        <source>From: {place}</source>
        <translation>من: {place}</translation>
    </message>
    <message>
        <source>To: {place}</source>
        <translation>إلى: {place}</translation>
    </message>
    <message>
        <source>Authorised by: {name}</source>
        <translation>أذن بها: {name}</translation>
    </message>
    <message>
        <source>nobody given</source>
        <translation>لم يُذكر أحد</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) hold nothing: {containers}.</source>
        <translation>
            <numerusform>لا حاويات فارغة: {containers}.</numerusform>
            <numerusform>حاوية واحدة لا تحوي شيئًا: {containers}.</numerusform>
            <numerusform>حاويتان لا تحويان شيئًا: {containers}.</numerusform>
            <numerusform>%n حاويات لا تحوي شيئًا: {containers}.</numerusform>
            <numerusform>%n حاوية لا تحوي شيئًا: {containers}.</numerusform>
            <numerusform>%n حاوية لا تحوي شيئًا: {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Depart now?</source>
        <translation>الانطلاق الآن؟</translation>
    </message>
    <message>
        <source>Depart now</source>
        <translation>الانطلاق الآن</translation>
    </message>
    <message>
        <source>Goes back:</source>
        <translation>العودة:</translation>
    </message>
    <message>
        <source>{item}: {place}</source>
        <translation>‏{item}: {place}</translation>
    </message>
    <message>
        <source>Cancel this departure?</source>
        <translation>إلغاء هذا الانطلاق؟</translation>
    </message>
    <message>
        <source>Cancel the departure</source>
        <translation>إلغاء الانطلاق</translation>
    </message>
    <message>
        <source>The movement is deleted and its items are where they were before it; its history keeps the departure.</source>
        <translation>تُحذف عملية النقل وتعود عناصرها إلى حيث كانت قبلها؛ ويحتفظ سجلها التاريخي بالانطلاق.</translation>
    </message>
    <message>
        <source>Keep the departure</source>
        <translation>الإبقاء على الانطلاق</translation>
    </message>
    <message>
        <source>Select what to print in the list first.</source>
        <translation>حدد أولًا في القائمة ما تريد طباعته.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n ملصق</numerusform>
            <numerusform>%n ملصق</numerusform>
            <numerusform>%n ملصقان</numerusform>
            <numerusform>%n ملصقات</numerusform>
            <numerusform>%n ملصقًا</numerusform>
            <numerusform>%n ملصق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a bundle — FieldKit</source>
        <translation>تصدير حزمة — FieldKit</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>جارٍ كتابة الحزمة</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation>من يستطيع قراءتها</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Nobody is in your trust store yet. Add your coordinator&apos;s identity card under People &amp; keys, or export a plain bundle for auditors.</source>
        <translation>لا أحد في مخزن الثقة لديك بعد. أضف بطاقة هوية منسّقك في «الأشخاص والمفاتيح»، أو صدّر حزمة غير مشفّرة للمدققين.</translation>
    </message>
    <message>
        <source>&amp;Not encrypted (plain): for auditors or the public — anyone can read it</source>
        <translation>&amp;غير مشفّرة (عادية): للمدققين أو العموم — يقرؤها أي شخص</translation>
    </message>
    <message>
        <source>The bundle is encrypted to the people ticked here (and to you). Names are the ones you gave them.</source>
        <translation>تُشفَّر الحزمة للأشخاص المحدَّدين هنا (ولك). الأسماء هي التي أعطيتها لهم.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>ما يُرسل</translation>
    </message>
    <message>
        <source>&amp;Everything they are not known to have yet (recommended)</source>
        <translation>&amp;كل ما لا يُعرف أنه لديهم بعد (موصى به)</translation>
    </message>
    <message>
        <source>Only what was never sent to them &amp;before</source>
        <translation>فقط ما لم يُرسل إليهم من &amp;قبل</translation>
    </message>
    <message>
        <source>E&amp;verything (a full copy)</source>
        <translation>ك&amp;ل شيء (نسخة كاملة)</translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS): a snapshot for reading only</source>
        <translation>&amp;إزالة بيانات المكان (المكان الحالي، الإحداثيات، الموقع، GPS الصور): لقطة للقراءة فقط</translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions, actions) are NOT scrubbed: read them for places and names before you send this. A redacted bundle cannot be merged by its recipients.</source>
        <translation>حقول النص الحر (الأوصاف، الملاحظات، النقوش، الإجراءات) لا تُنقّى: اقرأها بحثًا عن أماكن وأسماء قبل الإرسال. لا يستطيع المستلمون دمج حزمة منقّحة.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>اختر مكان حفظ الحزمة</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>قرص قابل للإزالة</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>Look for removable drives again</source>
        <translation>ابحث عن الأقراص القابلة للإزالة مرة أخرى</translation>
    </message>
    <message>
        <source>Largest bundle file</source>
        <translation>أكبر حجم لملف الحزمة</translation>
    </message>
    <message>
        <source>Larger exports are split into several complete bundles. Type e.g. 700M.</source>
        <translation>التصديرات الأكبر تُقسم إلى عدة حزم كاملة. اكتب مثلًا 700M.</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>&amp;ملف الحزمة:</translation>
    </message>
    <message>
        <source>Removable &amp;drive:</source>
        <translation>القر&amp;ص القابل للإزالة:</translation>
    </message>
    <message>
        <source>&amp;Split into files of at most:</source>
        <translation>&amp;تقسيم إلى ملفات لا تتجاوز:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>تص&amp;دير</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · المفتاح {fingerprint}…</translation>
    </message>
    <message>
        <source>Fingerprint: {digits}</source>
        <translation>البصمة: {digits}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation>الاسم نفسه لبطاقة أخرى</translation>
    </message>
    <message>
        <source>Other cards with this name: {keys}.</source>
        <translation>بطاقات أخرى بهذا الاسم: {keys}.</translation>
    </message>
    <message>
        <source>Cards marked NOT VERIFIED are not ticked for you: their fingerprint was never compared with their holder, and anyone can make a card with any name and role on it.</source>
        <translation>البطاقات الموسومة «لم يتم التحقق» لا تُحدَّد لك: لم تُقارن بصمتها مع صاحبها قط، ويستطيع أي شخص أن يصنع بطاقة بأي اسم ودور.</translation>
    </message>
    <message>
        <source>Several cards you trust have the same name, or names that look alike ({names}): tell them apart by the key digits, and rename one under People &amp; keys.</source>
        <translation>عدة بطاقات تثق بها تحمل الاسم نفسه، أو أسماء متشابهة ({names}): ميّز بينها بأرقام المفتاح، وأعد تسمية إحداها في «الأشخاص والمفاتيح».</translation>
    </message>
    <message>
        <source>Not verified: you have not compared this fingerprint with its holder. If the card is not really theirs, whoever made it can read what you send to it.</source>
        <translation>لم يتم التحقق: لم تقارن هذه البصمة مع صاحبها. إن لم تكن البطاقة له حقًا، فمن صنعها يستطيع قراءة ما ترسله إليها.</translation>
    </message>
    <message>
        <source>To verify a card, ask its holder to read their fingerprint to you in person or by phone, then under People &amp; keys select the card and choose “Compare and mark verified…”.</source>
        <translation>للتحقق من بطاقة، اطلب من صاحبها أن يقرأ لك بصمته وجهًا لوجه أو بالهاتف، ثم في «الأشخاص والمفاتيح» حدّد البطاقة واختر «المقارنة ووضع علامة التحقق…».</translation>
    </message>
    <message>
        <source>No removable drive found</source>
        <translation>لم يُعثر على قرص قابل للإزالة</translation>
    </message>
    <message>
        <source>Choose a drive…</source>
        <translation>اختر قرصًا…</translation>
    </message>
    <message>
        <source>{drive} ({free} free)</source>
        <translation>{drive} ({free} متاحة)</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>حفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb)</source>
        <translation>حزم FieldKit (*.fkb)</translation>
    </message>
    <message>
        <source>Tick at least one recipient, or choose a plain bundle.</source>
        <translation>حدّد مستلمًا واحدًا على الأقل، أو اختر حزمة غير مشفّرة.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation>{file} موجود مسبقًا: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The split size is not a size (type e.g. 700M or 3.9G).</source>
        <translation>حجم التقسيم ليس حجمًا صالحًا (اكتب مثلًا 700M أو 3.9G).</translation>
    </message>
    <message>
        <source>You ticked {names}: not verified. If a card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>حدّدت {names}: لم يتم التحقق. إن لم تكن البطاقة لصاحبها حقًا، فمن صنعها يستطيع قراءة هذه الحزمة.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>أُلغي: لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Bundle files written</source>
        <translation>ملفات الحزم المكتوبة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>إ&amp;ضافة بطاقة…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>{size} — fits a FAT32 USB stick</source>
        <translation>{size} — يناسب ذاكرة USB بنظام FAT32</translation>
    </message>
    <message>
        <source>{size} — fits a CD</source>
        <translation>{size} — يناسب قرص CD</translation>
    </message>
    <message>
        <source>{size} — for e-mail or slow links</source>
        <translation>{size} — للبريد أو الاتصال البطيء</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Revisions or records</source>
        <translation>المراجعات أو السجلات</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Number in stream</source>
        <translation>الرقم في التسلسل</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients: they already have everything. No bundle was written.</source>
        <translation>لا جديد يُرسل إلى هؤلاء المستلمين: لديهم كل شيء. لم تُكتب أي حزمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle file(s) written, {size} in all.</source>
        <translation>
            <numerusform>ملفات الحزم المكتوبة: %n، الحجم الإجمالي {size}.</numerusform>
            <numerusform>ملفات الحزم المكتوبة: %n، الحجم الإجمالي {size}.</numerusform>
            <numerusform>ملفات الحزم المكتوبة: %n، الحجم الإجمالي {size}.</numerusform>
            <numerusform>ملفات الحزم المكتوبة: %n، الحجم الإجمالي {size}.</numerusform>
            <numerusform>ملفات الحزم المكتوبة: %n، الحجم الإجمالي {size}.</numerusform>
            <numerusform>ملفات الحزم المكتوبة: %n، الحجم الإجمالي {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…)</source>
        <translation>{name} (المفتاح {fingerprint}…)</translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…, not verified)</source>
        <translation>{name} (المفتاح {fingerprint}…، لم يتم التحقق)</translation>
    </message>
    <message>
        <source>Encrypted to: {names} and yourself.</source>
        <translation>مشفّرة إلى: {names} وإليك.</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who has the file can read it.</source>
        <translation>غير مشفّرة: يستطيع أي شخص لديه الملف قراءتها.</translation>
    </message>
    <message>
        <source>Locations were removed; free text was not. The recipients can read and verify this snapshot, not merge it.</source>
        <translation>أُزيلت بيانات المكان؛ أما النص الحر فلا. يستطيع المستلمون قراءة هذه اللقطة والتحقق منها، لا دمجها.</translation>
    </message>
</context>
<context>
    <name>ExportRecordsDialog</name>
    <message>
        <source>Export records — FieldKit</source>
        <translation>تصدير السجلات — FieldKit</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>جارٍ تصدير السجلات</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>&amp;LIDO XML — for museum aggregators and collection systems (one file, photos in a folder beside it)</source>
        <translation>&amp;LIDO XML — لمجمّعات المتاحف وأنظمة المجموعات (ملف واحد، والصور في مجلد بجانبه)</translation>
    </message>
    <message>
        <source>Li&amp;nked Art JSON-LD — for linked-data systems (a folder of documents)</source>
        <translation>Li&amp;nked Art JSON-LD — لأنظمة البيانات المترابطة (مجلد من المستندات)</translation>
    </message>
    <message>
        <source>&amp;CSV — for spreadsheets, or to import into another vault</source>
        <translation>&amp;CSV — لجداول البيانات، أو للاستيراد في خزنة أخرى</translation>
    </message>
    <message>
        <source>Which objects</source>
        <translation>أي القطع</translation>
    </message>
    <message>
        <source>All objects; or type words they must contain</source>
        <translation>كل القطع؛ أو اكتب كلمات يجب أن تحتويها</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Inventory numbers or ids, separated by ;</source>
        <translation>أرقام جرد أو معرّفات، مفصولة بـ ;</translation>
    </message>
    <message>
        <source>Only these objects</source>
        <translation>هذه القطع فقط</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>هذه &amp;فقط:</translation>
    </message>
    <message>
        <source>Status (none ticked: any):</source>
        <translation>الحالة (بلا تحديد: أي حالة):</translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS)</source>
        <translation>إ&amp;زالة بيانات المكان (المكان الحالي، الإحداثيات، الموقع، GPS الصور)</translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions) are NOT scrubbed: read them for places before you send this.</source>
        <translation>حقول النص الحر (الأوصاف والملاحظات والنقوش) لا تُنقّى: اقرأها بحثًا عن الأماكن قبل الإرسال.</translation>
    </message>
    <message>
        <source>Write the &amp;photos beside the XML file</source>
        <translation>كتابة ال&amp;صور بجانب ملف XML</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>ملف التصدير أو مجلده</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>ال&amp;ملف أو المجلد:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export records for heritage systems</source>
        <translation>تصدير السجلات لأنظمة التراث</translation>
    </message>
    <message>
        <source>LIDO XML (*.xml)</source>
        <translation>LIDO XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation>مجلد جديد (*)</translation>
    </message>
    <message>
        <source>Export the records to</source>
        <translation>تصدير السجلات إلى</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>اختر أين يُكتب التصدير.</translation>
    </message>
    <message>
        <source>{name} exists and is not an empty folder: choose a new name.</source>
        <translation>{name} موجود وليس مجلدًا فارغًا: اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation>{file} موجود مسبقًا: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The photo folder {name} exists already: choose another name.</source>
        <translation>مجلد الصور {name} موجود مسبقًا: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>Wrote {path}:</source>
        <translation>كُتب {path}:</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعتان</numerusform>
            <numerusform>%n قطع</numerusform>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s)</source>
        <translation>
            <numerusform>%n تقرير أضرار</numerusform>
            <numerusform>%n تقرير أضرار</numerusform>
            <numerusform>%n تقريرا أضرار</numerusform>
            <numerusform>%n تقارير أضرار</numerusform>
            <numerusform>%n تقريرًا عن الأضرار</numerusform>
            <numerusform>%n تقرير أضرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the folder {folder}</source>
        <translation>
            <numerusform>%n صورة في المجلد {folder}</numerusform>
            <numerusform>%n صورة في المجلد {folder}</numerusform>
            <numerusform>%n صورتان في المجلد {folder}</numerusform>
            <numerusform>%n صور في المجلد {folder}</numerusform>
            <numerusform>%n صورة في المجلد {folder}</numerusform>
            <numerusform>%n صورة في المجلد {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge, and marked so.</source>
        <translation>
            <numerusform>قطع متعارضة: %n؛ صُدّرت كما في الدمج التلقائي، ووُسمت بذلك.</numerusform>
            <numerusform>قطع متعارضة: %n؛ صُدّرت كما في الدمج التلقائي، ووُسمت بذلك.</numerusform>
            <numerusform>قطع متعارضة: %n؛ صُدّرت كما في الدمج التلقائي، ووُسمت بذلك.</numerusform>
            <numerusform>قطع متعارضة: %n؛ صُدّرت كما في الدمج التلقائي، ووُسمت بذلك.</numerusform>
            <numerusform>قطع متعارضة: %n؛ صُدّرت كما في الدمج التلقائي، ووُسمت بذلك.</numerusform>
            <numerusform>قطع متعارضة: %n؛ صُدّرت كما في الدمج التلقائي، ووُسمت بذلك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add files: {what}</source>
        <translation>إضافة ملفات: {what}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected file from: {what}</source>
        <translation>إزالة الملف المحدد من: {what}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>ا&amp;لحالة:</translation>
    </message>
    <message>
        <source>Salvage &amp;priority:</source>
        <translation>أولوية الإ&amp;نقاذ:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>ال&amp;شدة:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>الاستع&amp;جال:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>&amp;Incomplete Object ID only</source>
        <translation>Object ID &amp;غير المكتمل فقط</translation>
    </message>
    <message>
        <source>De&amp;leted only</source>
        <translation>المح&amp;ذوفة فقط</translation>
    </message>
    <message>
        <source>Show only deleted records: open one to restore it from its history</source>
        <translation>عرض السجلات المحذوفة فقط: افتح أحدها لاستعادته من سجله التاريخي</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>عرض ال&amp;كل</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>مسح البحث والمرشحات</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>الت&amp;رتيب حسب:</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <source>The column the list is sorted by (a click on a column header does the same)</source>
        <translation>العمود الذي تُرتّب القائمة حسبه (النقر على عنوان عمود يفعل الشيء نفسه)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>اتجاه الترتيب</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>تنازلي</translation>
    </message>
    <message>
        <source>Z to A, highest first, newest first. Press to reverse.</source>
        <translation>من ي إلى أ، الأعلى أولًا، الأحدث أولًا. اضغط للعكس.</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>تصاعدي</translation>
    </message>
    <message>
        <source>A to Z, lowest first, oldest first. Press to reverse.</source>
        <translation>من أ إلى ي، الأدنى أولًا، الأقدم أولًا. اضغط للعكس.</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>Hand over — FieldKit</source>
        <translation>تسليم — FieldKit</translation>
    </message>
    <message>
        <source>&amp;Create handover</source>
        <translation>إ&amp;نشاء التسليم</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>Guide — FieldKit</source>
        <translation>الدليل — FieldKit</translation>
    </message>
    <message>
        <source>Forgotten passphrase</source>
        <translation>عبارة المرور المنسية</translation>
    </message>
    <message>
        <source>On the unlock screen press « {recovery} » and type the recovery key that was printed or saved when the vault was made (dashes and spaces do not matter). FieldKit then asks you for a new passphrase. Without the passphrase or the recovery key nobody can open the vault: keep the key away from the computer.</source>
        <translation>في شاشة فتح القفل اضغط « {recovery} » واكتب مفتاح الاسترداد الذي طُبع أو حُفظ عند إنشاء الخزنة (الشرطات والمسافات لا تهم). بعد ذلك يطلب منك FieldKit عبارة مرور جديدة. من دون عبارة المرور أو مفتاح الاسترداد لا يستطيع أحد فتح الخزنة: احفظ المفتاح بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Sending your work</source>
        <translation>إرسال عملك</translation>
    </message>
    <message>
        <source>{file} ▸ « {export} » (Ctrl+E) writes a signed bundle. Choose who can read it (your coordinator&apos;s card), then save it as a file, on a USB stick (« {drive} ») or in a shared folder. To send without thinking about it, add a sync folder once on the page « {bundles} » (« {add_sync} ») and press « {sync_now} » when it is reachable.</source>
        <translation>{file} ◂ « {export} » (Ctrl+E) يكتب حزمة موقّعة. اختر من يستطيع قراءتها (بطاقة المنسّق)، ثم احفظها في ملف أو على ذاكرة USB (« {drive} ») أو في مجلد مشترك. للإرسال دون عناء، أضف مجلد مزامنة مرة واحدة في صفحة « {bundles} » (« {add_sync} ») واضغط « {sync_now} » حين يكون متاحًا.</translation>
    </message>
    <message>
        <source>Receiving bundles</source>
        <translation>استلام الحزم</translation>
    </message>
    <message>
        <source>{file} ▸ « {import} » (Ctrl+I) checks who signed each bundle and shows what it brings before anything changes. A record changed both here and elsewhere waits on the page « {conflicts} »: compare the versions, then keep one or merge them.</source>
        <translation>{file} ◂ « {import} » (Ctrl+I) يتحقق ممن وقّع كل حزمة ويعرض ما تحمله قبل أن يتغير أي شيء. السجل الذي عُدّل هنا وفي مكان آخر ينتظر في صفحة « {conflicts} »: قارن النسخ، ثم احتفظ بإحداها أو ادمجها.</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>الإخلاء</translation>
    </message>
    <message>
        <source>On the page « {evacuation} »: « {pack} » (containers, labels, packing list), « {depart} » (the movement and its permission), « {check_in} » on arrival by scanning the labels. {custody} ▸ « {hand_over} » gives objects into someone else&apos;s care, with a certificate for both.</source>
        <translation>في صفحة « {evacuation} »: « {pack} » (الحاويات والملصقات وقائمة التعبئة)، « {depart} » (عملية النقل وإذنها)، « {check_in} » عند الوصول بمسح الملصقات. {custody} ◂ « {hand_over} » يسلّم القطع إلى عهدة شخص آخر، مع شهادة للطرفين.</translation>
    </message>
    <message>
        <source>Where your records are</source>
        <translation>أين سجلاتك</translation>
    </message>
    <message>
        <source>Everything is in the vault folder {folder}, encrypted with your passphrase: a lost laptop or USB stick does not give the records away. Bundles are signed and encrypted for the people you choose. Make a backup from « {settings} ».</source>
        <translation>كل شيء في مجلد الخزنة {folder}، مشفّر بعبارة مرورك: الحاسوب المحمول أو ذاكرة USB الضائعة لا تكشف السجلات. الحزم موقّعة ومشفّرة للأشخاص الذين تختارهم. أنشئ نسخة احتياطية من « {settings} ».</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revision history</source>
        <translation>سجل المراجعات</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>توقيع غير صالح</translation>
    </message>
    <message>
        <source>This version does not match the signature of the key it names ({fp}): it was changed after it was signed. Do not rely on it.</source>
        <translation>هذه النسخة لا تطابق توقيع المفتاح الذي تذكره ({fp}): غُيّرت بعد توقيعها. لا تعتمد عليها.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>You made this change in this vault.</source>
        <translation>أجريت هذا التغيير في هذه الخزنة.</translation>
    </message>
    <message>
        <source>{name}, key {fp}, in your trusted people.</source>
        <translation>{name}، المفتاح {fp}، من الأشخاص الموثوقين لديك.</translation>
    </message>
    <message>
        <source>{name}: this key was revoked in your trusted people.</source>
        <translation>{name}: أُبطل هذا المفتاح في قائمة الأشخاص الموثوقين لديك.</translation>
    </message>
    <message>
        <source>Key {fp} is not among your trusted people: nobody here has checked who holds it.</source>
        <translation>المفتاح {fp} ليس من الأشخاص الموثوقين لديك: لم يتحقق أحد هنا ممن يملكه.</translation>
    </message>
    <message>
        <source>Its card says “{name}” (only that person&apos;s claim).</source>
        <translation>تقول بطاقته «{name}» (مجرد ادعاء ذلك الشخص).</translation>
    </message>
    <message>
        <source>unverified author {fp}</source>
        <translation>مؤلف لم يُتحقق منه {fp}</translation>
    </message>
    <message>
        <source>Dated more than a day ahead of this computer&apos;s clock when it arrived: the author&apos;s clock may be wrong.</source>
        <translation>تاريخه متقدّم بأكثر من يوم على ساعة هذا الحاسوب عند وصوله: قد تكون ساعة المؤلف خاطئة.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles — FieldKit</source>
        <translation>استيراد حزم — FieldKit</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>جارٍ فحص الحزم</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation>اختر الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>&amp;Check bundles</source>
        <translation>&amp;فحص الحزم</translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation>ال&amp;حزم (أفلتها هنا أو استخدم «إضافة…»):</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <source>Each bundle is checked first, and you see who signed it and what it holds before anything changes in this vault. Bundles can be imported in any order and more than once: nothing is duplicated or overwritten.</source>
        <translation>تُفحص كل حزمة أولًا، وترى من وقّعها وما تحويه قبل أن يتغير أي شيء في هذه الخزنة. يمكن استيراد الحزم بأي ترتيب وأكثر من مرة: لا شيء يتكرر أو يُستبدل.</translation>
    </message>
    <message>
        <source>Also import the bundles signed by keys I do not trust yet (their authors are shown as unverified)</source>
        <translation>استورد أيضًا الحزم الموقّعة بمفاتيح لا أثق بها بعد (يظهر مؤلفوها كغير متحقق منهم)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>إلغاء — لا تستورد شيئًا</translation>
    </message>
    <message>
        <source>What these bundles are</source>
        <translation>ما هذه الحزم</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>None of these bundles can be imported.</source>
        <translation>لا يمكن استيراد أي من هذه الحزم.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s); nothing is imported yet…</source>
        <translation>
            <numerusform>جارٍ فحص الحزم (%n)؛ لم يُستورد شيء بعد…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)؛ لم يُستورد شيء بعد…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)؛ لم يُستورد شيء بعد…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)؛ لم يُستورد شيء بعد…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)؛ لم يُستورد شيء بعد…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)؛ لم يُستورد شيء بعد…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n bundle(s)</source>
        <translation>
            <numerusform>ا&amp;ستيراد الحزم (%n)</numerusform>
            <numerusform>ا&amp;ستيراد الحزم (%n)</numerusform>
            <numerusform>ا&amp;ستيراد الحزم (%n)</numerusform>
            <numerusform>ا&amp;ستيراد الحزم (%n)</numerusform>
            <numerusform>ا&amp;ستيراد الحزم (%n)</numerusform>
            <numerusform>ا&amp;ستيراد الحزم (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen}; {left_out} (see why below).</source>
        <translation>{chosen}؛ {left_out} (انظر السبب أدناه).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be imported</source>
        <translation>
            <numerusform>لا حزم يمكن استيرادها</numerusform>
            <numerusform>حزمة واحدة يمكن استيرادها</numerusform>
            <numerusform>حزمتان يمكن استيرادهما</numerusform>
            <numerusform>%n حزم يمكن استيرادها</numerusform>
            <numerusform>%n حزمة يمكن استيرادها</numerusform>
            <numerusform>%n حزمة يمكن استيرادها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be left out</source>
        <translation>
            <numerusform>لن تُستبعد أي حزمة</numerusform>
            <numerusform>ستُستبعد حزمة واحدة</numerusform>
            <numerusform>ستُستبعد حزمتان</numerusform>
            <numerusform>ستُستبعد %n حزم</numerusform>
            <numerusform>ستُستبعد %n حزمة</numerusform>
            <numerusform>ستُستبعد %n حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n bundle(s) passed the checks.</source>
        <translation>
            <numerusform>اجتازت كل الحزم الفحص (%n).</numerusform>
            <numerusform>اجتازت الحزمة الفحص.</numerusform>
            <numerusform>اجتازت كل الحزم الفحص (%n).</numerusform>
            <numerusform>اجتازت كل الحزم الفحص (%n).</numerusform>
            <numerusform>اجتازت كل الحزم الفحص (%n).</numerusform>
            <numerusform>اجتازت كل الحزم الفحص (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد الحزم (%n)…</numerusform>
            <numerusform>جارٍ استيراد الحزم (%n)…</numerusform>
            <numerusform>جارٍ استيراد الحزم (%n)…</numerusform>
            <numerusform>جارٍ استيراد الحزم (%n)…</numerusform>
            <numerusform>جارٍ استيراد الحزم (%n)…</numerusform>
            <numerusform>جارٍ استيراد الحزم (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>What each bundle brought</source>
        <translation>ما جلبته كل حزمة</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported: {new}, {dup}, {photos} and {conflicts}.</source>
        <translation>
            <numerusform>لم تُستورد أي حزمة: {new}، {dup}، {photos} و{conflicts}.</numerusform>
            <numerusform>استُوردت حزمة واحدة: {new}، {dup}، {photos} و{conflicts}.</numerusform>
            <numerusform>استُوردت حزمتان: {new}، {dup}، {photos} و{conflicts}.</numerusform>
            <numerusform>استُوردت %n حزم: {new}، {dup}، {photos} و{conflicts}.</numerusform>
            <numerusform>استُوردت %n حزمة: {new}، {dup}، {photos} و{conflicts}.</numerusform>
            <numerusform>استُوردت %n حزمة: {new}، {dup}، {photos} و{conflicts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier bundle(s) from these senders not received yet: see Notes.</source>
        <translation>
            <numerusform>لا حزمة سابقة من هؤلاء المرسلين تنتظر الوصول.</numerusform>
            <numerusform>حزمة سابقة واحدة من هؤلاء المرسلين لم تصل بعد: انظر عمود «ملاحظات».</numerusform>
            <numerusform>حزمتان سابقتان من هؤلاء المرسلين لم تصلا بعد: انظر عمود «ملاحظات».</numerusform>
            <numerusform>%n حزم سابقة من هؤلاء المرسلين لم تصل بعد: انظر عمود «ملاحظات».</numerusform>
            <numerusform>%n حزمة سابقة من هؤلاء المرسلين لم تصل بعد: انظر عمود «ملاحظات».</numerusform>
            <numerusform>%n حزمة سابقة من هؤلاء المرسلين لم تصل بعد: انظر عمود «ملاحظات».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) numbered like another from the same sender (was that laptop restored from a backup?): see Notes.</source>
        <translation>
            <numerusform>لا حزمة تحمل رقم حزمة أخرى من المرسل نفسه.</numerusform>
            <numerusform>حزمة واحدة تحمل رقم حزمة أخرى من المرسل نفسه (هل استُعيد ذلك الحاسوب من نسخة احتياطية؟): انظر عمود «ملاحظات».</numerusform>
            <numerusform>حزمتان تحملان رقم حزمة أخرى من المرسل نفسه (هل استُعيد ذلك الحاسوب من نسخة احتياطية؟): انظر عمود «ملاحظات».</numerusform>
            <numerusform>%n حزم تحمل رقم حزمة أخرى من المرسل نفسه (هل استُعيد ذلك الحاسوب من نسخة احتياطية؟): انظر عمود «ملاحظات».</numerusform>
            <numerusform>%n حزمة تحمل رقم حزمة أخرى من المرسل نفسه (هل استُعيد ذلك الحاسوب من نسخة احتياطية؟): انظر عمود «ملاحظات».</numerusform>
            <numerusform>%n حزمة تحمل رقم حزمة أخرى من المرسل نفسه (هل استُعيد ذلك الحاسوب من نسخة احتياطية؟): انظر عمود «ملاحظات».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Open &amp;Conflicts</source>
        <translation>فتح &amp;التعارضات</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>مراجعات جديدة</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>موجودة مسبقًا</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>السجلات المتعارضة</translation>
    </message>
    <message>
        <source>New photos</source>
        <translation>صور جديدة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>لم تُستورد: {why}</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استُوردت</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{record} that you deleted was kept by {person}: it is back.</source>
        <translation>{record}: كنت قد حذفته، لكن نسخة {person} أُبقيت، فعاد السجل.</translation>
    </message>
    <message>
        <source>Cancelled: nothing kept</source>
        <translation>أُلغي: لم يُحتفظ بشيء</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>لا مراجعات جديدة</numerusform>
            <numerusform>مراجعة جديدة واحدة</numerusform>
            <numerusform>مراجعتان جديدتان</numerusform>
            <numerusform>%n مراجعات جديدة</numerusform>
            <numerusform>%n مراجعة جديدة</numerusform>
            <numerusform>%n مراجعة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>لا شيء موجود مسبقًا</numerusform>
            <numerusform>واحدة موجودة مسبقًا</numerusform>
            <numerusform>اثنتان موجودتان مسبقًا</numerusform>
            <numerusform>%n موجودة مسبقًا</numerusform>
            <numerusform>%n موجودة مسبقًا</numerusform>
            <numerusform>%n موجودة مسبقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>لا صور جديدة</numerusform>
            <numerusform>صورة جديدة واحدة</numerusform>
            <numerusform>صورتان جديدتان</numerusform>
            <numerusform>%n صور جديدة</numerusform>
            <numerusform>%n صورة جديدة</numerusform>
            <numerusform>%n صورة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) now in conflict</source>
        <translation>
            <numerusform>لا سجلات في تعارض الآن</numerusform>
            <numerusform>سجل واحد في تعارض الآن</numerusform>
            <numerusform>سجلان في تعارض الآن</numerusform>
            <numerusform>%n سجلات في تعارض الآن</numerusform>
            <numerusform>%n سجلًا في تعارض الآن</numerusform>
            <numerusform>%n سجل في تعارض الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled while importing {file}: nothing from that bundle, or from the ones after it, was kept. Bundles listed above it were imported completely.</source>
        <translation>أُلغي أثناء استيراد {file}: لم يُحتفظ بشيء من تلك الحزمة ولا من التي بعدها. الحزم المدرجة قبلها استُوردت كاملة.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} وواحدة أخرى</numerusform>
            <numerusform>{names} واثنتان أخريان</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Now in conflict: {names}. Choose what to keep on the Conflicts page.</source>
        <translation>في تعارض الآن: {names}. اختر ما تريد الإبقاء عليه في صفحة التعارضات.</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>مفتاح الاسترداد الجديد</translation>
    </message>
    <message>
        <source>When you continue, this new key replaces the old one, which then no longer opens this vault; it is the only way back in if the passphrase is forgotten. It is shown only now: write it on paper or print it, and keep it apart from this laptop.</source>
        <translation>عند المتابعة، يحل هذا المفتاح الجديد محل القديم، الذي لن يفتح هذه الخزنة بعد ذلك؛ وهو الطريق الوحيد للعودة إليها إذا نُسيت عبارة المرور. لا يُعرض إلا الآن: اكتبه على ورقة أو اطبعه، واحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation>هذه ليست عبارة المرور الحالية للخزنة.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>code of the location this one is in (optional)</source>
        <translation>رمز المكان الذي يقع فيه هذا المكان (اختياري)</translation>
    </message>
    <message>
        <source>e.g. TS-2 (letters, digits, - . _ /)</source>
        <translation>مثال: TS-2 (حروف وأرقام و - . _ /)</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>هنا الآن</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>مكان جديد</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <source>Locations</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>الحاويات</translation>
    </message>
    <message>
        <source>&amp;What it holds</source>
        <translation>ما تحوي&amp;ه</translation>
    </message>
    <message>
        <source>New con&amp;tainer…</source>
        <translation>&amp;حاوية جديدة…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>تع&amp;ديل…</translation>
    </message>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>تس&amp;ليم…</translation>
    </message>
    <message>
        <source>What the selection holds</source>
        <translation>ما يحويه المحدد</translation>
    </message>
    <message>
        <source>New &amp;location…</source>
        <translation>مكان &amp;جديد…</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>&amp;طباعة الملصقات…</translation>
    </message>
    <message>
        <source>L&amp;ocations</source>
        <translation>الأما&amp;كن</translation>
    </message>
    <message>
        <source>Co&amp;ntainers</source>
        <translation>الحا&amp;ويات</translation>
    </message>
    <message>
        <source>Locations and containers</source>
        <translation>الأماكن والحاويات</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n ملصق</numerusform>
            <numerusform>%n ملصق</numerusform>
            <numerusform>%n ملصقان</numerusform>
            <numerusform>%n ملصقات</numerusform>
            <numerusform>%n ملصقًا</numerusform>
            <numerusform>%n ملصق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New object</source>
        <translation>&amp;قطعة جديدة</translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation>تقرير أ&amp;ضرار جديد</translation>
    </message>
    <message>
        <source>&amp;Save open editors</source>
        <translation>&amp;حفظ المحررات المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ق&amp;فل</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>اقفل الخزنة الآن (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>ا&amp;ستيراد حزم…</translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation>التحقق من ح&amp;زم…</translation>
    </message>
    <message>
        <source>Import a s&amp;preadsheet (CSV)…</source>
        <translation>استيراد &amp;جدول بيانات (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;records (LIDO, Linked Art, CSV)…</source>
        <translation>تصدير ال&amp;سجلات (LIDO، Linked Art، CSV)…</translation>
    </message>
    <message>
        <source>Vault &amp;settings</source>
        <translation>إ&amp;عدادات الخزنة</translation>
    </message>
    <message>
        <source>&amp;Object ID sheet of the selected object…</source>
        <translation>&amp;بطاقة Object ID للقطعة المحددة…</translation>
    </message>
    <message>
        <source>&amp;Damage report of the selected report…</source>
        <translation>&amp;تقرير الأضرار المحدد…</translation>
    </message>
    <message>
        <source>&amp;Evacuation and inventory list…</source>
        <translation>قائمة الإ&amp;خلاء والجرد…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحر&amp;ير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;تقارير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About FieldKit</source>
        <translation>&amp;حول FieldKit</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>ال&amp;دليل…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>ابحث في كل شيء (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Searches objects and damage reports at once. Esc clears the search.</source>
        <translation>يبحث في القطع وتقارير الأضرار معًا. Esc يمسح البحث.</translation>
    </message>
    <message>
        <source>There is no vault in {folder} yet. “Create a new vault…” makes one there.</source>
        <translation>لا توجد خزنة في {folder} بعد. «إنشاء خزنة جديدة…» تنشئ واحدة هناك.</translation>
    </message>
    <message>
        <source>{vault} — FieldKit</source>
        <translation>{vault} — FieldKit</translation>
    </message>
    <message>
        <source>Check the folder, or make a vault with “Create a new vault…”.</source>
        <translation>تحقّق من المجلد، أو أنشئ خزنة بـ«إنشاء خزنة جديدة…».</translation>
    </message>
    <message>
        <source>This vault was shredded: nobody can open it any more.</source>
        <translation>أُتلفت هذه الخزنة: لا يستطيع أحد فتحها بعد الآن.</translation>
    </message>
    <message>
        <source>Restore a backup if you have one.</source>
        <translation>استعد نسخة احتياطية إن كانت لديك.</translation>
    </message>
    <message>
        <source>This is a demo vault: its passphrase is “demo” unless you chose another.</source>
        <translation>هذه خزنة تجريبية: عبارة مرورها «demo» ما لم تختر غيرها.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>لم تُستورد أي قطعة من جدول البيانات.</numerusform>
            <numerusform>استُوردت قطعة واحدة من جدول البيانات.</numerusform>
            <numerusform>استُوردت قطعتان من جدول البيانات.</numerusform>
            <numerusform>استُوردت %n قطع من جدول البيانات.</numerusform>
            <numerusform>استُوردت %n قطعة من جدول البيانات.</numerusform>
            <numerusform>استُوردت %n قطعة من جدول البيانات.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was shredded: its keys are destroyed.</source>
        <translation>أُتلفت الخزنة: دُمّرت مفاتيحها.</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>الخزنة: {name}</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>خزنة تجريبية</translation>
    </message>
    <message>
        <source>{name} · key {fingerprint}</source>
        <translation>{name} · المفتاح {fingerprint}</translation>
    </message>
    <message>
        <source>Your fingerprint: {fp}</source>
        <translation>بصمتك: {fp}</translation>
    </message>
    <message>
        <source>Spreadsheet import interrupted</source>
        <translation>توقف استيراد جدول البيانات</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were not saved when FieldKit last locked, closed or stopped. They were kept, encrypted. Reopen them now?</source>
        <translation>
            <numerusform>لا تعديلات غير محفوظة.</numerusform>
            <numerusform>تعديل واحد لم يُحفظ عند آخر قفل أو إغلاق أو توقف لـ FieldKit. احتُفظ به مشفّرًا. أتعيد فتحه الآن؟</numerusform>
            <numerusform>تعديلان لم يُحفظا عند آخر قفل أو إغلاق أو توقف لـ FieldKit. احتُفظ بهما مشفّرين. أتعيد فتحهما الآن؟</numerusform>
            <numerusform>%n تعديلات لم تُحفظ عند آخر قفل أو إغلاق أو توقف لـ FieldKit. احتُفظ بها مشفّرة. أتعيد فتحها الآن؟</numerusform>
            <numerusform>%n تعديلًا لم يُحفظ عند آخر قفل أو إغلاق أو توقف لـ FieldKit. احتُفظ بها مشفّرة. أتعيد فتحها الآن؟</numerusform>
            <numerusform>%n تعديل لم يُحفظ عند آخر قفل أو إغلاق أو توقف لـ FieldKit. احتُفظ بها مشفّرة. أتعيد فتحها الآن؟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s).</source>
        <translation>
            <numerusform>لم يُحفظ أي سجل.</numerusform>
            <numerusform>حُفظ سجل واحد.</numerusform>
            <numerusform>حُفظ سجلان.</numerusform>
            <numerusform>حُفظت %n سجلات.</numerusform>
            <numerusform>حُفظ %n سجلًا.</numerusform>
            <numerusform>حُفظ %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>لا شيء مفتوح</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;Documents museum collections and the damage they suffer, offline, in an encrypted vault; exchanges signed, encrypted bundles.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0. Fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License). The licences of Qt (LGPL-3.0), SQLCipher and the other software FieldKit carries: {details}.&lt;/p&gt;&lt;p&gt;Vault: {vault}&lt;br&gt;Logs (no record text, places or passphrases): {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;يوثّق مجموعات المتاحف والأضرار التي تلحق بها، دون اتصال، في خزنة مشفّرة؛ ويتبادل حزمًا موقّعة ومشفّرة.&lt;/p&gt;&lt;p&gt;الترخيص: Apache License 2.0. الخطوط: Noto Sans و Noto Sans Arabic (SIL Open Font License). تراخيص Qt (LGPL-3.0) و SQLCipher والبرامج الأخرى التي يحملها FieldKit: {details}.&lt;/p&gt;&lt;p&gt;الخزنة: {vault}&lt;br&gt;السجلات التشغيلية (بلا نص سجلات ولا أماكن ولا عبارات مرور): {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>حول FieldKit</translation>
    </message>
    <message>
        <source>Locking as soon as the keys are changed…</source>
        <translation>سيُقفل فور تغيير المفاتيح…</translation>
    </message>
    <message>
        <source>Wait until the keys are changed.</source>
        <translation>انتظر حتى تتغير المفاتيح.</translation>
    </message>
</context>
<context>
    <name>MeasurementsInput</name>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>إضافة قياس</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase — FieldKit</source>
        <translation>عبارة مرور جديدة — FieldKit</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;تعيين عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>تعيين عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key next time. The recovery key keeps working.</source>
        <translation>فتحت الخزنة بمفتاح الاسترداد. اختر الآن عبارة مرور جديدة حتى لا تحتاج إلى المفتاح في المرة القادمة. يبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>م&amp;رة أخرى:</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Show a new recovery key</source>
        <translation>عرض مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops working at once. Do this if the paper with the old key was lost or seen by someone else.</source>
        <translation>يحل مفتاح الاسترداد الجديد محل القديم، الذي يتوقف عن العمل فورًا. افعل هذا إذا ضاعت الورقة التي عليها المفتاح القديم أو رآها شخص آخر.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>إ&amp;نشاء مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>The new recovery key is active: the old one no longer opens this vault. Backups made before still open only with the OLD recovery key, or with the passphrase the vault had when they were made.</source>
        <translation>مفتاح الاسترداد الجديد فعّال: القديم لم يعد يفتح هذه الخزنة. النسخ الاحتياطية التي أُنشئت قبل ذلك لا تُفتح إلا بمفتاح الاسترداد القديم، أو بعبارة المرور التي كانت للخزنة حين أُنشئت.</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>inventory numbers of this vault, or other references; separate with ;</source>
        <translation>أرقام جرد في هذه الخزنة، أو مراجع أخرى؛ افصل بينها بـ ;</translation>
    </message>
    <message>
        <source>Objects of this vault: {list}</source>
        <translation>قطع هذه الخزنة: {list}</translation>
    </message>
    <message>
        <source>Other references, kept as typed: {list}</source>
        <translation>مراجع أخرى، محفوظة كما كُتبت: {list}</translation>
    </message>
    <message>
        <source>Object ID completeness</source>
        <translation>اكتمال Object ID</translation>
    </message>
    <message>
        <source>New damage &amp;report</source>
        <translation>تقرير أ&amp;ضرار جديد</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>Missing: {names}</source>
        <translation>الناقص: {names}</translation>
    </message>
    <message>
        <source>Complete: this object can be identified if it is stolen.</source>
        <translation>مكتمل: يمكن التعرف على هذه القطعة إذا سُرقت.</translation>
    </message>
    <message>
        <source>New object</source>
        <translation>قطعة جديدة</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Refresh the overview</source>
        <translation>تحديث النظرة العامة</translation>
    </message>
    <message>
        <source>Damage reports by severity</source>
        <translation>تقارير الأضرار حسب الشدة</translation>
    </message>
    <message>
        <source>Damage reports by urgency</source>
        <translation>تقارير الأضرار حسب الاستعجال</translation>
    </message>
    <message>
        <source>Objects by status</source>
        <translation>القطع حسب الحالة</translation>
    </message>
    <message>
        <source>Damage reports by site or institution</source>
        <translation>تقارير الأضرار حسب الموقع أو المؤسسة</translation>
    </message>
    <message>
        <source>&amp;Needing immediate action</source>
        <translation>ما يحتاج إلى إجراء &amp;فوري</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation>القطعة أو الموقع</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>أشد درجة</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>تاريخ المعاينة</translation>
    </message>
    <message>
        <source>Site or institution</source>
        <translation>الموقع أو المؤسسة</translation>
    </message>
    <message>
        <source>Objects needing immediate action</source>
        <translation>قطع تحتاج إلى إجراء فوري</translation>
    </message>
    <message>
        <source>Recent &amp;imports by sender</source>
        <translation>آخر الاستي&amp;رادات حسب المرسل</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>آخر استيراد</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>مراجعات جديدة</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>التفرعات</translation>
    </message>
    <message>
        <source>Recent imports by sender</source>
        <translation>آخر الاستيرادات حسب المرسل</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the object or report.</source>
        <translation>انقر نقرًا مزدوجًا على صف (أو اضغط Enter) لفتح القطعة أو التقرير.</translation>
    </message>
    <message>
        <source>{objects} and {damage}.</source>
        <translation>{objects} و{damage}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln قطعة</numerusform>
            <numerusform>%Ln قطعة</numerusform>
            <numerusform>%Ln قطعتان</numerusform>
            <numerusform>%Ln قطع</numerusform>
            <numerusform>%Ln قطعة</numerusform>
            <numerusform>%Ln قطعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage report(s)</source>
        <translation>
            <numerusform>%Ln تقرير أضرار</numerusform>
            <numerusform>%Ln تقرير أضرار</numerusform>
            <numerusform>%Ln تقريرا أضرار</numerusform>
            <numerusform>%Ln تقارير أضرار</numerusform>
            <numerusform>%Ln تقرير أضرار</numerusform>
            <numerusform>%Ln تقرير أضرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) immediate action;</source>
        <translation>
            <numerusform>%n منها تحتاج إلى إجراء فوري؛</numerusform>
            <numerusform>%n منها يحتاج إلى إجراء فوري؛</numerusform>
            <numerusform>%n منها يحتاجان إلى إجراء فوري؛</numerusform>
            <numerusform>%n منها تحتاج إلى إجراء فوري؛</numerusform>
            <numerusform>%n منها تحتاج إلى إجراء فوري؛</numerusform>
            <numerusform>%n منها تحتاج إلى إجراء فوري؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation>
            <numerusform>%n سجل في تعارض.</numerusform>
            <numerusform>%n سجل في تعارض.</numerusform>
            <numerusform>%n سجلان في تعارض.</numerusform>
            <numerusform>%n سجلات في تعارض.</numerusform>
            <numerusform>%n سجلًا في تعارض.</numerusform>
            <numerusform>%n سجل في تعارض.</numerusform>
        </translation>
    </message>
    <message>
        <source>All others</source>
        <translation>كل ما عداها</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Site report</source>
        <translation>تقرير موقع</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Kept: {object}</source>
        <translation>المحتفظ به: {object}</translation>
    </message>
    <message>
        <source>{percent} % alike:
{reasons}</source>
        <translation>تشابه {percent}٪:
{reasons}</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>{field} differs</source>
        <translation>{field} مختلف</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠ and in bold.</source>
        <translation>
            <numerusform>لا حقول مختلفة.</numerusform>
            <numerusform>حقل واحد مختلف، معلَّم بـ ≠ وبخط عريض.</numerusform>
            <numerusform>حقلان مختلفان، معلَّمان بـ ≠ وبخط عريض.</numerusform>
            <numerusform>%n حقول مختلفة، معلَّمة بـ ≠ وبخط عريض.</numerusform>
            <numerusform>%n حقلًا مختلفًا، معلَّمة بـ ≠ وبخط عريض.</numerusform>
            <numerusform>%n حقل مختلف، معلَّمة بـ ≠ وبخط عريض.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Writing the PDF</source>
        <translation>جارٍ كتابة ملف PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>اختر مكان حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;كتابة PDF</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>حفظ ملف PDF باسم</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with this document?</source>
        <translation>{file} موجود من قبل. هل تستبدله بهذه الوثيقة؟</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {file}.</source>
        <translation>
            <numerusform>كُتبت %n صفحة في {file}.</numerusform>
            <numerusform>كُتبت %n صفحة في {file}.</numerusform>
            <numerusform>كُتبت %n صفحتان في {file}.</numerusform>
            <numerusform>كُتبت %n صفحات في {file}.</numerusform>
            <numerusform>كُتبت %n صفحة في {file}.</numerusform>
            <numerusform>كُتبت %n صفحة في {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is no longer where it was written.</source>
        <translation>لم يعد ملف PDF حيث كُتب.</translation>
    </message>
    <message>
        <source>No program to show PDFs was found. The file is {file}.</source>
        <translation>لم يُعثر على برنامج لعرض ملفات PDF. الملف هو {file}.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Export identity car&amp;d…</source>
        <translation>تصدير &amp;بطاقة الهوية…</translation>
    </message>
    <message>
        <source>Export &amp;minisign public key…</source>
        <translation>تصدير م&amp;فتاح minisign العام…</translation>
    </message>
    <message>
        <source>Co&amp;py fingerprint</source>
        <translation>&amp;نسخ البصمة</translation>
    </message>
    <message>
        <source>Name, organisation, role:</source>
        <translation>الاسم، المؤسسة، الدور:</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to people who import your card, in person or on the phone, so they know the card is yours.</source>
        <translation>بصمتك: اقرأها للأشخاص الذين يستوردون بطاقتك، وجهًا لوجه أو بالهاتف، ليعرفوا أن البطاقة لك.</translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation>الأشخاص الذين تثق بهم</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Organisation (their claim)</source>
        <translation>المؤسسة (حسب ادعائهم)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Compared in person</source>
        <translation>قورنت وجهًا لوجه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>إ&amp;ضافة بطاقة…</translation>
    </message>
    <message>
        <source>Compare and mark &amp;verified…</source>
        <translation>المقارنة و&amp;وضع علامة التحقق…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعا&amp;دة تسمية…</translation>
    </message>
    <message>
        <source>Rev&amp;oke…</source>
        <translation>إب&amp;طال…</translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation>الأشخاص والمفاتيح</translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation>{name}، {organisation} — {role}</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>بلا مؤسسة</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>أُبطل في {date}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation>الاسم نفسه لبطاقة أخرى</translation>
    </message>
    <message>
        <source>yes, {date}</source>
        <translation>نعم، {date}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Not verified: FieldKit does not send bundles to this card unless you tick it yourself. Ask its holder to read their fingerprint in person or by phone, then use “Compare and mark verified…”.</source>
        <translation>لم يتم التحقق: لا يرسل FieldKit حزمًا إلى هذه البطاقة إلا إذا حدّدتها بنفسك. اطلب من صاحبها أن يقرأ بصمته وجهًا لوجه أو بالهاتف، ثم استخدم «المقارنة ووضع علامة التحقق…».</translation>
    </message>
    <message>
        <source>Another card you trust has the same name, or one that looks alike: tell them apart by the fingerprint, and rename one.</source>
        <translation>بطاقة أخرى تثق بها تحمل الاسم نفسه، أو اسمًا يشبهه: ميّز بينهما بالبصمة، وأعد تسمية إحداهما.</translation>
    </message>
    <message>
        <source>Save your identity card</source>
        <translation>حفظ بطاقة هويتك</translation>
    </message>
    <message>
        <source>Identity cards (*.fkid)</source>
        <translation>بطاقات الهوية (*.fkid)</translation>
    </message>
    <message>
        <source>Identity card saved to {file}.</source>
        <translation>حُفظت بطاقة الهوية في {file}.</translation>
    </message>
    <message>
        <source>Save your minisign public key</source>
        <translation>حفظ مفتاح minisign العام الخاص بك</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>مفاتيح minisign العامة (*.pub)</translation>
    </message>
    <message>
        <source>Minisign public key saved to {file}.</source>
        <translation>حُفظ مفتاح minisign العام في {file}.</translation>
    </message>
    <message>
        <source>Choose an identity card</source>
        <translation>اختر بطاقة هوية</translation>
    </message>
    <message>
        <source>Revoke a key — FieldKit</source>
        <translation>إبطال مفتاح — FieldKit</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Bundles and revisions it signs after the last bundle you imported from it will be refused. A revoked key cannot be trusted again.</source>
        <translation>إبطال مفتاح {name}؟ ستُرفض الحزم والمراجعات التي يوقّعها بعد آخر حزمة استوردتها منه. لا يمكن الوثوق بمفتاح مُبطَل مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>إ&amp;بطال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Enter opens a photo; right-click or the Menu key: remove, role, caption.</source>
        <translation>Enter يفتح الصورة؛ النقر بالزر الأيمن أو مفتاح القائمة: إزالة، دور، تعليق.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>تعليق…</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here or use “Add photos…”.</source>
        <translation>لا صور بعد. أفلت الصور هنا أو استخدم «إضافة صور…».</translation>
    </message>
    <message>
        <source>Photos in italics are not saved yet: Save keeps them with the record.</source>
        <translation>الصور المائلة لم تُحفظ بعد: «حفظ» يحفظها مع السجل.</translation>
    </message>
    <message>
        <source>Role of the next photos</source>
        <translation>دور الصور التالية</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>إضافة &amp;صور…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Caption…</source>
        <translation>&amp;تعليق…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Taken {when}</source>
        <translation>التُقطت في {when}</translation>
    </message>
    <message>
        <source>No capture time in the photo</source>
        <translation>لا يوجد وقت التقاط في الصورة</translation>
    </message>
    <message>
        <source>GPS {lat:.5f}, {lon:.5f}</source>
        <translation>GPS {lat:.5f}، {lon:.5f}</translation>
    </message>
    <message>
        <source>Photo — FieldKit</source>
        <translation>صورة — FieldKit</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} من {total}</translation>
    </message>
    <message>
        <source>Only the thumbnail of this photo is in this vault.</source>
        <translation>لا يوجد في هذه الخزنة سوى الصورة المصغّرة لهذه الصورة.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: {what}</source>
        <translation>إلغاء: {what}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the fingerprint</source>
        <translation>رمز QR للبصمة</translation>
    </message>
    <message>
        <source>QR code unavailable</source>
        <translation>رمز QR غير متاح</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of “{name}”</source>
        <translation>مستلمو «{name}»</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation>حدّد لمن تُترك الحزم في هذا المجلد. إن لم تحدّد أحدًا، تذهب إلى كل منسّق تم التحقق منه.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · المفتاح {fingerprint}…</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>انقر للتكبير</translation>
    </message>
    <message>
        <source>Photo of {object}</source>
        <translation>صورة {object}</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا صورة</translation>
    </message>
    <message numerus="yes">
        <source>+%n more photo(s)</source>
        <translation>
            <numerusform>لا صور أخرى</numerusform>
            <numerusform>+ صورة أخرى</numerusform>
            <numerusform>+ صورتان أخريان</numerusform>
            <numerusform>+%n صور أخرى</numerusform>
            <numerusform>+%n صورة أخرى</numerusform>
            <numerusform>+%n صورة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Kept: this record stays</source>
        <translation>✔ محتفظ به: يبقى هذا السجل</translation>
    </message>
    <message>
        <source>Merged into the kept one if the same</source>
        <translation>يُدمج في السجل المحتفظ به إن كانت القطعة نفسها</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <source>Delete this record (its history is kept, and it can be restored)</source>
        <translation>احذف هذا السجل (يُحتفظ بتاريخه، ويمكن استعادته)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This record is in conflict: another version exists. Settle it in Conflicts before editing.</source>
        <translation>هذا السجل في تعارض: توجد نسخة أخرى منه. احسم التعارض في «التعارضات» قبل التعديل.</translation>
    </message>
    <message>
        <source>Open in Conflicts</source>
        <translation>فتحه في «التعارضات»</translation>
    </message>
    <message>
        <source>{label} (sensitive)</source>
        <translation>{label} (حساس)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Sensitive: where things are. Left out of bundles sent with locations removed.</source>
        <translation>حساس: أين توجد الأشياء. يُستبعد من الحزم المرسلة بعد إزالة بيانات المكان.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Restore this &amp;version…</source>
        <translation>استعادة هذه ال&amp;نسخة…</translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected above</source>
        <translation>أعد حقول وصور النسخة المحددة أعلاه</translation>
    </message>
    <message>
        <source>Deleted. To bring it back, select a version in the history and choose “Restore this version…”.</source>
        <translation>حُذف. لاستعادته، حدّد نسخة في السجل التاريخي واختر «استعادة هذه النسخة…».</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>استعادة هذه النسخة…</translation>
    </message>
    <message>
        <source>{record} (deleted)</source>
        <translation>{record} (محذوف)</translation>
    </message>
    <message>
        <source>{field} must be a date and time written {pattern} (e.g. {example}).</source>
        <translation>يجب أن يكون الحقل {field} تاريخًا ووقتًا مكتوبين بالصيغة {pattern} (مثل {example}).</translation>
    </message>
    <message>
        <source>{field} must be a date written {pattern} (e.g. {example}).</source>
        <translation>يجب أن يكون الحقل {field} تاريخًا مكتوبًا بالصيغة {pattern} (مثل {example}).</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>لم يُحفظ: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>لم يُحفظ: {field}: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Save a record in conflict?</source>
        <translation>حفظ سجل في تعارض؟</translation>
    </message>
    <message>
        <source>This record is in conflict: another version exists.</source>
        <translation>هذا السجل في تعارض: توجد نسخة أخرى منه.</translation>
    </message>
    <message>
        <source>Saving now adds your changes to the version shown here. The other version is kept, and the record stays in Conflicts until someone settles it there.</source>
        <translation>الحفظ الآن يضيف تغييراتك إلى النسخة المعروضة هنا. تبقى النسخة الأخرى محفوظة، ويبقى السجل في «التعارضات» إلى أن يحسمه أحدٌ هناك.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>الحفظ على أي حال</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>تم تجاهل التغييرات.</translation>
    </message>
    <message>
        <source>Reopened with the changes you had not saved (kept {when}): save them to keep them.</source>
        <translation>أُعيد فتحه بالتغييرات التي لم تحفظها (احتُفظ بها في {when}): احفظها لتبقى.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by you elsewhere ({when}): the form shows its new values.</source>
        <translation>عدّلتَ أنت هذا السجل في مكان آخر في أثناء ذلك ({when}): يعرض النموذج قيمه الجديدة.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who} ({when}): the form shows its new values.</source>
        <translation>عدّل {who} هذا السجل في أثناء ذلك ({when}): يعرض النموذج قيمه الجديدة.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by you elsewhere ({when}). Where that change and your typing differ, both values are shown: choose one for each, then save.</source>
        <translation>عدّلتَ أنت هذا السجل في مكان آخر في أثناء ذلك ({when}). حيث يختلف ذلك التعديل عمّا كتبته تُعرض القيمتان: اختر واحدة لكل حقل، ثم احفظ.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who} ({when}). Where you both changed a field, both values are shown: choose one for each, then save.</source>
        <translation>عدّل {who} هذا السجل في أثناء ذلك ({when}). حيث عدّل كلاكما الحقل نفسه تُعرض القيمتان: اختر واحدة لكل حقل، ثم احفظ.</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile by {who} ({when}). To keep your changes, restore it (“Restore this version…” in the history), then save; or discard them.</source>
        <translation>حذف {who} هذا السجل في أثناء ذلك ({when}). لتبقي تغييراتك، استعده («استعادة هذه النسخة…» في السجل التاريخي) ثم احفظ؛ أو تجاهلها.</translation>
    </message>
    <message>
        <source>Changed meanwhile by you elsewhere ({when}): {value}</source>
        <translation>عدّلته أنت في مكان آخر في أثناء ذلك ({when}): {value}</translation>
    </message>
    <message>
        <source>Use that value</source>
        <translation>استخدام تلك القيمة</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>إبقاء ما كتبته</translation>
    </message>
    <message>
        <source>Changed meanwhile by {who} ({when}): {value}</source>
        <translation>عدّله {who} في أثناء ذلك ({when}): {value}</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>استخدام قيمتهم</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>إبقاء قيمتي</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>حذف هذا السجل؟</translation>
    </message>
    <message>
        <source>Delete “{record}”?</source>
        <translation>حذف «{record}»؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>It disappears from the lists and searches. Its history is kept: restore its last version from the history to bring it back.</source>
        <translation>يختفي من القوائم ونتائج البحث. يُحتفظ بتاريخه: استعد آخر نسخة منه من السجل التاريخي لإعادته.</translation>
    </message>
    <message>
        <source>Your unsaved changes in the form are replaced.</source>
        <translation>ستُستبدل تغييراتك غير المحفوظة في النموذج.</translation>
    </message>
    <message>
        <source>The version shown now stays in the history.</source>
        <translation>تبقى النسخة المعروضة الآن في السجل التاريخي.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>استعادة هذه النسخة؟</translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected in the history?</source>
        <translation>إعادة حقول وصور النسخة المحددة في السجل التاريخي؟</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restored; your unsaved changes are in the form: save them to keep them.</source>
        <translation>استُعيد؛ تغييراتك غير المحفوظة في النموذج: احفظها لتبقى.</translation>
    </message>
    <message>
        <source>Restored as an object of its own: the merge was undone.</source>
        <translation>استُعيدت قطعةً مستقلة: أُلغي الدمج.</translation>
    </message>
    <message>
        <source>Restored; the change is in the history.</source>
        <translation>استُعيدت؛ التغيير موجود في السجل التاريخي.</translation>
    </message>
    <message>
        <source>It was not saved with the record yet.</source>
        <translation>لم تُحفظ مع السجل بعد.</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>إزالة هذه الصورة؟</translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from this record?</source>
        <translation>إزالة الصورة «{photo}» من هذا السجل؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>أُزيلت الصورة.</translation>
    </message>
    <message>
        <source>Photos added. Save to keep them with the record.</source>
        <translation>أُضيفت الصور. احفظ لتبقى مع السجل.</translation>
    </message>
    <message>
        <source>The history keeps it: restoring an earlier version brings it back.</source>
        <translation>يحتفظ بها السجل التاريخي: استعادة نسخة سابقة تعيدها.</translation>
    </message>
    <message>
        <source>Photo role changed.</source>
        <translation>تغيّر دور الصورة.</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <source>&amp;Caption of this photo:</source>
        <translation>&amp;تعليق هذه الصورة:</translation>
    </message>
    <message>
        <source>Photo caption changed.</source>
        <translation>تغيّر تعليق الصورة.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red, then add the photos again.</source>
        <translation>صحّح الحقول المعلّمة بالأحمر، ثم أضف الصور مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>جارٍ إضافة الصور (%n)…</numerusform>
            <numerusform>جارٍ إضافة الصور (%n)…</numerusform>
            <numerusform>جارٍ إضافة الصور (%n)…</numerusform>
            <numerusform>جارٍ إضافة الصور (%n)…</numerusform>
            <numerusform>جارٍ إضافة الصور (%n)…</numerusform>
            <numerusform>جارٍ إضافة الصور (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورتان.</numerusform>
            <numerusform>أُضيفت %n صور.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) refused.</source>
        <translation>
            <numerusform>رُفضت %n صورة.</numerusform>
            <numerusform>رُفضت %n صورة.</numerusform>
            <numerusform>رُفضت %n صورتان.</numerusform>
            <numerusform>رُفضت %n صور.</numerusform>
            <numerusform>رُفضت %n صورة.</numerusform>
            <numerusform>رُفضت %n صورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos added.</source>
        <translation>أُضيفت الصور.</translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation>لم تُضف بعض الصور</translation>
    </message>
    <message>
        <source>These photos were refused; the others were added:</source>
        <translation>رُفضت هذه الصور؛ وأُضيفت البقية:</translation>
    </message>
    <message>
        <source>Cancelled: no photo was added.</source>
        <translation>أُلغي: لم تُضف أي صورة.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save your changes to “{record}” before closing?</source>
        <translation>حفظ تغييراتك على «{record}» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation>إن تجاهلتها، تضيع.</translation>
    </message>
    <message>
        <source>Wait for the photos to be added, or cancel first.</source>
        <translation>انتظر حتى تُضاف الصور، أو ألغِ أولًا.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Impor&amp;t spreadsheet…</source>
        <translation>استيراد &amp;جدول بيانات…</translation>
    </message>
    <message>
        <source>Bring in an inventory kept in Excel or LibreOffice, saved as CSV</source>
        <translation>إدخال جرد محفوظ في Excel أو LibreOffice، بعد حفظه بصيغة CSV</translation>
    </message>
    <message>
        <source>No objects yet. Add them one by one with New object, or bring in an inventory kept in a spreadsheet with Import spreadsheet…</source>
        <translation>لا قطع بعد. أضفها واحدة واحدة بـ«قطعة جديدة»، أو أدخل جردًا محفوظًا في جدول بيانات بـ«استيراد جدول بيانات…».</translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>المعروض {shown} من {total}</translation>
    </message>
    <message>
        <source>(filters on)</source>
        <translation>(المرشحات مفعّلة)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Click to sort by this column; from the keyboard: Sort by (Alt+B)</source>
        <translation>انقر للترتيب حسب هذا العمود؛ من لوحة المفاتيح: الترتيب حسب (Alt+ر)</translation>
    </message>
    <message>
        <source>Object ID incomplete: {n} missing</source>
        <translation>Object ID غير مكتمل: ينقص {n}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyConfirmPage</name>
    <message>
        <source>The key is hidden while you type it back.</source>
        <translation>المفتاح مخفي أثناء كتابتك له.</translation>
    </message>
    <message>
        <source>&amp;Show the key again</source>
        <translation>&amp;عرض المفتاح مرة أخرى</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>To be sure you have it, type groups {first} and {second} of the key from your paper (counting from the left, first line then second):</source>
        <translation>للتأكد من أنه لديك، اكتب المجموعتين {first} و{second} من المفتاح كما في ورقتك (العد من اليسار، السطر الأول ثم الثاني):</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>المجموعة &amp;{n}:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>المجموعة {n} من مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The key was hidden because FieldKit was not used for a while.</source>
        <translation>أُخفي المفتاح لأن FieldKit لم يُستخدم منذ مدة.</translation>
    </message>
    <message>
        <source>Group {n} is not what the key says: check your paper.</source>
        <translation>المجموعة {n} ليست كما في المفتاح: راجع ورقتك.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>نسخ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>FieldKit recovery key</source>
        <translation>مفتاح استرداد FieldKit</translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe and separate from the laptop. Anyone who has it and the laptop can open the vault.</source>
        <translation>احفظ هذه الورقة في مكان آمن منفصل عن الحاسوب. من يملكها ويملك الحاسوب يستطيع فتح الخزنة.</translation>
    </message>
    <message>
        <source>Save the recovery key in a file?</source>
        <translation>حفظ مفتاح الاسترداد في ملف؟</translation>
    </message>
    <message>
        <source>This does not print on paper: the recovery key will be stored unencrypted in {file}, where anyone who copies that file can open the vault.</source>
        <translation>هذا لا يطبع على ورق: سيُخزَّن مفتاح الاسترداد غير مشفّر في {file}، حيث يستطيع كل من ينسخ ذلك الملف فتح الخزنة.</translation>
    </message>
    <message>
        <source>&amp;Save to the file</source>
        <translation>&amp;حفظ في الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Rekey the vault</source>
        <translation>تغيير مفاتيح الخزنة</translation>
    </message>
    <message>
        <source>For when a key may be in the wrong hands: new keys are made and the whole database and every photo are encrypted again. Afterwards neither the old passphrase nor the old recovery key opens the vault. Backups made before keep their old keys. This can take minutes for many photos; you can cancel while the photos are being encrypted again.</source>
        <translation>لحالة وقوع مفتاح في أيدٍ خاطئة: تُنشأ مفاتيح جديدة ويُعاد تشفير قاعدة البيانات كلها وكل صورة. بعد ذلك لن تفتح الخزنة عبارة المرور القديمة ولا مفتاح الاسترداد القديم. النسخ الاحتياطية السابقة تحتفظ بمفاتيحها القديمة. قد يستغرق هذا دقائق مع صور كثيرة؛ يمكنك الإلغاء أثناء إعادة تشفير الصور.</translation>
    </message>
    <message>
        <source>&amp;Rekey now</source>
        <translation>&amp;تغيير المفاتيح الآن</translation>
    </message>
    <message>
        <source>The vault has new keys: from now on it opens only with the new passphrase or the new recovery key. Backups made before still open only with the OLD passphrase or the OLD recovery key.</source>
        <translation>للخزنة مفاتيح جديدة: من الآن لا تُفتح إلا بعبارة المرور الجديدة أو بمفتاح الاسترداد الجديد. النسخ الاحتياطية التي أُنشئت قبل ذلك لا تُفتح إلا بعبارة المرور القديمة أو بمفتاح الاسترداد القديم.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename — FieldKit</source>
        <translation>إعادة تسمية — FieldKit</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>الاسم ال&amp;محلي:</translation>
    </message>
    <message>
        <source>The name FieldKit shows for this key (the card&apos;s own name is {name}).</source>
        <translation>الاسم الذي يعرضه FieldKit لهذا المفتاح (اسم البطاقة نفسها هو {name}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Object ID sheet</source>
        <translation>بطاقة Object ID</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>قائمة الإخلاء والجرد</translation>
    </message>
    <message>
        <source>&amp;Leave locations out (for lists that leave the site)</source>
        <translation>&amp;استبعاد بيانات المكان (للقوائم التي تغادر الموقع)</translation>
    </message>
    <message>
        <source>Objects sorted by salvage priority, with thumbnails and boxes to tick while packing. Tick nothing to list every object.</source>
        <translation>القطع مرتبة حسب أولوية الإنقاذ، مع صور مصغّرة ومربعات للتأشير أثناء التغليف. لا تحدّد شيئًا لإدراج كل القطع.</translation>
    </message>
    <message>
        <source>Only objects with this status</source>
        <translation>القطع ذات هذه الحالة فقط</translation>
    </message>
    <message>
        <source>Only objects with this salvage priority</source>
        <translation>القطع ذات أولوية الإنقاذ هذه فقط</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — FieldKit</source>
        <translation>الاستعادة من نسخة احتياطية — FieldKit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>مجلد الخزنة الجديدة</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>استخدم مفتاح الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>مجلد النسخة ال&amp;احتياطية:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>الاستعادة إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the folder a backup was written to and an empty folder for the restored vault. Use the passphrase the vault had when it was backed up.</source>
        <translation>اختر المجلد الذي كُتبت فيه نسخة احتياطية ومجلدًا فارغًا للخزنة المستعادة. استخدم عبارة المرور التي كانت للخزنة عند نسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>م&amp;فتاح الاسترداد:</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery key</source>
        <translation>مفتاح الاسترداد للنسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>استخدم عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a folder for: {what}</source>
        <translation>اختر مجلدًا لـ: {what}</translation>
    </message>
    <message>
        <source>Type or choose the backup folder.</source>
        <translation>اكتب مجلد النسخة الاحتياطية أو اختره.</translation>
    </message>
    <message>
        <source>Type or choose an empty folder for the restored vault.</source>
        <translation>اكتب مجلدًا فارغًا للخزنة المستعادة أو اختره.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s recovery key.</source>
        <translation>اكتب مفتاح الاسترداد الخاص بالنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>اكتب عبارة المرور الخاصة بالنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restored without some photos</source>
        <translation>تمت الاستعادة دون بعض الصور</translation>
    </message>
    <message numerus="yes">
        <source>The restored vault lacks %n photo(s): the vault had lost their files before this backup was made, and the backup lists them as missing:</source>
        <translation>
            <numerusform>تنقص الخزنة المستعادة %n صورة: كانت الخزنة قد فقدت ملفاتها قبل إنشاء هذه النسخة الاحتياطية، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تنقص الخزنة المستعادة صورة واحدة: كانت الخزنة قد فقدت ملفها قبل إنشاء هذه النسخة الاحتياطية، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تنقص الخزنة المستعادة صورتان: كانت الخزنة قد فقدت ملفيهما قبل إنشاء هذه النسخة الاحتياطية، والنسخة الاحتياطية تدرجهما على أنهما مفقودتان:</numerusform>
            <numerusform>تنقص الخزنة المستعادة %n صور: كانت الخزنة قد فقدت ملفاتها قبل إنشاء هذه النسخة الاحتياطية، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تنقص الخزنة المستعادة %n صورة: كانت الخزنة قد فقدت ملفاتها قبل إنشاء هذه النسخة الاحتياطية، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
            <numerusform>تنقص الخزنة المستعادة %n صورة: كانت الخزنة قد فقدت ملفاتها قبل إنشاء هذه النسخة الاحتياطية، والنسخة الاحتياطية تدرجها على أنها مفقودة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>استُعيدت الخزنة</translation>
    </message>
    <message>
        <source>The restored vault has the same identity key as the original. Use it INSTEAD of the lost or damaged vault, never both: two vaults with one key fork their bundles.</source>
        <translation>للخزنة المستعادة مفتاح الهوية نفسه الذي للأصل. استخدمها بدلًا من الخزنة المفقودة أو التالفة، ولا تستخدم الاثنتين معًا أبدًا: خزنتان بمفتاح واحد تتشعّب حزمهما.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. A backup opens with the passphrase the vault had when the backup was made. If you no longer know it, click “{button}” and type the recovery key of that time.</source>
        <translation>عبارة المرور هذه لا تفتح النسخة الاحتياطية. تُفتح النسخة الاحتياطية بعبارة المرور التي كانت للخزنة حين أُنشئت النسخة. إن لم تعد تعرفها، فانقر «{button}» واكتب مفتاح الاسترداد الذي كان آنذاك.</translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation>اكتبه تمامًا كما طُبع؛ الشرطات والمسافات لا تهم.</translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message>
        <source>Clear search (Esc)</source>
        <translation>مسح البحث (Esc)</translation>
    </message>
    <message>
        <source>Show every record again (the filters stay)</source>
        <translation>اعرض كل السجلات مرة أخرى (تبقى المرشحات)</translation>
    </message>
    <message>
        <source>Results for “{text}”:</source>
        <translation>نتائج «{text}»:</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>لا شيء يطابق «{text}».</translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in {kind}</source>
        <translation>
            <numerusform>%n نتيجة في {kind}</numerusform>
            <numerusform>%n نتيجة في {kind}</numerusform>
            <numerusform>%n نتيجتان في {kind}</numerusform>
            <numerusform>%n نتائج في {kind}</numerusform>
            <numerusform>%n نتيجة في {kind}</numerusform>
            <numerusform>%n نتيجة في {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>معروضة أدناه</translation>
    </message>
    <message>
        <source>Go to {kind}</source>
        <translation>الانتقال إلى {kind}</translation>
    </message>
</context>
<context>
    <name>ShredDialog</name>
    <message>
        <source>Shred this vault — FieldKit</source>
        <extracomment>The word `fieldkit shred` asks for (SPEC §11); the app also accepts its own language&apos;s word.</extracomment>
        <translation>إتلاف هذه الخزنة — FieldKit</translation>
    </message>
    <message>
        <source>SHRED</source>
        <comment>confirmation word, capitals</comment>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {folder}. Afterwards NOBODY can open it: not you, not with the passphrase, not with the recovery key. Records and photos that were not sent in a bundle or backed up are lost for good. This cannot be undone.</source>
        <translation>يدمّر هذا مفاتيح الخزنة في {folder}. بعد ذلك لا يستطيع أحد فتحها: لا أنت، ولا بعبارة المرور، ولا بمفتاح الاسترداد. السجلات والصور التي لم تُرسل في حزمة أو تُنسخ احتياطيًا تضيع إلى الأبد. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>اكتب {word} للتأكيد</translation>
    </message>
    <message>
        <source>To confirm, type {word}:</source>
        <translation>للتأكيد، اكتب {word}:</translation>
    </message>
    <message>
        <source>Type {word} to enable “{button}”.</source>
        <translation>اكتب {word} لتفعيل «{button}».</translation>
    </message>
    <message>
        <source>Shred the vault now</source>
        <translation>أتلف الخزنة الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Shred this vault?</source>
        <translation>إتلاف هذه الخزنة؟</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>آخر إرسال</translation>
    </message>
    <message>
        <source>Last picked up</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>محجورة</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Sync folders</source>
        <translation>مجلدات المزامنة</translation>
    </message>
    <message>
        <source>No sync folder yet. Add a USB drive or a shared folder: FieldKit leaves your bundles there and picks up the ones addressed to you.</source>
        <translation>لا يوجد مجلد مزامنة بعد. أضف قرص USB أو مجلدًا مشتركًا: يترك FieldKit حزمك هناك ويستلم الحزم الموجهة إليك.</translation>
    </message>
    <message>
        <source>&amp;Add sync folder…</source>
        <translation>إ&amp;ضافة مجلد مزامنة…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected sync folder</source>
        <translation>إزالة مجلد المزامنة المحدد</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically when this folder appears</source>
        <translation>مزامنة تلقا&amp;ئية عند ظهور هذا المجلد</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآ&amp;ن</translation>
    </message>
    <message>
        <source>Sync the selected folder now</source>
        <translation>زامن المجلد المحدد الآن</translation>
    </message>
    <message>
        <source>Choose who receives the bundles left in the selected sync folder</source>
        <translation>اختيار من يستلم الحزم المتروكة في مجلد المزامنة المحدد</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Sync folder status</source>
        <translation>حالة مجلد المزامنة</translation>
    </message>
    <message>
        <source>Check again whether the selected sync folder can be reached</source>
        <translation>التحقق مجددًا من إمكانية الوصول إلى مجلد المزامنة المحدد</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدم المزامنة</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>ملخص المزامنة</translation>
    </message>
    <message>
        <source>Trust the sen&amp;der…</source>
        <translation>ال&amp;ثقة بالمرسل…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>عُثر عليها</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Quarantined files</source>
        <translation>الملفات المحجورة</translation>
    </message>
    <message>
        <source>The S3 storage “{name}” can be reached again.</source>
        <translation>يمكن الوصول إلى تخزين S3 «{name}» مجددًا.</translation>
    </message>
    <message>
        <source>The sync folder “{name}” is connected.</source>
        <translation>مجلد المزامنة «{name}» متصل.</translation>
    </message>
    <message>
        <source>Sync “{name}” now</source>
        <translation>زامن «{name}» الآن</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>{where} on {endpoint}</source>
        <translation>{where} على {endpoint}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>(last sync had a problem)</source>
        <translation>(حدثت مشكلة في آخر مزامنة)</translation>
    </message>
    <message>
        <source>{count} ({size})</source>
        <translation>{count} ({size})</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>بانتظار الخادم…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Sync f&amp;olders</source>
        <translation>م&amp;جلدات المزامنة</translation>
    </message>
    <message>
        <source>Reci&amp;pients…</source>
        <translation>المست&amp;لمون…</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(imports once you trust the sender&apos;s card)</source>
        <translation>(تُستورد بعد أن تثق ببطاقة المرسل)</translation>
    </message>
    <message>
        <source>Trust the sender…</source>
        <translation>الثقة بالمرسل…</translation>
    </message>
    <message>
        <source>Sync “{name}” again</source>
        <translation>زامن «{name}» مجددًا</translation>
    </message>
    <message>
        <source>Open the folder holding it</source>
        <translation>فتح المجلد الذي يحويه</translation>
    </message>
    <message>
        <source>Copy the reason</source>
        <translation>نسخ السبب</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Sync folder “{name}” added: {path}.</source>
        <translation>أُضيف مجلد المزامنة «{name}»: {path}.</translation>
    </message>
    <message>
        <source>Remove sync folder</source>
        <translation>إزالة مجلد المزامنة</translation>
    </message>
    <message>
        <source>Forget the sync folder “{name}”? Nothing on it is touched, and bundles not yet acknowledged stay in the outbox.</source>
        <translation>نسيان مجلد المزامنة «{name}»؟ لا يُمسّ شيء عليه، والحزم التي لم يُؤكَّد استلامها تبقى في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Sync folder “{name}” removed; nothing on it was touched.</source>
        <translation>أُزيل مجلد المزامنة «{name}»؛ لم يُمسّ شيء عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit left there stay; delete them once their recipients have them.</source>
        <translation>
            <numerusform>الحزم التي تركها FieldKit هناك تبقى (%n)؛ احذفها بعد أن يستلمها مستلموها.</numerusform>
            <numerusform>الحزم التي تركها FieldKit هناك تبقى (%n)؛ احذفها بعد أن يستلمها مستلموها.</numerusform>
            <numerusform>الحزم التي تركها FieldKit هناك تبقى (%n)؛ احذفها بعد أن يستلمها مستلموها.</numerusform>
            <numerusform>الحزم التي تركها FieldKit هناك تبقى (%n)؛ احذفها بعد أن يستلمها مستلموها.</numerusform>
            <numerusform>الحزم التي تركها FieldKit هناك تبقى (%n)؛ احذفها بعد أن يستلمها مستلموها.</numerusform>
            <numerusform>الحزم التي تركها FieldKit هناك تبقى (%n)؛ احذفها بعد أن يستلمها مستلموها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “{name}” automatically:</source>
        <translation>مزامنة «{name}» تلقائيًا:</translation>
    </message>
    <message>
        <source>Syncing “{name}”:</source>
        <translation>مزامنة «{name}»:</translation>
    </message>
    <message>
        <source>waiting for the folder…</source>
        <translation>بانتظار المجلد…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>يتبقى نحو %n دقيقة</numerusform>
            <numerusform>تتبقى نحو %n دقيقة</numerusform>
            <numerusform>تتبقى نحو %n دقيقة</numerusform>
            <numerusform>تتبقى نحو %n دقائق</numerusform>
            <numerusform>تتبقى نحو %n دقيقة</numerusform>
            <numerusform>تتبقى نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with “{name}”: {imported} ({new}), {delivered}, {read} and {written}, {quarantined}, {waiting}.</source>
        <translation>تمت المزامنة مع «{name}»: {imported} ({new})، {delivered}، {read} و{written}، {quarantined}، {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>لا مراجعات جديدة</numerusform>
            <numerusform>مراجعة جديدة واحدة</numerusform>
            <numerusform>مراجعتان جديدتان</numerusform>
            <numerusform>%n مراجعات جديدة</numerusform>
            <numerusform>%n مراجعة جديدة</numerusform>
            <numerusform>%n مراجعة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>المسلَّمة: %n</numerusform>
            <numerusform>المسلَّمة: %n</numerusform>
            <numerusform>المسلَّمة: %n</numerusform>
            <numerusform>المسلَّمة: %n</numerusform>
            <numerusform>المسلَّمة: %n</numerusform>
            <numerusform>المسلَّمة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) read</source>
        <translation>
            <numerusform>إشعارات الاستلام المقروءة: %n</numerusform>
            <numerusform>إشعارات الاستلام المقروءة: %n</numerusform>
            <numerusform>إشعارات الاستلام المقروءة: %n</numerusform>
            <numerusform>إشعارات الاستلام المقروءة: %n</numerusform>
            <numerusform>إشعارات الاستلام المقروءة: %n</numerusform>
            <numerusform>إشعارات الاستلام المقروءة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>المكتوبة: %n</numerusform>
            <numerusform>المكتوبة: %n</numerusform>
            <numerusform>المكتوبة: %n</numerusform>
            <numerusform>المكتوبة: %n</numerusform>
            <numerusform>المكتوبة: %n</numerusform>
            <numerusform>المكتوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>المحجورة: %n</numerusform>
            <numerusform>المحجورة: %n</numerusform>
            <numerusform>المحجورة: %n</numerusform>
            <numerusform>المحجورة: %n</numerusform>
            <numerusform>المحجورة: %n</numerusform>
            <numerusform>المحجورة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>المنتظرة: %n</numerusform>
            <numerusform>المنتظرة: %n</numerusform>
            <numerusform>المنتظرة: %n</numerusform>
            <numerusform>المنتظرة: %n</numerusform>
            <numerusform>المنتظرة: %n</numerusform>
            <numerusform>المنتظرة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantined {file}: {reason}</source>
        <translation>حُجر {file}: {reason}</translation>
    </message>
    <message>
        <source>Problem: {text}</source>
        <translation>مشكلة: {text}</translation>
    </message>
    <message>
        <source>Not synced with “{name}”: the connection dropped. Nothing is lost; {waiting} for the next sync.</source>
        <translation>لم تتم المزامنة مع «{name}»: انقطع الاتصال. لم يُفقد شيء؛ {waiting} للمزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) still waiting</source>
        <translation>
            <numerusform>الحزم المنتظرة: %n</numerusform>
            <numerusform>الحزم المنتظرة: %n</numerusform>
            <numerusform>الحزم المنتظرة: %n</numerusform>
            <numerusform>الحزم المنتظرة: %n</numerusform>
            <numerusform>الحزم المنتظرة: %n</numerusform>
            <numerusform>الحزم المنتظرة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Done before it dropped: {imported} ({new}), {delivered}.</source>
        <translation>ما تم قبل الانقطاع: {imported} ({new})، {delivered}.</translation>
    </message>
    <message>
        <source>The sync with “{name}” was cancelled. What was already imported or delivered stays; the rest waits for the next sync.</source>
        <translation>أُلغيت المزامنة مع «{name}». ما استُورد أو سُلّم يبقى؛ والباقي ينتظر المزامنة التالية.</translation>
    </message>
    <message>
        <source>The sync with “{name}” failed.</source>
        <translation>فشلت المزامنة مع «{name}».</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
</context>
<context>
    <name>TextListInput</name>
    <message>
        <source>separate several with ;</source>
        <translation>افصل بين عدة قيم بـ ;</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the vault</source>
        <extracomment>A visible focus frame on flat buttons (the welcome screen and dialogs use framed buttons).</extracomment>
        <translation>فتح الخزنة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Unlock with &amp;key</source>
        <translation>الفتح بال&amp;مفتاح</translation>
    </message>
    <message>
        <source>This can take a minute on a large vault. Nothing is lost if it is interrupted: it starts again at the next unlock.</source>
        <translation>قد يستغرق ذلك دقيقة في خزنة كبيرة. لا يضيع شيء إذا انقطع التحديث: سيبدأ من جديد عند فتح الخزنة في المرة القادمة.</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>فتح خزنة أخرى…</translation>
    </message>
    <message>
        <source>Shred this vault…</source>
        <translation>إتلاف هذه الخزنة…</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>مجلد الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation>استخدم مفتاح الاست&amp;رداد بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>استخدم عبارة الم&amp;رور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>اكتب مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Updating this vault for the new version of FieldKit (once only)… {percent} %</source>
        <translation>جارٍ تحديث هذه الخزنة للإصدار الجديد من FieldKit (مرة واحدة فقط)… {percent}٪</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again — or use the recovery key.</source>
        <translation>عبارة المرور هذه لا تفتح الخزنة. تحقق من لغة لوحة المفاتيح ومن Caps Lock، ثم حاول مرة أخرى — أو استخدم مفتاح الاسترداد.</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed attempt(s))</source>
        <translation>
            <numerusform>(%n محاولة فاشلة)</numerusform>
            <numerusform>(%n محاولة فاشلة)</numerusform>
            <numerusform>(%n محاولتان فاشلتان)</numerusform>
            <numerusform>(%n محاولات فاشلة)</numerusform>
            <numerusform>(%n محاولة فاشلة)</numerusform>
            <numerusform>(%n محاولة فاشلة)</numerusform>
        </translation>
    </message>
    <message>
        <source>If the passphrase is lost, click “{button}” below and type the key from its paper.</source>
        <translation>إذا ضاعت عبارة المرور، فانقر «{button}» أدناه واكتب المفتاح من ورقته.</translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation>اكتبه تمامًا كما طُبع؛ الشرطات والمسافات لا تهم.</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>This vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Passphrase and keys</source>
        <translation>عبارة المرور والمفاتيح</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>تغيير ع&amp;بارة المرور…</translation>
    </message>
    <message>
        <source>Re&amp;key the vault…</source>
        <translation>ت&amp;غيير مفاتيح الخزنة…</translation>
    </message>
    <message>
        <source>Quick: the data keeps its key.</source>
        <translation>سريع: تحتفظ البيانات بمفتاحها.</translation>
    </message>
    <message>
        <source>The old recovery key stops working; the new one is shown once.</source>
        <translation>يتوقف مفتاح الاسترداد القديم عن العمل؛ ويُعرض الجديد مرة واحدة.</translation>
    </message>
    <message>
        <source>If a key may be compromised: everything is encrypted again with new keys.</source>
        <translation>إن كان مفتاح قد تعرّض للخطر: يُعاد تشفير كل شيء بمفاتيح جديدة.</translation>
    </message>
    <message>
        <source>Backup and locking</source>
        <translation>النسخ الاحتياطي والقفل</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>القفل بعد هذا العدد من دقائق الخمول</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation>ال&amp;قفل تلقائيًا بعد</translation>
    </message>
    <message>
        <source>An encrypted copy on another drive, made while you work.</source>
        <translation>نسخة مشفّرة على قرص آخر، تُصنع أثناء عملك.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a new rec&amp;overy key…</source>
        <translation>عرض مفتاح استرداد &amp;جديد…</translation>
    </message>
    <message>
        <source>without keyboard or mouse use (Ctrl+L locks at once).</source>
        <translation>دون استخدام لوحة المفاتيح أو الفأرة (Ctrl+L يقفل فورًا).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of FieldKit</source>
        <translation>لغة FieldKit</translation>
    </message>
    <message>
        <source>FIELDKIT_LANG is set on this computer: FieldKit speaks {language} while it is set, whatever is chosen here.</source>
        <translation>المتغير FIELDKIT_LANG مضبوط على هذا الحاسوب: يتحدث FieldKit {language} ما دام مضبوطًا، أيًّا كان الاختيار هنا.</translation>
    </message>
    <message>
        <source>The language saved here, {saved}, is used once it is no longer set.</source>
        <translation>اللغة المحفوظة هنا، {saved}، ستُستخدم حين يتوقف تعيين FIELDKIT_LANG.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <source>&amp;Shred this vault…</source>
        <translation>إتلا&amp;ف هذه الخزنة…</translation>
    </message>
    <message>
        <source>Destroys the vault&apos;s keys: nobody can open it again, not even with the recovery key. Send or back up what matters first.</source>
        <translation>يدمّر مفاتيح الخزنة: لا يستطيع أحد فتحها مرة أخرى، ولا حتى بمفتاح الاسترداد. أرسل ما يهم أو انسخه احتياطيًا أولًا.</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>إعدادات الخزنة</translation>
    </message>
    <message>
        <source>Saved. FIELDKIT_LANG is set on this computer and decides the language while it is set.</source>
        <translation>حُفظ. المتغير FIELDKIT_LANG مضبوط على هذا الحاسوب ويحدد اللغة ما دام مضبوطًا.</translation>
    </message>
    <message>
        <source>FieldKit will speak {language} from its next start; nothing you are working on is lost.</source>
        <translation>سيتحدث FieldKit {language} من تشغيله التالي؛ ولن يضيع شيء مما تعمل عليه.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify bundles — FieldKit</source>
        <translation>التحقق من حزم — FieldKit</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>جارٍ فحص الحزم</translation>
    </message>
    <message>
        <source>Check that a bundle is complete, unchanged since it was signed, and signed by a key you know. No vault is needed and nothing is written. Without a recipient&apos;s key the encrypted content is not inspected: the result says so.</source>
        <translation>تحقق من أن الحزمة كاملة، ولم تتغير منذ توقيعها، وموقّعة بمفتاح تعرفه. لا حاجة إلى خزنة ولا يُكتب شيء. دون مفتاح أحد المستلمين لا يُفحص المحتوى المشفّر: وتذكر النتيجة ذلك.</translation>
    </message>
    <message>
        <source>Check bundles without importing them. Bundles addressed to this vault are also decrypted and every revision, signature and photo inside is checked.</source>
        <translation>افحص الحزم دون استيرادها. الحزم الموجهة إلى هذه الخزنة يُفك تشفيرها أيضًا ويُفحص كل ما فيها من مراجعات وتواقيع وصور.</translation>
    </message>
    <message>
        <source>Bundles to verify</source>
        <translation>الحزم المراد التحقق منها</translation>
    </message>
    <message>
        <source>Choose bundles to verify</source>
        <translation>اختر الحزم المراد التحقق منها</translation>
    </message>
    <message>
        <source>Keys you trust</source>
        <translation>المفاتيح التي تثق بها</translation>
    </message>
    <message>
        <source>Drop identity cards (.fkid) or minisign public keys (.pub) here</source>
        <translation>أفلت هنا بطاقات الهوية (‎.fkid) أو مفاتيح minisign العامة (‎.pub)</translation>
    </message>
    <message>
        <source>Choose identity cards or public keys you trust</source>
        <translation>اختر بطاقات الهوية أو المفاتيح العامة التي تثق بها</translation>
    </message>
    <message>
        <source>Identity cards and public keys (*.fkid *.pub);;All files (*)</source>
        <translation>بطاقات الهوية والمفاتيح العامة (*.fkid *.pub);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>إضا&amp;فة…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>إزا&amp;لة</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Verify bundles</source>
        <translation>التحقق من حزم</translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation>ال&amp;حزم (أفلتها هنا أو استخدم «إضافة…»):</translation>
    </message>
    <message>
        <source>&amp;Keys you trust (optional: the signer&apos;s identity card or .pub file):</source>
        <translation>ال&amp;مفاتيح التي تثق بها (اختياري: بطاقة هوية الموقّع أو ملف ‎.pub):</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>جارٍ فحص الحزم (%n)…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)…</numerusform>
            <numerusform>جارٍ فحص الحزم (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}.</source>
        <translation>
            <numerusform>لم تُفحص أي حزمة: {good}، {bad}، {other}.</numerusform>
            <numerusform>فُحصت حزمة واحدة: {good}، {bad}، {other}.</numerusform>
            <numerusform>فُحصت حزمتان: {good}، {bad}، {other}.</numerusform>
            <numerusform>فُحصت %n حزم: {good}، {bad}، {other}.</numerusform>
            <numerusform>فُحصت %n حزمة: {good}، {bad}، {other}.</numerusform>
            <numerusform>فُحصت %n حزمة: {good}، {bad}، {other}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact and signed by a trusted key</source>
        <translation>
            <numerusform>سليمة وموقّعة بمفتاح موثوق: %n</numerusform>
            <numerusform>سليمة وموقّعة بمفتاح موثوق: %n</numerusform>
            <numerusform>سليمة وموقّعة بمفتاح موثوق: %n</numerusform>
            <numerusform>سليمة وموقّعة بمفتاح موثوق: %n</numerusform>
            <numerusform>سليمة وموقّعة بمفتاح موثوق: %n</numerusform>
            <numerusform>سليمة وموقّعة بمفتاح موثوق: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>فاشلة: %n</numerusform>
            <numerusform>فاشلة: %n</numerusform>
            <numerusform>فاشلة: %n</numerusform>
            <numerusform>فاشلة: %n</numerusform>
            <numerusform>فاشلة: %n</numerusform>
            <numerusform>فاشلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact but not signed by a key you trust</source>
        <translation>
            <numerusform>سليمة لكن غير موقّعة بمفتاح تثق به: %n</numerusform>
            <numerusform>سليمة لكن غير موقّعة بمفتاح تثق به: %n</numerusform>
            <numerusform>سليمة لكن غير موقّعة بمفتاح تثق به: %n</numerusform>
            <numerusform>سليمة لكن غير موقّعة بمفتاح تثق به: %n</numerusform>
            <numerusform>سليمة لكن غير موقّعة بمفتاح تثق به: %n</numerusform>
            <numerusform>سليمة لكن غير موقّعة بمفتاح تثق به: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}, {newer}.</source>
        <translation>
            <numerusform>لم تُفحص أي حزمة: {good}، {bad}، {other}، {newer}.</numerusform>
            <numerusform>فُحصت حزمة واحدة: {good}، {bad}، {other}، {newer}.</numerusform>
            <numerusform>فُحصت حزمتان: {good}، {bad}، {other}، {newer}.</numerusform>
            <numerusform>فُحصت %n حزم: {good}، {bad}، {other}، {newer}.</numerusform>
            <numerusform>فُحصت %n حزمة: {good}، {bad}، {other}، {newer}.</numerusform>
            <numerusform>فُحصت %n حزمة: {good}، {bad}، {other}، {newer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by a newer FieldKit, not verified</source>
        <translation>
            <numerusform>صُنعت بإصدار أحدث من FieldKit ولم يُتحقق منها: %n</numerusform>
            <numerusform>صُنعت بإصدار أحدث من FieldKit ولم يُتحقق منها: %n</numerusform>
            <numerusform>صُنعت بإصدار أحدث من FieldKit ولم يُتحقق منها: %n</numerusform>
            <numerusform>صُنعت بإصدار أحدث من FieldKit ولم يُتحقق منها: %n</numerusform>
            <numerusform>صُنعت بإصدار أحدث من FieldKit ولم يُتحقق منها: %n</numerusform>
            <numerusform>صُنعت بإصدار أحدث من FieldKit ولم يُتحقق منها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify &amp;other bundles</source>
        <translation>التحقق من حزم أ&amp;خرى</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation>حفظ شهادة التحقق</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <source>Certificate saved to {file}.</source>
        <translation>حُفظت الشهادة في {file}.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to FieldKit</source>
        <translation>مرحبًا بك في FieldKit</translation>
    </message>
    <message>
        <source>Document objects and damage safely, even offline. Everything stays encrypted on this computer until you choose to send it.</source>
        <translation>وثّق القطع والأضرار بأمان، حتى دون اتصال. يبقى كل شيء مشفّرًا على هذا الحاسوب إلى أن تختار إرساله.</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;فتح خزنة…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>إ&amp;نشاء خزنة جديدة…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>استعادة من نسخة ا&amp;حتياطية…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle (no vault needed)…</source>
        <translation>التح&amp;قق من حزمة (دون خزنة)…</translation>
    </message>
    <message>
        <source>First time here: make a vault and its recovery key</source>
        <translation>أول مرة هنا: أنشئ خزنة ومفتاح استردادها</translation>
    </message>
    <message>
        <source>Choose the folder of an existing vault</source>
        <translation>اختر مجلد خزنة موجودة</translation>
    </message>
    <message>
        <source>Bring back a vault from a backup folder</source>
        <translation>استعد خزنة من مجلد نسخة احتياطية</translation>
    </message>
    <message>
        <source>For auditors: check that a bundle is complete, unchanged and signed by a known key</source>
        <translation>للمدققين: تحقق من أن الحزمة كاملة، ولم تتغير، وموقّعة بمفتاح معروف</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>الخزنات الأخيرة</translation>
    </message>
    <message>
        <source>Recen&amp;t vaults:</source>
        <translation>ال&amp;خزنات الأخيرة:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>اختر مجلد الخزنة</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>القطع</translation>
    </message>
    <message>
        <source>&amp;New object</source>
        <translation>&amp;قطعة جديدة</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>تقارير الأضرار</translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation>تقرير أ&amp;ضرار جديد</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n match(es)</source>
        <translation>
            <numerusform>{title}: %n نتيجة</numerusform>
            <numerusform>{title}: %n نتيجة</numerusform>
            <numerusform>{title}: %n نتيجتان</numerusform>
            <numerusform>{title}: %n نتائج</numerusform>
            <numerusform>{title}: %n نتيجة</numerusform>
            <numerusform>{title}: %n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>({n} to resolve)</source>
        <translation>(للحل: {n})</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
            <numerusform>سجلات متعارضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>Select {what} in its list first.</source>
        <translation>حدّد أولًا {what} في قائمتها.</translation>
    </message>
    <message>
        <source>Then choose the report again.</source>
        <translation>ثم اختر التقرير مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>When, where and in what condition</source>
        <translation>متى وأين وبأي حالة</translation>
    </message>
    <message>
        <source>Printed on the handover certificate that both sides sign.</source>
        <translation>يُطبع على شهادة التسليم التي يوقّعها الطرفان.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>سنة-شهر-يوم ساعة:دقيقة</translation>
    </message>
    <message>
        <source>Sensitive: left out of bundles sent with locations removed.</source>
        <translation>حساس: يُستبعد من الحزم المرسلة بعد إزالة بيانات المكان.</translation>
    </message>
    <message>
        <source>Handed over &amp;at:</source>
        <translation>&amp;وقت التسليم:</translation>
    </message>
    <message>
        <source>&amp;Place (sensitive):</source>
        <translation>ال&amp;مكان (حساس):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>المر&amp;جع:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Handover created</source>
        <translation>أُنشئ التسليم</translation>
    </message>
    <message>
        <source>It is complete when the receiver accepts it.</source>
        <translation>يكتمل حين يقبله المستلم.</translation>
    </message>
    <message>
        <source>&amp;Print the handover certificate…</source>
        <translation>&amp;طباعة شهادة التسليم…</translation>
    </message>
    <message>
        <source>{receiver} accepts it in their own vault, so they need it there first: send them a bundle (File → Export a bundle…, or Bundles &amp; sync with a shared folder). They import it, then accept it under Custody → Handovers received…, signed with their key.

Print the certificate for both of you to sign now.</source>
        <translation>يقبل {receiver} التسليم في خزنته، لذا يجب أن يصل إليها أولًا: أرسل إليه حزمة (ملف ← تصدير حزمة…، أو الحزم والمزامنة عبر مجلد مشترك). يستوردها ثم يقبل التسليم من العهدة ← عمليات التسليم المستلمة…، موقَّعًا بمفتاحه.

اطبع الشهادة الآن ليوقّعها كلاكما.</translation>
    </message>
</context>
<context>
    <name>_ItemsPage</name>
    <message>
        <source>What is handed over</source>
        <translation>ما يُسلَّم</translation>
    </message>
    <message>
        <source>Tick containers, or type codes and inventory numbers.</source>
        <translation>حدد حاويات، أو اكتب رموزًا وأرقام جرد.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>الحاويات</translation>
    </message>
    <message numerus="yes">
        <source>{container} (%n item(s))</source>
        <translation>
            <numerusform>{container} (%n عنصر)</numerusform>
            <numerusform>{container} (%n عنصر)</numerusform>
            <numerusform>{container} (%n عنصران)</numerusform>
            <numerusform>{container} (%n عناصر)</numerusform>
            <numerusform>{container} (%n عنصرًا)</numerusform>
            <numerusform>{container} (%n عنصر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: nothing is packed in it.</source>
        <translation>فارغة: لا شيء معبأ فيها.</translation>
    </message>
    <message>
        <source>other items: codes or numbers; separate with ;</source>
        <translation>عناصر أخرى: رموز أو أرقام؛ افصل بينها بـ ;</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>ال&amp;حاويات:</translation>
    </message>
    <message>
        <source>&amp;Other items:</source>
        <translation>&amp;عناصر أخرى:</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>اختر عنصرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>“{code}”: {why}</source>
        <translation>«{code}»: {why}</translation>
    </message>
</context>
<context>
    <name>_ReceiverPage</name>
    <message>
        <source>To whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>The receiver, from the people you trust. They accept it in their own vault.</source>
        <translation>المستلم، من الأشخاص الذين تثق بهم. يقبله في خزنته.</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>إ&amp;ضافة بطاقة…</translation>
    </message>
    <message>
        <source>Nobody is trusted yet: add the receiver&apos;s card with Add a card…</source>
        <translation>لا أحد موثوق بعد: أضف بطاقة المستلم عبر «إضافة بطاقة…».</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Vault created</source>
        <translation>أُنشئت الخزنة</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>تغيّرت عبارة المرور</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>استُبدل مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Keys replaced (rekey)</source>
        <translation>استُبدلت المفاتيح</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>استُعيدت من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Keys shredded</source>
        <translation>أُتلفت المفاتيح</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>أُنشئ سجل</translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation>عُدّل سجل</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>حُذف سجل</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>أُضيفت صورة</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>صُدّرت حزمة</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت حزمة</translation>
    </message>
    <message>
        <source>Bundle verified</source>
        <translation>تم التحقق من حزمة</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>وُثق بمفتاح</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>أُبطل مفتاح</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>حُلّ تعارض</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>استُورد جدول بيانات</translation>
    </message>
    <message>
        <source>key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>new revisions</source>
        <translation>مراجعات جديدة</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <source>forks</source>
        <translation>التفرعات</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>النسخ المتنافسة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>vault id</source>
        <translation>معرّف الخزنة</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>مستعاد</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>عرض تجريبي</translation>
    </message>
    <message>
        <source>notice by</source>
        <translation>إشعار من</translation>
    </message>
    <message>
        <source>object record</source>
        <translation>سجل قطعة</translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>location</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>container</source>
        <translation>حاوية</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>عملية نقل</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>duplicate decision</source>
        <translation>قرار بشأن تكرار</translation>
    </message>
    <message>
        <source>everything (full)</source>
        <translation>كل شيء (كاملة)</translation>
    </message>
    <message>
        <source>changes (delta)</source>
        <translation>التغييرات (دلتا)</translation>
    </message>
    <message>
        <source>redacted snapshot</source>
        <translation>لقطة منقّحة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Event hash {hash}</source>
        <translation>بصمة الحدث {hash}</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>{name}-verification.pdf</source>
        <translation>{name}-التحقق.pdf</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>نوع القطعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>أولوية الإنقاذ</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>This column cannot be sorted. To find the objects whose Object ID is incomplete, tick Incomplete Object ID only.</source>
        <translation>لا يمكن ترتيب هذا العمود. لإيجاد القطع التي سجل Object ID فيها غير مكتمل، حدّد «Object ID غير المكتمل فقط».</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>المكان الآن</translation>
    </message>
    <message>
        <source>This column cannot be sorted: where an object is now is worked out from its movements, not kept in the object.</source>
        <translation>لا يمكن ترتيب هذا العمود: مكان القطعة الآن يُستنتج من عمليات نقلها، ولا يُحفظ في القطعة نفسها.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>تاريخ المعاينة</translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation>القطعة أو الموقع</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الاستعجال</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>المُقيِّم</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>In transit</source>
        <translation>قيد النقل</translation>
    </message>
    <message>
        <source>Missing (not found at its last reception)</source>
        <translation>مفقودة (لم توجد عند آخر استلام لها)</translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items}</numerusform>
            <numerusform>{items} وعنصر آخر</numerusform>
            <numerusform>{items} وعنصران آخران</numerusform>
            <numerusform>{items} و%n عناصر أخرى</numerusform>
            <numerusform>{items} و%n عنصرًا آخر</numerusform>
            <numerusform>{items} و%n عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>In transit to {place}</source>
        <translation>قيد النقل إلى {place}</translation>
    </message>
    <message>
        <source>At {place}</source>
        <translation>في {place}</translation>
    </message>
    <message>
        <source>in container {code}</source>
        <translation>في الحاوية {code}</translation>
    </message>
    <message>
        <source>custodian: {name}</source>
        <translation>العهدة لدى: {name}</translation>
    </message>
    <message>
        <source>Custodian: {name}</source>
        <translation>العهدة لدى: {name}</translation>
    </message>
    <message>
        <source>No movement recorded</source>
        <translation>لا توجد عملية نقل مسجّلة</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>→ {place} (in transit)</source>
        <translation>→ {place} (قيد النقل)</translation>
    </message>
    <message>
        <source>to {code}</source>
        <translation>إلى {code}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>تحوي</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>المكان الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الملصقات</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Movement form</source>
        <translation>استمارة النقل</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>شهادة التسليم</translation>
    </message>
    <message>
        <source>Evacuation permission</source>
        <translation>إذن الإخلاء</translation>
    </message>
    <message>
        <source>Printing these documents is not available.</source>
        <translation>طباعة هذه المستندات غير متاحة.</translation>
    </message>
    <message>
        <source>Install FieldKit with its reports.</source>
        <translation>ثبّت FieldKit مع تقاريره.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Object ID description</source>
        <translation>وصف Object ID</translation>
    </message>
    <message>
        <source>Location &amp; status</source>
        <translation>المكان والحالة</translation>
    </message>
    <message>
        <source>Significance &amp; notes</source>
        <translation>الأهمية والملاحظات</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>حاوية</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside FieldKit. Your saved records are safe.

If it happens again, please tell the FieldKit team this report number: {id}</source>
        <translation>عذرًا، حدث خطأ داخل FieldKit. سجلاتك المحفوظة في أمان.

إذا تكرر ذلك، يُرجى إبلاغ فريق FieldKit برقم التقرير هذا: {id}</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>no longer merged into {object}</source>
        <translation>لم يعد مدموجًا في {object}</translation>
    </message>
    <message>
        <source>merged into {object}</source>
        <translation>دُمج في {object}</translation>
    </message>
    <message>
        <source>{field}: {new}</source>
        <translation>{field}: {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} ← {new}</translation>
    </message>
    <message>
        <source>Photo added: {photo}</source>
        <translation>أُضيفت صورة: {photo}</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>أُضيفت صورة</translation>
    </message>
    <message>
        <source>Photo removed: {photo}</source>
        <translation>أُزيلت صورة: {photo}</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>أُزيلت صورة</translation>
    </message>
    <message>
        <source>Photo: {old} → {new}</source>
        <translation>صورة: {old} ← {new}</translation>
    </message>
    <message>
        <source>History incomplete: the earlier version has not arrived</source>
        <translation>السجل غير مكتمل: لم تصل النسخة السابقة بعد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيدت</translation>
    </message>
    <message>
        <source>Merged versions</source>
        <translation>دُمجت النسخ</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes (see tooltip)</source>
        <translation>
            <numerusform>ولا تغييرات أخرى (انظر التلميح)</numerusform>
            <numerusform>وتغيير آخر واحد (انظر التلميح)</numerusform>
            <numerusform>وتغييران آخران (انظر التلميح)</numerusform>
            <numerusform>و%n تغييرات أخرى (انظر التلميح)</numerusform>
            <numerusform>و%n تغييرًا آخر (انظر التلميح)</numerusform>
            <numerusform>و%n تغيير آخر (انظر التلميح)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change</source>
        <translation>لا تغيير</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>you ({name})</source>
        <translation>أنت ({name})</translation>
    </message>
    <message>
        <source>{name} (revoked)</source>
        <translation>{name} (مفتاح مُلغى)</translation>
    </message>
    <message>
        <source>{name} (unverified)</source>
        <translation>{name} (غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>unknown key {fp}</source>
        <translation>مفتاح غير معروف {fp}</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>B</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>كيلوبايت</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>ميغابايت</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>غيغابايت</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>{file} is signed by a key that has been revoked: do not rely on it.</source>
        <translation>{file} موقّع بمفتاح مُبطَل: لا تعتمد عليه.</translation>
    </message>
    <message>
        <source>{file} did not pass verification: it was changed, damaged or is incomplete since it was signed. Do not rely on it.</source>
        <translation>{file} لم يجتز التحقق: عُدّل أو تلف أو نقص منذ توقيعه. لا تعتمد عليه.</translation>
    </message>
    <message>
        <source>Nothing will be imported from it.</source>
        <translation>لن يُستورد منه شيء.</translation>
    </message>
    <message>
        <source>{file} could not be read as a FieldKit bundle: do not rely on it.</source>
        <translation>تعذّرت قراءة {file} كحزمة FieldKit: لا تعتمد عليه.</translation>
    </message>
    <message>
        <source>{file} was made by a newer FieldKit: update FieldKit to verify it.</source>
        <translation>صُنع {file} بإصدار أحدث من FieldKit: حدّث FieldKit للتحقق منه.</translation>
    </message>
    <message>
        <source>{file} is intact and was written by this vault.</source>
        <translation>{file} سليم وكتبته هذه الخزنة.</translation>
    </message>
    <message>
        <source>{file} is intact and signed by {name}, whose key you trust.</source>
        <translation>{file} سليم وموقّع من {name}، ومفتاحه موثوق لديك.</translation>
    </message>
    <message>
        <source>a trusted key</source>
        <translation>مفتاح موثوق</translation>
    </message>
    <message>
        <source>{file} is complete and its checksums match, but its signature could not be checked: the signer&apos;s key is not known here.</source>
        <translation>{file} مكتمل ومجاميعه الاختبارية متطابقة، لكن تعذّر التحقق من توقيعه: مفتاح الموقّع غير معروف هنا.</translation>
    </message>
    <message>
        <source>{file} is intact, but it is signed by a key you do not trust yet. Compare the fingerprint with the sender before relying on it.</source>
        <translation>{file} سليم، لكنه موقّع بمفتاح لا تثق به بعد. قارن البصمة مع المرسل قبل الاعتماد عليه.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; trust their identity card on the People &amp; keys page, then check the bundle again.</source>
        <translation>مفتاح الموقِّع غير معروف هنا، فتعذّر التحقق من التوقيع؛ ثِق ببطاقة هويته في صفحة «الأشخاص والمفاتيح»، ثم أعِد فحص الحزمة.</translation>
    </message>
    <message>
        <source>This vault itself</source>
        <translation>هذه الخزنة نفسها</translation>
    </message>
    <message>
        <source>Trusted; fingerprint compared in person on {date}</source>
        <translation>موثوق؛ قورنت البصمة شخصيًا في {date}</translation>
    </message>
    <message>
        <source>Trusted (you gave their key for this check)</source>
        <translation>موثوق (قدّمت مفتاحه لهذا التحقق)</translation>
    </message>
    <message>
        <source>Trusted, but the fingerprint was never compared in person</source>
        <translation>موثوق، لكن البصمة لم تُقارن شخصيًا قط</translation>
    </message>
    <message>
        <source>Revoked: bundles signed after the revocation are refused</source>
        <translation>مُبطَل: تُرفض الحزم الموقّعة بعد الإبطال</translation>
    </message>
    <message>
        <source>Not trusted: the key is only vouched for by the bundle itself</source>
        <translation>غير موثوق: لا يضمن المفتاحَ إلا الحزمةُ نفسها</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <source>Changes (delta)</source>
        <translation>التغييرات (حزمة تفاضلية)</translation>
    </message>
    <message>
        <source>Everything (full)</source>
        <translation>كل شيء (كامل)</translation>
    </message>
    <message>
        <source>Redacted snapshot, for reading only</source>
        <translation>لقطة منقّحة، للقراءة فقط</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>غير مشفّر</translation>
    </message>
    <message>
        <source>{kind}, number {n} of its stream, {sealed}</source>
        <translation>{kind}، رقم {n} في تسلسله، {sealed}</translation>
    </message>
    <message>
        <source>Not inspected (the content is encrypted for its recipients)</source>
        <translation>لم يُفحص (المحتوى مشفّر لمستلميه)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>%n مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record snapshot(s)</source>
        <translation>
            <numerusform>%n لقطة سجل</numerusform>
            <numerusform>%n لقطة سجل</numerusform>
            <numerusform>%n لقطتا سجل</numerusform>
            <numerusform>%n لقطات سجلات</numerusform>
            <numerusform>%n لقطة سجل</numerusform>
            <numerusform>%n لقطة سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author card(s)</source>
        <translation>
            <numerusform>%n بطاقة مؤلف</numerusform>
            <numerusform>%n بطاقة مؤلف</numerusform>
            <numerusform>%n بطاقتا مؤلف</numerusform>
            <numerusform>%n بطاقات مؤلفين</numerusform>
            <numerusform>%n بطاقة مؤلف</numerusform>
            <numerusform>%n بطاقة مؤلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n حدث تدقيق</numerusform>
            <numerusform>%n حدث تدقيق</numerusform>
            <numerusform>%n حدثا تدقيق</numerusform>
            <numerusform>%n أحداث تدقيق</numerusform>
            <numerusform>%n حدث تدقيق</numerusform>
            <numerusform>%n حدث تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation notice(s)</source>
        <translation>
            <numerusform>%n إشعار إبطال</numerusform>
            <numerusform>%n إشعار إبطال</numerusform>
            <numerusform>%n إشعارا إبطال</numerusform>
            <numerusform>%n إشعارات إبطال</numerusform>
            <numerusform>%n إشعار إبطال</numerusform>
            <numerusform>%n إشعار إبطال</numerusform>
        </translation>
    </message>
    <message>
        <source>damage report of {date} on {number}</source>
        <extracomment>How many records of one kind of change are named before &quot;and N more&quot;; deletions are all named, however many: a deletion must never pass unseen.</extracomment>
        <translation>تقرير أضرار بتاريخ {date} عن {number}</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number} «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} وواحدة أخرى</numerusform>
            <numerusform>{names} واثنتان أخريان</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
            <numerusform>{names} و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes:</source>
        <translation>يحذف:</translation>
    </message>
    <message>
        <source>You deleted, they edited:</source>
        <translation>حُذف هنا وعدّله المرسِل:</translation>
    </message>
    <message>
        <source>Edited here and by the sender (you choose):</source>
        <translation>عُدّل هنا وعدّله المرسِل أيضًا (الاختيار لك):</translation>
    </message>
    <message>
        <source>New here:</source>
        <translation>جديد هنا:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>يعدّل:</translation>
    </message>
    <message>
        <source>No object, report, container or place changes: all is here already.</source>
        <translation>لا تتغير أي قطعة أو تقرير أو حاوية أو مكان: كل شيء موجود هنا مسبقًا.</translation>
    </message>
    <message>
        <source>Written by this vault: there is nothing to import.</source>
        <translation>كتبته هذه الخزنة: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>A redacted snapshot is for reading and verifying only: it cannot be merged.</source>
        <translation>اللقطة المنقّحة للقراءة والتحقق فقط: لا يمكن دمجها.</translation>
    </message>
    <message>
        <source>This vault cannot read it: it was not encrypted to this vault.</source>
        <translation>لا تستطيع هذه الخزنة قراءته: لم يُشفَّر لها.</translation>
    </message>
    <message>
        <source>Imported only if you tick the box below: its signer is not trusted yet.</source>
        <translation>لا يُستورد إلا إذا حددت المربع أدناه: موقّعه غير موثوق بعد.</translation>
    </message>
    <message>
        <source>Already imported on {date}: importing it again changes nothing.</source>
        <translation>استُورد سابقًا في {date}: استيراده مجددًا لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>Still missing from this sender&apos;s stream afterwards: bundle(s) {numbers}.</source>
        <translation>ما يزال ناقصًا من تسلسل هذا المرسل بعد ذلك: الحزم {numbers}.</translation>
    </message>
    <message>
        <source>Fork: bundle {other} already holds the same place in this sender&apos;s stream with different content. Ask the sender why.</source>
        <translation>تفرّع: الحزمة {other} تشغل المكان نفسه في تسلسل هذا المرسل بمحتوى مختلف. اسأل المرسل عن السبب.</translation>
    </message>
    <message>
        <source>Unknown (not in your trust store)</source>
        <translation>غير معروف (ليس في مخزن الثقة لديك)</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}، {role}</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>وقّعه:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>بصمة الموقّع</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>الثقة:</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <source>The file could not be read as a bundle.</source>
        <translation>تعذّرت قراءة الملف بوصفه حزمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size} checked.</source>
        <translation>
            <numerusform>الملفات: %n، فُحص {size}.</numerusform>
            <numerusform>الملفات: %n، فُحص {size}.</numerusform>
            <numerusform>الملفات: %n، فُحص {size}.</numerusform>
            <numerusform>الملفات: %n، فُحص {size}.</numerusform>
            <numerusform>الملفات: %n، فُحص {size}.</numerusform>
            <numerusform>الملفات: %n، فُحص {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>المفحوص:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>التسلسل:</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>الاستيراد:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>المشكلة:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Trust this sender…</source>
        <translation>&amp;الثقة بهذا المرسل…</translation>
    </message>
    <message>
        <source>Trust the sender of {file}</source>
        <translation>الثقة بمرسل {file}</translation>
    </message>
    <message>
        <source>Save verification &amp;certificate as PDF…</source>
        <translation>حفظ &amp;شهادة التحقق بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the verification certificate of {file} as PDF</source>
        <translation>حفظ شهادة التحقق من {file} بصيغة PDF</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Objects</source>
        <translation>القطع</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>تقارير الأضرار</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation>الحزم والمزامنة</translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation>الأشخاص والمفاتيح</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>إعدادات الخزنة</translation>
    </message>
</context>
</TS>
