<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>archive</name>
    <message>
        <source>bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>في الحجر</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدموجة</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متجاوزة</translation>
    </message>
    <message>
        <source>object</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>تقرير الأضرار</translation>
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
        <source>duplicate_decision</source>
        <translation>قرار بشأن التكرار</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُتوقع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُتوقع وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>عدد الوسائط المتوقعة: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>عدد الوسائط المتوقعة: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع الوسيط %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s كلًّا من %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيط الصريح %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{label}: {percent}%</source>
        <translation>{label}: {percent}٪</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>an internal error stopped this command (report id {report_id}). Please send the report id and the log file to your support contact.</source>
        <translation>أوقف خطأ داخلي هذا الأمر (رقم التقرير {report_id}). أرسل رقم التقرير وملف السجل إلى جهة الدعم لديك.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>ملف السجل: {path}</translation>
    </message>
    <message>
        <source>--plain and --to do not go together: a plain bundle is for anyone.</source>
        <translation>لا يجتمع --plain و--to: الحزمة غير المشفَّرة للجميع.</translation>
    </message>
    <message>
        <source>Redacted export: locations, coordinates, sites and photo GPS are removed. Free-text fields (descriptions, notes…) are NOT scrubbed: check them for places.</source>
        <translation>تصدير منقَّح: أُزيلت الأماكن والإحداثيات والمواقع وGPS الصور. لم تُنقَّ الحقول النصية الحرة (الأوصاف والملاحظات…): تحقق منها بحثًا عن أسماء الأماكن.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>تنبيه: {text}</translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients; no bundle was written.</source>
        <translation>لا جديد لإرساله إلى هؤلاء المستلمين؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>لا مراجعات</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {size}, {records}, {photos}, sequence {n}.</source>
        <translation>كُتب {file}: {size}، {records}، {photos}، التسلسل {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted to: {who} and yourself.</source>
        <translation>مشفّر إلى: {who} وإليك.</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>لا أحد غيرك</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone with the file can read it.</source>
        <translation>غير مشفّر: يستطيع أي شخص لديه الملف قراءته.</translation>
    </message>
    <message>
        <source>{file}: NOT imported. {reason}</source>
        <translation>{file}: لم يُستورد. {reason}</translation>
    </message>
    <message>
        <source>{file}: {revisions}, {duplicates} already here, {photos}, {conflicts}.</source>
        <translation>{file}: {revisions}، {duplicates} موجودة مسبقًا، {photos}، {conflicts}.</translation>
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
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>لا سجلات في تعارض</numerusform>
            <numerusform>سجل واحد في تعارض</numerusform>
            <numerusform>سجلان في تعارض</numerusform>
            <numerusform>%n سجلات في تعارض</numerusform>
            <numerusform>%n سجلًا في تعارض</numerusform>
            <numerusform>%n سجل في تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled while importing {file}: nothing from it or the files after it was kept. Imported completely before it: %n bundle(s).</source>
        <translation>
            <numerusform>أُلغي أثناء استيراد {file}: لم يُحفظ شيء منه ولا من الملفات التي تليه. استُورد بالكامل قبله: لا حزم.</numerusform>
            <numerusform>أُلغي أثناء استيراد {file}: لم يُحفظ شيء منه ولا من الملفات التي تليه. استُوردت بالكامل قبله: حزمة واحدة.</numerusform>
            <numerusform>أُلغي أثناء استيراد {file}: لم يُحفظ شيء منه ولا من الملفات التي تليه. استُوردت بالكامل قبله: حزمتان.</numerusform>
            <numerusform>أُلغي أثناء استيراد {file}: لم يُحفظ شيء منه ولا من الملفات التي تليه. استُوردت بالكامل قبله: %n حزم.</numerusform>
            <numerusform>أُلغي أثناء استيراد {file}: لم يُحفظ شيء منه ولا من الملفات التي تليه. استُوردت بالكامل قبله: %n حزمة.</numerusform>
            <numerusform>أُلغي أثناء استيراد {file}: لم يُحفظ شيء منه ولا من الملفات التي تليه. استُوردت بالكامل قبله: %n حزمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (not verified)</source>
        <translation>{name} (غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>damage report of {date} on {number}</source>
        <translation>تقرير أضرار بتاريخ {date} عن {number}</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number} «{title}»</translation>
    </message>
    <message>
        <source>{record} that you deleted was kept by {person}: it is back.</source>
        <translation>{record}: كنت قد حذفته، لكن نسخة {person} أُبقيت، فعاد السجل.</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>موقّع غير معروف</translation>
    </message>
    <message>
        <source>{file}: VALID, signed by {who} ({fingerprint}), trusted.</source>
        <translation>{file}: صالح، موقّع من {who} ({fingerprint})، موثوق.</translation>
    </message>
    <message>
        <source>{file}: INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer&apos;s key is not known here ({fingerprint}).</source>
        <translation>{file}: سليمة، ولم يُفحص التوقيع: كاملة ولم تتغير، لكن مفتاح الموقّع غير معروف هنا ({fingerprint}).</translation>
    </message>
    <message>
        <source>{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). Compare the fingerprint with the sender before trusting it.</source>
        <translation>{file}: سليم، لكنه موقّع بمفتاح غير موثوق أو غير معروف ({fingerprint}). قارن البصمة مع المرسل قبل الوثوق به.</translation>
    </message>
    <message>
        <source>{file}: NOT VERIFIED: it was made by a newer FieldKit; update FieldKit.</source>
        <translation>{file}: لم يُتحقَّق منه: أنشأه إصدار أحدث من FieldKit؛ حدّث FieldKit.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}: غير صالح.</translation>
    </message>
    <message>
        <source>  Its own card says it is from {who}.</source>
        <translation>  تقول بطاقة الحزمة نفسها إنها من {who}.</translation>
    </message>
    <message>
        <source>problem: {text}</source>
        <translation>مشكلة: {text}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>ملاحظة: {text}</translation>
    </message>
    <message>
        <source>files checked: {files}, bytes: {size}</source>
        <translation>الملفات المفحوصة: {files}، البايتات: {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(ليس في هذه الخزنة)</translation>
    </message>
    <message>
        <source>Added location {code}.</source>
        <translation>أُضيف المكان {code}.</translation>
    </message>
    <message>
        <source>Added container {code}.</source>
        <translation>أُضيفت الحاوية {code}.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s).</source>
        <translation>
            <numerusform>لا أماكن.</numerusform>
            <numerusform>مكان واحد.</numerusform>
            <numerusform>مكانان.</numerusform>
            <numerusform>%n أماكن.</numerusform>
            <numerusform>%n مكانًا.</numerusform>
            <numerusform>%n مكان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s).</source>
        <translation>
            <numerusform>لا حاويات.</numerusform>
            <numerusform>حاوية واحدة.</numerusform>
            <numerusform>حاويتان.</numerusform>
            <numerusform>%n حاويات.</numerusform>
            <numerusform>%n حاويةً.</numerusform>
            <numerusform>%n حاوية.</numerusform>
        </translation>
    </message>
    <message>
        <source>--dry-run goes with `fieldkit move receive`.</source>
        <translation>يُستخدم --dry-run مع `fieldkit move receive`.</translation>
    </message>
    <message>
        <source>Give the movement: fieldkit move {action} MOVEMENT.</source>
        <translation>حدّد عملية النقل: fieldkit move {action} MOVEMENT.</translation>
    </message>
    <message>
        <source>fieldkit move show takes one movement.</source>
        <translation>يقبل الأمر fieldkit move show عملية نقل واحدة.</translation>
    </message>
    <message>
        <source>fieldkit move cancel takes one movement.</source>
        <translation>يأخذ fieldkit move cancel عملية نقل واحدة فقط.</translation>
    </message>
    <message>
        <source>Say where the items go: --to LOCATION or --to CONTAINER.</source>
        <translation>حدّد وجهة العناصر: --to LOCATION أو --to CONTAINER.</translation>
    </message>
    <message numerus="yes">
        <source>Planned the movement of %n item(s).</source>
        <translation>
            <numerusform>خُطِّط لنقل %n عنصر.</numerusform>
            <numerusform>خُطِّط لنقل عنصر واحد.</numerusform>
            <numerusform>خُطِّط لنقل عنصرين.</numerusform>
            <numerusform>خُطِّط لنقل %n عناصر.</numerusform>
            <numerusform>خُطِّط لنقل %n عنصرًا.</numerusform>
            <numerusform>خُطِّط لنقل %n عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) departed ({with_contents} with the contents of containers); in transit until received.</source>
        <translation>
            <numerusform>غادر %n عنصر ({with_contents} مع محتويات الحاويات)؛ قيد النقل حتى الاستلام.</numerusform>
            <numerusform>غادر عنصر واحد ({with_contents} مع محتويات الحاويات)؛ قيد النقل حتى الاستلام.</numerusform>
            <numerusform>غادر عنصران ({with_contents} مع محتويات الحاويات)؛ قيد النقل حتى الاستلام.</numerusform>
            <numerusform>غادرت %n عناصر ({with_contents} مع محتويات الحاويات)؛ قيد النقل حتى الاستلام.</numerusform>
            <numerusform>غادر %n عنصرًا ({with_contents} مع محتويات الحاويات)؛ قيد النقل حتى الاستلام.</numerusform>
            <numerusform>غادر %n عنصر ({with_contents} مع محتويات الحاويات)؛ قيد النقل حتى الاستلام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n item(s) into {container}.</source>
        <translation>
            <numerusform>عُبّئ %n عنصر في {container}.</numerusform>
            <numerusform>عُبّئ عنصر واحد في {container}.</numerusform>
            <numerusform>عُبّئ عنصران في {container}.</numerusform>
            <numerusform>عُبّئت %n عناصر في {container}.</numerusform>
            <numerusform>عُبّئ %n عنصرًا في {container}.</numerusform>
            <numerusform>عُبّئ %n عنصر في {container}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n of them recorded destroyed or deleted ({items}); check their status.</source>
        <translation>
            <numerusform>ملاحظة: لا شيء منها مسجَّل مدمَّرًا أو محذوفًا ({items}).</numerusform>
            <numerusform>ملاحظة: واحد منها مسجَّل مدمَّرًا أو محذوفًا ({items})؛ تحقّق من حالته.</numerusform>
            <numerusform>ملاحظة: اثنان منها مسجَّلان مدمَّرَين أو محذوفَين ({items})؛ تحقّق من حالتهما.</numerusform>
            <numerusform>ملاحظة: %n منها مسجَّلة مدمَّرة أو محذوفة ({items})؛ تحقّق من حالتها.</numerusform>
            <numerusform>ملاحظة: %n عنصرًا منها مسجَّلة مدمَّرة أو محذوفة ({items})؛ تحقّق من حالتها.</numerusform>
            <numerusform>ملاحظة: %n عنصر منها مسجَّلة مدمَّرة أو محذوفة ({items})؛ تحقّق من حالتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give what arrived (ITEM... as codes, inventory numbers or ids) or --all.</source>
        <translation>حدّد ما وصل (ITEM... رموزًا أو أرقام جرد أو معرّفات) أو --all.</translation>
    </message>
    <message>
        <source>recorded missing, now received: {item}</source>
        <translation>كان مسجَّلًا مفقودًا، والآن مستلَم: {item}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>تشغيل تجريبي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>expected {expected}, received {received}, missing {missing}, extra {extra}</source>
        <translation>المتوقع {expected}، المستلم {received}، المفقود {missing}، الزائد {extra}</translation>
    </message>
    <message>
        <source>missing: {item}</source>
        <translation>مفقود: {item}</translation>
    </message>
    <message>
        <source>extra: {item}</source>
        <translation>زائد: {item}</translation>
    </message>
    <message>
        <source>not in its container: {item}</source>
        <translation>ليس في حاويته: {item}</translation>
    </message>
    <message>
        <source>{item}: back at {place}</source>
        <translation>{item}: عاد إلى {place}</translation>
    </message>
    <message>
        <source>{item}: no place recorded before this departure</source>
        <translation>{item}: لا مكان مسجَّل قبل هذا الانطلاق</translation>
    </message>
    <message>
        <source>Departure cancelled: the movement is deleted; its history keeps it.</source>
        <translation>أُلغي الانطلاق: حُذفت عملية النقل؛ ويحتفظ بها سجلها التاريخي.</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <translation>الحالة: {state}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>from: {place}</source>
        <translation>من: {place}</translation>
    </message>
    <message>
        <source>to: {place}</source>
        <translation>إلى: {place}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <extracomment>Each language&apos;s name in itself, for the language choice (never translated). Plural forms per language, in Qt Linguist&apos;s order. Thousands separators of numbers in displayed text. Digits stay Western in every language, as in the rest of FieldKit&apos;s messages; French writes « 5 001 » (narrow no-break space), Ukrainian « 5 001 » (no-break space), so a count never breaks across two lines. Decimal separators of numbers in displayed text (&quot;2,4 s&quot; in French and Ukrainian). A stored message&apos;s JSON starts with this key, so a plain English reason stored by an older FieldKit (or typed by a person) is never mistaken for one. What separates the items of a DISPLAYED list, per language: (between items, between items that hold commas themselves). Arabic has its own comma «،» and semicolon «؛»; French puts a no-break space before « ; ». ``--json``, the exports (CSV, LIDO, Linked Art) and stored values are contracts and keep &quot;, &quot; and &quot;; &quot; whatever the language. A &quot;Label: value&quot; line of the command line (``object show``, ``move show``, …). French puts a no-break space before the colon (« Statut : Évacué »), as its catalog says once for all.</extracomment>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>العناصر:</translation>
    </message>
    <message>
        <source>MISSING: not found at its last reception</source>
        <translation>مفقودة: لم توجد عند آخر استلام لها</translation>
    </message>
    <message>
        <source>in transit to {place}</source>
        <translation>قيد النقل إلى {place}</translation>
    </message>
    <message>
        <source>location: not recorded</source>
        <translation>المكان: غير مسجّل</translation>
    </message>
    <message>
        <source>location: {place}</source>
        <translation>المكان: {place}</translation>
    </message>
    <message>
        <source>container: {code}</source>
        <translation>الحاوية: {code}</translation>
    </message>
    <message>
        <source>custodian: {name} ({fingerprint})</source>
        <translation>العهدة لدى: {name} ({fingerprint})</translation>
    </message>
    <message numerus="yes">
        <source>contents: %n item(s)</source>
        <translation>
            <numerusform>المحتوى: لا عناصر</numerusform>
            <numerusform>المحتوى: عنصر واحد</numerusform>
            <numerusform>المحتوى: عنصران</numerusform>
            <numerusform>المحتوى: %n عناصر</numerusform>
            <numerusform>المحتوى: %n عنصرًا</numerusform>
            <numerusform>المحتوى: %n عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>movements: %n</source>
        <translation>
            <numerusform>عمليات النقل: لا شيء</numerusform>
            <numerusform>عمليات النقل: %n</numerusform>
            <numerusform>عمليات النقل: %n</numerusform>
            <numerusform>عمليات النقل: %n</numerusform>
            <numerusform>عمليات النقل: %n</numerusform>
            <numerusform>عمليات النقل: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>MISSING at this reception</source>
        <translation>مفقود عند هذا الاستلام</translation>
    </message>
    <message>
        <source>Handover recorded; it waits for the receiver&apos;s acceptance.</source>
        <translation>سُجّل التسليم؛ وهو بانتظار قبول المستلم.</translation>
    </message>
    <message>
        <source>Accepted, signed with your key. Send it back in a bundle to the giver.</source>
        <translation>قُبل ووُقّع بمفتاحك. أعِده في حزمة إلى المُسلِّم.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>WAITING FOR YOU</source>
        <translation>بانتظارك</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>إلى {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s).</source>
        <translation>
            <numerusform>لا تسليمات.</numerusform>
            <numerusform>تسليم واحد.</numerusform>
            <numerusform>تسليمان.</numerusform>
            <numerusform>%n تسليمات.</numerusform>
            <numerusform>%n تسليمًا.</numerusform>
            <numerusform>%n تسليم.</numerusform>
        </translation>
    </message>
    <message>
        <source>{decision}: {b} is the same object as {a}</source>
        <translation>{decision}: {b} هي القطعة نفسها {a}</translation>
    </message>
    <message>
        <source>{decision}: {a} and {b} are not the same object</source>
        <translation>{decision}: {a} و{b} ليستا القطعة نفسها</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(أُلغي)</translation>
    </message>
    <message>
        <source>(superseded by another decision)</source>
        <translation>(حلّ محله قرار آخر)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>لا قرارات (%n).</numerusform>
            <numerusform>قرار واحد (%n).</numerusform>
            <numerusform>قراران (%n).</numerusform>
            <numerusform>%n قرارات.</numerusform>
            <numerusform>%n قرارًا.</numerusform>
            <numerusform>%n قرار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing the archive up to this version of FieldKit (once): every record&apos;s search is filled again, so numbers and photo captions are found as on a laptop.</source>
        <translation>تحديث الأرشيف لهذا الإصدار من FieldKit (مرة واحدة): يُعاد ملء بيانات البحث لكل سجل، ليُعثر على الأرقام وتعليقات الصور كما على الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>To decide, open a coordinator&apos;s vault holding both records: fieldkit duplicates decide ID1 ID2 --same|--not-same. The decision reaches the archive in that vault&apos;s next bundle.</source>
        <translation>لاتخاذ القرار، افتح خزنة منسق تحتوي على السجلين كليهما: fieldkit duplicates decide ID1 ID2 --same|--not-same. يصل القرار إلى الأرشيف في الحزمة التالية من تلك الخزنة.</translation>
    </message>
    <message>
        <source>Archive schema ready (version {version}).</source>
        <translation>مخطط الأرشيف جاهز (الإصدار {version}).</translation>
    </message>
    <message>
        <source>Versioning: on.</source>
        <translation>إدارة الإصدارات: مفعّلة.</translation>
    </message>
    <message>
        <source>Versioning: OFF.</source>
        <translation>إدارة الإصدارات: معطّلة.</translation>
    </message>
    <message>
        <source>Object lock: {mode} mode.</source>
        <translation>قفل الكائنات (Object Lock): الوضع {mode}.</translation>
    </message>
    <message>
        <source>Object lock: OFF.</source>
        <translation>قفل الكائنات (Object Lock): معطّل.</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>تحذير: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known, {failed} not stored.</source>
        <translation>
            <numerusform>لم توضع أي حزمة في قائمة الانتظار (%n)، {held} في الحجر، {known} معروفة مسبقًا، {failed} لم تُخزَّن.</numerusform>
            <numerusform>وُضعت حزمة واحدة في قائمة الانتظار (%n)، {held} في الحجر، {known} معروفة مسبقًا، {failed} لم تُخزَّن.</numerusform>
            <numerusform>وُضعت حزمتان في قائمة الانتظار (%n)، {held} في الحجر، {known} معروفة مسبقًا، {failed} لم تُخزَّن.</numerusform>
            <numerusform>وُضعت %n حزم في قائمة الانتظار، {held} في الحجر، {known} معروفة مسبقًا، {failed} لم تُخزَّن.</numerusform>
            <numerusform>وُضعت %n حزمة في قائمة الانتظار، {held} في الحجر، {known} معروفة مسبقًا، {failed} لم تُخزَّن.</numerusform>
            <numerusform>وُضعت %n حزمة في قائمة الانتظار، {held} في الحجر، {known} معروفة مسبقًا، {failed} لم تُخزَّن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known.</source>
        <translation>
            <numerusform>لم توضع أي حزمة في قائمة الانتظار (%n)، {held} في الحجر، {known} معروفة مسبقًا.</numerusform>
            <numerusform>وُضعت حزمة واحدة في قائمة الانتظار (%n)، {held} في الحجر، {known} معروفة مسبقًا.</numerusform>
            <numerusform>وُضعت حزمتان في قائمة الانتظار (%n)، {held} في الحجر، {known} معروفة مسبقًا.</numerusform>
            <numerusform>وُضعت %n حزم في قائمة الانتظار، {held} في الحجر، {known} معروفة مسبقًا.</numerusform>
            <numerusform>وُضعت %n حزمة في قائمة الانتظار، {held} في الحجر، {known} معروفة مسبقًا.</numerusform>
            <numerusform>وُضعت %n حزمة في قائمة الانتظار، {held} في الحجر، {known} معروفة مسبقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once you have checked a sender&apos;s fingerprint and trusted their card for every worker host (fieldkit archive trust add CARD.fkid --verified), run `fieldkit archive requeue` to merge their quarantined bundles.</source>
        <translation>بعد التحقق من بصمة المرسل ومنح الثقة لبطاقته لكل خادم معالجة للأرشيف (fieldkit archive trust add CARD.fkid --verified)، شغّل `fieldkit archive requeue` لدمج حزمه الموجودة في الحجر.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued again; {kept} still quarantined.</source>
        <translation>
            <numerusform>لم تُعَد أي حزمة إلى قائمة الانتظار (%n)؛ {kept} لا تزال في الحجر.</numerusform>
            <numerusform>أُعيدت حزمة واحدة إلى قائمة الانتظار (%n)؛ {kept} لا تزال في الحجر.</numerusform>
            <numerusform>أُعيدت حزمتان إلى قائمة الانتظار (%n)؛ {kept} لا تزال في الحجر.</numerusform>
            <numerusform>أُعيدت %n حزم إلى قائمة الانتظار؛ {kept} لا تزال في الحجر.</numerusform>
            <numerusform>أُعيدت %n حزمة إلى قائمة الانتظار؛ {kept} لا تزال في الحجر.</numerusform>
            <numerusform>أُعيدت %n حزمة إلى قائمة الانتظار؛ {kept} لا تزال في الحجر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted {name} as {role} on every worker host of the archive (each applies it before its next bundle).</source>
        <translation>مُنحت الثقة لـ {name} بدور «{role}» على كل خادم معالجة للأرشيف (يطبّقها كل خادم قبل حزمته التالية).</translation>
    </message>
    <message>
        <source>Revoked {name} ({fingerprint}) on every worker host of the archive: bundles signed by this key after the last one merged are quarantined.</source>
        <translation>أُبطل {name} ({fingerprint}) على كل خادم معالجة للأرشيف: الحزم الموقَّعة بهذا المفتاح بعد آخر حزمة مدموجة توضع في الحجر.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>مُتحقَّق منها</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>غير مُتحقَّق منها</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) trusted for every worker host.</source>
        <translation>
            <numerusform>لا توجد بطاقات موثوقة لكل خادم معالجة.</numerusform>
            <numerusform>بطاقة واحدة موثوقة لكل خادم معالجة.</numerusform>
            <numerusform>بطاقتان موثوقتان لكل خادم معالجة.</numerusform>
            <numerusform>%n بطاقات موثوقة لكل خادم معالجة.</numerusform>
            <numerusform>%n بطاقة موثوقة لكل خادم معالجة.</numerusform>
            <numerusform>%n بطاقة موثوقة لكل خادم معالجة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked for every worker host.</source>
        <translation>
            <numerusform>لا توجد مفاتيح مُبطَلة لكل خادم معالجة.</numerusform>
            <numerusform>مفتاح واحد مُبطَل لكل خادم معالجة.</numerusform>
            <numerusform>مفتاحان مُبطَلان لكل خادم معالجة.</numerusform>
            <numerusform>%n مفاتيح مُبطَلة لكل خادم معالجة.</numerusform>
            <numerusform>%n مفتاحًا مُبطَلًا لكل خادم معالجة.</numerusform>
            <numerusform>%n مفتاح مُبطَل لكل خادم معالجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {bundle}: {state}: {reason}</source>
        <translation>الحزمة {bundle}: {state}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run.</source>
        <translation>
            <numerusform>لم تُنفَّذ أي مهمة (%n).</numerusform>
            <numerusform>نُفِّذت مهمة واحدة (%n).</numerusform>
            <numerusform>نُفِّذت مهمتان (%n).</numerusform>
            <numerusform>نُفِّذت %n مهام.</numerusform>
            <numerusform>نُفِّذت %n مهمة.</numerusform>
            <numerusform>نُفِّذت %n مهمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>quarantined {bundle}: {reason}</source>
        <translation>في الحجر {bundle}: {reason}</translation>
    </message>
    <message>
        <source>failed {bundle}: {reason} (fieldkit archive requeue retries it)</source>
        <translation>فاشلة {bundle}: {reason} (يعيد الأمر ‎fieldkit archive requeue‏ محاولتها)</translation>
    </message>
    <message>
        <source>refused {object} ({size} bytes): {reason}</source>
        <translation>مرفوض {object} ({size} بايت): {reason}</translation>
    </message>
    <message>
        <source>Key {key} revoked by {issuer}&apos;s notice.</source>
        <translation>المفتاح {key} أُبطل بإشعار من {issuer}.</translation>
    </message>
    <message>
        <source>Revision {revision} of {record} is dated more than a day ahead of the archive&apos;s clock.</source>
        <translation>المراجعة {revision} من {record} مؤرخة بأكثر من يوم قبل ساعة الأرشيف.</translation>
    </message>
    <message>
        <source>(in conflict)</source>
        <translation>(في تعارض)</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of more than %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>أُدرجت أول {shown} من أكثر من %n سجل عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من أكثر من %n سجل عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من أكثر من %n سجل عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من أكثر من %n سجلات عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من أكثر من %n سجلًا عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من أكثر من %n سجل عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>أُدرجت أول {shown} من السجلات التي عُثر عليها (%n)؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من السجلات التي عُثر عليها (%n)؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من السجلات التي عُثر عليها (%n)؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من %n سجلات عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من %n سجلًا عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
            <numerusform>أُدرجت أول {shown} من %n سجل عُثر عليها؛ ‎--limit N‏ يُدرج المزيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي سجل (%n).</numerusform>
            <numerusform>عُثر على سجل واحد (%n).</numerusform>
            <numerusform>عُثر على سجلين (%n).</numerusform>
            <numerusform>عُثر على %n سجلات.</numerusform>
            <numerusform>عُثر على %n سجلًا.</numerusform>
            <numerusform>عُثر على %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>لا تكرارات محتملة (%n).</numerusform>
            <numerusform>تكرار محتمل واحد (%n).</numerusform>
            <numerusform>تكراران محتملان (%n).</numerusform>
            <numerusform>%n تكرارات محتملة.</numerusform>
            <numerusform>%n تكرارًا محتملًا.</numerusform>
            <numerusform>%n تكرار محتمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked.</source>
        <translation>
            <numerusform>لم تُفحص أي حزمة (%n).</numerusform>
            <numerusform>فُحصت حزمة واحدة (%n).</numerusform>
            <numerusform>فُحصت حزمتان (%n).</numerusform>
            <numerusform>فُحصت %n حزم.</numerusform>
            <numerusform>فُحصت %n حزمة.</numerusform>
            <numerusform>فُحصت %n حزمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked.</source>
        <translation>
            <numerusform>لم تُفحص أي صورة (%n).</numerusform>
            <numerusform>فُحصت صورة واحدة (%n).</numerusform>
            <numerusform>فُحصت صورتان (%n).</numerusform>
            <numerusform>فُحصت %n صور.</numerusform>
            <numerusform>فُحصت %n صورة.</numerusform>
            <numerusform>فُحصت %n صورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>لا مشكلات (%n).</numerusform>
            <numerusform>مشكلة واحدة (%n).</numerusform>
            <numerusform>مشكلتان (%n).</numerusform>
            <numerusform>%n مشكلات.</numerusform>
            <numerusform>%n مشكلة.</numerusform>
            <numerusform>%n مشكلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) given their retention now.</source>
        <translation>
            <numerusform>مُنحت %n حزمة مدة احتفاظها الآن.</numerusform>
            <numerusform>مُنحت حزمة واحدة (%n) مدة احتفاظها الآن.</numerusform>
            <numerusform>مُنحت حزمتان (%n) مدة احتفاظهما الآن.</numerusform>
            <numerusform>مُنحت %n حزم مدة احتفاظها الآن.</numerusform>
            <numerusform>مُنحت %n حزمة مدة احتفاظها الآن.</numerusform>
            <numerusform>مُنحت %n حزمة مدة احتفاظها الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention (object lock): nothing in the storage prevents their deletion. `fieldkit archive verify --retain` gives them their retention.</source>
        <translation>
            <numerusform>%n حزمة مدمجة مخزّنة دون مدة احتفاظ (قفل الكائنات): لا شيء في التخزين يمنع حذفها. الأمر ‎`fieldkit archive verify --retain`‏ يمنحها مدة احتفاظها.</numerusform>
            <numerusform>حزمة مدمجة واحدة (%n) مخزّنة دون مدة احتفاظ (قفل الكائنات): لا شيء في التخزين يمنع حذفها. الأمر ‎`fieldkit archive verify --retain`‏ يمنحها مدة احتفاظها.</numerusform>
            <numerusform>حزمتان مدمجتان (%n) مخزّنتان دون مدة احتفاظ (قفل الكائنات): لا شيء في التخزين يمنع حذفهما. الأمر ‎`fieldkit archive verify --retain`‏ يمنحهما مدة احتفاظهما.</numerusform>
            <numerusform>%n حزم مدمجة مخزّنة دون مدة احتفاظ (قفل الكائنات): لا شيء في التخزين يمنع حذفها. الأمر ‎`fieldkit archive verify --retain`‏ يمنحها مدة احتفاظها.</numerusform>
            <numerusform>%n حزمة مدمجة مخزّنة دون مدة احتفاظ (قفل الكائنات): لا شيء في التخزين يمنع حذفها. الأمر ‎`fieldkit archive verify --retain`‏ يمنحها مدة احتفاظها.</numerusform>
            <numerusform>%n حزمة مدمجة مخزّنة دون مدة احتفاظ (قفل الكائنات): لا شيء في التخزين يمنع حذفها. الأمر ‎`fieldkit archive verify --retain`‏ يمنحها مدة احتفاظها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention, because the bucket has no object lock or the retention is 0 days: nothing in the storage prevents their deletion.</source>
        <translation>
            <numerusform>%n حزمة مدمجة مخزّنة دون مدة احتفاظ، لأن مستودع S3 بلا قفل للكائنات أو لأن مدة الاحتفاظ 0 يوم: لا شيء في التخزين يمنع حذفها.</numerusform>
            <numerusform>حزمة مدمجة واحدة (%n) مخزّنة دون مدة احتفاظ، لأن مستودع S3 بلا قفل للكائنات أو لأن مدة الاحتفاظ 0 يوم: لا شيء في التخزين يمنع حذفها.</numerusform>
            <numerusform>حزمتان مدمجتان (%n) مخزّنتان دون مدة احتفاظ، لأن مستودع S3 بلا قفل للكائنات أو لأن مدة الاحتفاظ 0 يوم: لا شيء في التخزين يمنع حذفهما.</numerusform>
            <numerusform>%n حزم مدمجة مخزّنة دون مدة احتفاظ، لأن مستودع S3 بلا قفل للكائنات أو لأن مدة الاحتفاظ 0 يوم: لا شيء في التخزين يمنع حذفها.</numerusform>
            <numerusform>%n حزمة مدمجة مخزّنة دون مدة احتفاظ، لأن مستودع S3 بلا قفل للكائنات أو لأن مدة الاحتفاظ 0 يوم: لا شيء في التخزين يمنع حذفها.</numerusform>
            <numerusform>%n حزمة مدمجة مخزّنة دون مدة احتفاظ، لأن مستودع S3 بلا قفل للكائنات أو لأن مدة الاحتفاظ 0 يوم: لا شيء في التخزين يمنع حذفها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--json lists them all).</source>
        <translation>
            <numerusform>… و%n حزمة أخرى (‎--json‏ يُدرجها كلها).</numerusform>
            <numerusform>… وحزمة أخرى (%n) (‎--json‏ يُدرجها كلها).</numerusform>
            <numerusform>… وحزمتان أخريان (%n) (‎--json‏ يُدرجها كلها).</numerusform>
            <numerusform>… و%n حزم أخرى (‎--json‏ يُدرجها كلها).</numerusform>
            <numerusform>… و%n حزمة أخرى (‎--json‏ يُدرجها كلها).</numerusform>
            <numerusform>… و%n حزمة أخرى (‎--json‏ يُدرجها كلها).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Index emptied; %n bundle(s) queued again. Merging…</source>
        <translation>
            <numerusform>أُفرغ الفهرس؛ لم تُعَد أي حزمة إلى قائمة الانتظار (%n). جارٍ الدمج…</numerusform>
            <numerusform>أُفرغ الفهرس؛ أُعيدت حزمة واحدة إلى قائمة الانتظار (%n). جارٍ الدمج…</numerusform>
            <numerusform>أُفرغ الفهرس؛ أُعيدت حزمتان إلى قائمة الانتظار (%n). جارٍ الدمج…</numerusform>
            <numerusform>أُفرغ الفهرس؛ أُعيدت %n حزم إلى قائمة الانتظار. جارٍ الدمج…</numerusform>
            <numerusform>أُفرغ الفهرس؛ أُعيدت %n حزمة إلى قائمة الانتظار. جارٍ الدمج…</numerusform>
            <numerusform>أُفرغ الفهرس؛ أُعيدت %n حزمة إلى قائمة الانتظار. جارٍ الدمج…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt: {records} records, {revisions} revisions.</source>
        <translation>أُعيد البناء: {records} سجل، {revisions} مراجعة.</translation>
    </message>
    <message>
        <source>Merged {b} into {a}: both now name {a}.</source>
        <translation>دُمجت {b} في {a}: كلاهما يشير الآن إلى {a}.</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are not the same object.</source>
        <translation>سُجّل: {a} و{b} ليستا القطعة نفسها.</translation>
    </message>
    <message>
        <source>Decision {id} (undo: fieldkit duplicates undo {id}).</source>
        <translation>القرار {id} (للإلغاء: fieldkit duplicates undo {id}).</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are two records again.</source>
        <translation>أُلغي: {a} و{b} سجلان منفصلان من جديد.</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} may be suggested again.</source>
        <translation>أُلغي: قد تُقترح {a} و{b} من جديد.</translation>
    </message>
    <message>
        <source>Give the fields with --json FILE (or --json - to read standard input).</source>
        <translation>حدد الحقول بـ --json FILE (أو --json - للقراءة من الإدخال القياسي).</translation>
    </message>
    <message>
        <source>Added object {label}.</source>
        <translation>أُضيفت القطعة {label}.</translation>
    </message>
    <message>
        <source>Saved object {label}.</source>
        <translation>حُفظت القطعة {label}.</translation>
    </message>
    <message>
        <source>Restored object {label}.</source>
        <translation>استُعيدت القطعة {label}.</translation>
    </message>
    <message>
        <source>Added damage report {label}.</source>
        <translation>أُضيف تقرير الأضرار {label}.</translation>
    </message>
    <message>
        <source>Saved damage report {label}.</source>
        <translation>حُفظ تقرير الأضرار {label}.</translation>
    </message>
    <message>
        <source>Restored damage report {label}.</source>
        <translation>استُعيد تقرير الأضرار {label}.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n objects now share this inventory number.</source>
        <translation>
            <numerusform>تنبيه: لا قطع تشترك الآن في رقم الجرد هذا (%n).</numerusform>
            <numerusform>تنبيه: قطعة واحدة (%n) تحمل الآن رقم الجرد هذا.</numerusform>
            <numerusform>تنبيه: قطعتان (%n) تشتركان الآن في رقم الجرد هذا.</numerusform>
            <numerusform>تنبيه: %n قطع تشترك الآن في رقم الجرد هذا.</numerusform>
            <numerusform>تنبيه: %n قطعة تشترك الآن في رقم الجرد هذا.</numerusform>
            <numerusform>تنبيه: %n قطعة تشترك الآن في رقم الجرد هذا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted; its history is kept.</source>
        <translation>حُذف؛ ويُحتفظ بسجله التاريخي.</translation>
    </message>
    <message>
        <source>{merged} is an object of its own again: its merge into {id} was undone.</source>
        <translation>عاد {merged} قطعةً مستقلة: أُلغي دمجه في {id}.</translation>
    </message>
    <message>
        <source>{merged} was merged into {id}: they are the same object.</source>
        <translation>دُمج {merged} في {id}: إنهما القطعة نفسها.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>(in conflict: see `fieldkit conflicts show`)</source>
        <translation>(في تعارض: انظر `fieldkit conflicts show`)</translation>
    </message>
    <message>
        <source>{shown} (as documented: {documented})</source>
        <translation>{shown} (كما وُثِّق: {documented})</translation>
    </message>
    <message>
        <source>photo ({role}): {hash}</source>
        <translation>صورة ({role}): {hash}</translation>
    </message>
    <message>
        <source>Object ID missing: {fields}</source>
        <translation>ينقص Object ID: {fields}</translation>
    </message>
    <message>
        <source>Object ID: complete</source>
        <translation>Object ID: مكتمل</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>السجل التاريخي (الأقدم أولًا):</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>توقيع غير صالح</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>موقَّعة</translation>
    </message>
    <message>
        <source>unverified author</source>
        <translation>كاتب لم يُتحقق منه</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>عُدّلت</translation>
    </message>
    <message>
        <source>(history incomplete: an earlier version has not arrived yet)</source>
        <translation>(سجل ناقص: لم تصل نسخة سابقة بعد)</translation>
    </message>
    <message>
        <source>(dated ahead of this computer&apos;s clock)</source>
        <translation>(مؤرَّخة بعد ساعة هذا الحاسوب)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>missing {count}</source>
        <translation>ناقص {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s).</source>
        <translation>
            <numerusform>لا قطع.</numerusform>
            <numerusform>قطعة واحدة.</numerusform>
            <numerusform>قطعتان.</numerusform>
            <numerusform>%n قطع.</numerusform>
            <numerusform>%n قطعة.</numerusform>
            <numerusform>%n قطعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s).</source>
        <translation>
            <numerusform>لا تقارير أضرار.</numerusform>
            <numerusform>تقرير أضرار واحد.</numerusform>
            <numerusform>تقريرا أضرار.</numerusform>
            <numerusform>%n تقارير أضرار.</numerusform>
            <numerusform>%n تقريرًا عن الأضرار.</numerusform>
            <numerusform>%n تقرير أضرار.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop app is not part of this FieldKit version yet; use the commands listed by `fieldkit --help`.</source>
        <translation>تطبيق سطح المكتب ليس جزءًا من هذا الإصدار من FieldKit بعد؛ استخدم الأوامر التي يعرضها `fieldkit --help`.</translation>
    </message>
    <message>
        <source>not a whole number: {value}</source>
        <translation>ليس عددًا صحيحًا: {value}</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>يجب أن يكون 1 على الأقل</translation>
    </message>
    <message>
        <source>--verify checks the whole log; --limit and --action only apply to listing.</source>
        <translation>يتحقق --verify من السجل كله؛ ولا يُطبَّق --limit و--action إلا على العرض.</translation>
    </message>
    <message>
        <source>No audit events.</source>
        <translation>لا أحداث تدقيق.</translation>
    </message>
    <message>
        <source>No {action} events.</source>
        <translation>لا أحداث {action}.</translation>
    </message>
    <message>
        <source>Audit log intact: {count} events, head {head}.</source>
        <translation>سجل التدقيق سليم: عدد الأحداث {count}، الرأس {head}.</translation>
    </message>
    <message>
        <source>The audit log is NOT intact (problems: {count}): it was altered outside FieldKit. Keep this vault as evidence and compare it with a backup.</source>
        <translation>سجل التدقيق ليس سليمًا (عدد المشكلات: {count}): عُدّل خارج FieldKit. احتفظ بهذه الخزنة دليلًا وقارنها بنسخة احتياطية.</translation>
    </message>
    <message>
        <source>needs a person ({reason})</source>
        <translation>يحتاج إلى شخص ({reason})</translation>
    </message>
    <message>
        <source>disputed: {fields}</source>
        <translation>متنازع عليها: {fields}</translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation>يندمج دون تعارض</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>لا نسخ</numerusform>
            <numerusform>نسخة واحدة</numerusform>
            <numerusform>نسختان</numerusform>
            <numerusform>%n نسخ</numerusform>
            <numerusform>%n نسخة</numerusform>
            <numerusform>%n نسخة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation>
            <numerusform>لا سجلات في تعارض.</numerusform>
            <numerusform>سجل واحد في تعارض.</numerusform>
            <numerusform>سجلان في تعارض.</numerusform>
            <numerusform>%n سجلات في تعارض.</numerusform>
            <numerusform>%n سجلًا في تعارض.</numerusform>
            <numerusform>%n سجل في تعارض.</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>version {revision} by {who}</source>
        <translation>النسخة {revision} من {who}</translation>
    </message>
    <message>
        <source>(winner)</source>
        <translation>(الفائزة)</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Needs a person: {reason}.</source>
        <translation>يحتاج إلى شخص: {reason}.</translation>
    </message>
    <message>
        <source>Resolved: merge revision {revision} written.</source>
        <translation>حُلّ: كُتبت مراجعة الدمج {revision}.</translation>
    </message>
    <message>
        <source>Created the demo vault in {path} (passphrase: {passphrase}).</source>
        <translation>أُنشئت الخزنة التجريبية في {path} (عبارة المرور: {passphrase}).</translation>
    </message>
    <message>
        <source>Opened the demo vault in {path} (passphrase: {passphrase}).</source>
        <translation>فُتحت الخزنة التجريبية في {path} (عبارة المرور: {passphrase}).</translation>
    </message>
    <message>
        <source>Generated {objects} objects ({incomplete} with incomplete Object ID), {damage} damage reports, {sites} site reports and {photos} photos in {seconds} s ({rate} records/s).</source>
        <translation>أُنشئ في {seconds} ث ({rate} سجل/ث): القطع: {objects} (منها بمعرّف Object ID غير مكتمل: {incomplete})، تقارير الأضرار: {damage}، تقارير المواقع: {sites}، الصور: {photos}.</translation>
    </message>
    <message>
        <source>It holds {objects} objects, {damage} damage reports, {sites} site reports and {photos} photos (--objects applies only when the demo vault is created).</source>
        <translation>تحتوي: القطع: {objects}، تقارير الأضرار: {damage}، تقارير المواقع: {sites}، الصور: {photos} (لا يُطبَّق --objects إلا عند إنشاء الخزنة التجريبية).</translation>
    </message>
    <message>
        <source>It holds {objects} objects, {damage} damage reports, {sites} site reports and {photos} photos.</source>
        <translation>تحتوي: القطع: {objects}، تقارير الأضرار: {damage}، تقارير المواقع: {sites}، الصور: {photos}.</translation>
    </message>
    <message>
        <source>Its collection was interrupted while being generated: delete the folder and run `fieldkit demo` again for a complete one.</source>
        <translation>انقطع إنشاء مجموعتها: احذف المجلد وشغّل `fieldkit demo` مرة أخرى لمجموعة كاملة.</translation>
    </message>
    <message>
        <source>The desktop app arrives in a later version; nothing more to open for now.</source>
        <translation>يصل تطبيق سطح المكتب في إصدار لاحق؛ لا شيء آخر لفتحه الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>لا قطع</numerusform>
            <numerusform>قطعة واحدة</numerusform>
            <numerusform>قطعتان</numerusform>
            <numerusform>%n قطع</numerusform>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s)</source>
        <translation>
            <numerusform>لا تقارير أضرار</numerusform>
            <numerusform>تقرير أضرار واحد</numerusform>
            <numerusform>تقريرا أضرار</numerusform>
            <numerusform>%n تقارير أضرار</numerusform>
            <numerusform>%n تقريرًا عن الأضرار</numerusform>
            <numerusform>%n تقرير أضرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in {folder}</source>
        <translation>
            <numerusform>لا صور في {folder}</numerusform>
            <numerusform>صورة واحدة في {folder}</numerusform>
            <numerusform>صورتان في {folder}</numerusform>
            <numerusform>%n صور في {folder}</numerusform>
            <numerusform>%n صورة في {folder}</numerusform>
            <numerusform>%n صورة في {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} ({format}): {parts}.</source>
        <translation>كُتب {file} ({format}): {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge (`fieldkit conflicts list` shows them).</source>
        <translation>
            <numerusform>لا قطع في تعارض (%n).</numerusform>
            <numerusform>قطعة واحدة (%n) في تعارض: صُدّرت بالدمج التلقائي (`fieldkit conflicts list` يعرضها).</numerusform>
            <numerusform>قطعتان (%n) في تعارض: صُدّرتا بالدمج التلقائي (`fieldkit conflicts list` يعرضهما).</numerusform>
            <numerusform>%n قطع في تعارض: صُدّرت بالدمج التلقائي (`fieldkit conflicts list` يعرضها).</numerusform>
            <numerusform>%n قطعة في تعارض: صُدّرت بالدمج التلقائي (`fieldkit conflicts list` يعرضها).</numerusform>
            <numerusform>%n قطعة في تعارض: صُدّرت بالدمج التلقائي (`fieldkit conflicts list` يعرضها).</numerusform>
        </translation>
    </message>
    <message>
        <source>(key id {id})</source>
        <translation>(معرّف المفتاح {id})</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>Minisign public key:</source>
        <translation>مفتاح minisign العام:</translation>
    </message>
    <message>
        <source>Age recipient:</source>
        <translation>مستلم age:</translation>
    </message>
    <message>
        <source>Identity card written to {path}.</source>
        <translation>كُتبت بطاقة الهوية في {path}.</translation>
    </message>
    <message>
        <source>Minisign public key written to {path}.</source>
        <translation>كُتب مفتاح minisign العام في {path}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}. Read it to whoever imports your card (in person or by phone) so they can check it.</source>
        <translation>البصمة: {fingerprint}. اقرأها لمن يستورد بطاقتك (شخصيًا أو بالهاتف) كي يتحقق منها.</translation>
    </message>
    <message>
        <source>--no-passphrase was given together with a passphrase for the exported key.</source>
        <translation>أُعطي --no-passphrase مع عبارة مرور للمفتاح المصدَّر.</translation>
    </message>
    <message>
        <source>No passphrase for the exported key was given and there is no terminal to ask for one.</source>
        <translation>لم تُعطَ عبارة مرور للمفتاح المصدَّر ولا توجد طرفية لطلبها.</translation>
    </message>
    <message>
        <source>Use --key-passphrase-file FILE, set {variable}, or add --no-passphrase.</source>
        <translation>استخدم --key-passphrase-file FILE، أو عيّن {variable}، أو أضف --no-passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ; no key was written.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُكتب أي مفتاح.</translation>
    </message>
    <message>
        <source>The transport key was written to {path}, protected by the passphrase you gave. Stock age opens files sent to {recipient} with `age -d -i {path} FILE` (it asks for that passphrase).</source>
        <translation>كُتب مفتاح النقل في {path} محميًا بعبارة المرور التي أعطيتها. يفتح age الملفات المرسلة إلى {recipient} بالأمر `age -d -i {path} FILE` (ويطلب عبارة المرور تلك).</translation>
    </message>
    <message>
        <source>Warning: {path} holds the transport secret key UNPROTECTED: anyone who copies it can read bundles sent to this vault. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>تنبيه: يحتوي {path} على مفتاح النقل السري دون حماية (UNPROTECTED): يستطيع كل من ينسخه قراءة الحزم المرسلة إلى هذه الخزنة. احفظه على قرص مشفَّر واحذفه حين لا تحتاج إليه.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>الملصقات</translation>
    </message>
    <message>
        <source>packing list</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>movement form</source>
        <translation>استمارة النقل</translation>
    </message>
    <message>
        <source>handover certificate</source>
        <translation>شهادة التسليم</translation>
    </message>
    <message>
        <source>evacuation permission</source>
        <translation>إذن الإخلاء</translation>
    </message>
    <message numerus="yes">
        <source>{document}, %n item(s)</source>
        <translation>
            <numerusform>{document}، لا عناصر</numerusform>
            <numerusform>{document}، عنصر واحد</numerusform>
            <numerusform>{document}، عنصران</numerusform>
            <numerusform>{document}، %n عناصر</numerusform>
            <numerusform>{document}، %n عنصرًا</numerusform>
            <numerusform>{document}، %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>ملاحظة: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {what}, %n page(s).</source>
        <translation>
            <numerusform>كُتب {file}: {what}، لا صفحات.</numerusform>
            <numerusform>كُتب {file}: {what}، صفحة واحدة.</numerusform>
            <numerusform>كُتب {file}: {what}، صفحتان.</numerusform>
            <numerusform>كُتب {file}: {what}، %n صفحات.</numerusform>
            <numerusform>كُتب {file}: {what}، %n صفحة.</numerusform>
            <numerusform>كُتب {file}: {what}، %n صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Object ID sheet(s)</source>
        <translation>
            <numerusform>لا أوراق Object ID</numerusform>
            <numerusform>ورقة Object ID واحدة</numerusform>
            <numerusform>ورقتا Object ID</numerusform>
            <numerusform>%n أوراق Object ID</numerusform>
            <numerusform>%n ورقة Object ID</numerusform>
            <numerusform>%n ورقة Object ID</numerusform>
        </translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields are not scrubbed of place names.</source>
        <translation>حُذفت الأماكن؛ ولم تُنقَّ الحقول النصية الحرة من أسماء الأماكن.</translation>
    </message>
    <message>
        <source>verification certificate</source>
        <translation>شهادة التحقق</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a rate like 200k or 1M (bytes per second).</source>
        <translation>&apos;{value}&apos; ليس معدلًا مثل 200k أو 1M (بايت في الثانية).</translation>
    </message>
    <message>
        <source>A bandwidth limit is at least 1k (bytes per second).</source>
        <translation>حد عرض النطاق 1k على الأقل (بايت في الثانية).</translation>
    </message>
    <message>
        <source>--to goes with `fieldkit sync target add NAME PATH`.</source>
        <translation>يُستخدم --to مع `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>{option} goes with `fieldkit sync target add NAME s3://BUCKET/PREFIX`.</source>
        <translation>يُستخدم {option} مع `fieldkit sync target add NAME s3://BUCKET/PREFIX`.</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>الاستخدام: {usage}</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; is {path}.</source>
        <translation>هدف المزامنة &apos;{name}&apos; هو {path}.</translation>
    </message>
    <message>
        <source>Bundles there go to: {recipients}.</source>
        <translation>الحزم هناك موجهة إلى: {recipients}.</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; removed; nothing on it was touched.</source>
        <translation>أُزيل هدف المزامنة &apos;{name}&apos;؛ لم يُمسّ شيء عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit delivered there stay on it; delete them by hand once their recipients have them.</source>
        <translation>
            <numerusform>لا حزم (%n) باقية هناك.</numerusform>
            <numerusform>حزمة واحدة (%n) أوصلها FieldKit باقية هناك؛ احذفها يدويًا حين يستلمها المرسَل إليهم.</numerusform>
            <numerusform>حزمتان (%n) أوصلهما FieldKit باقيتان هناك؛ احذفهما يدويًا حين يستلمهما المرسَل إليهم.</numerusform>
            <numerusform>%n حزم أوصلها FieldKit باقية هناك؛ احذفها يدويًا حين يستلمها المرسَل إليهم.</numerusform>
            <numerusform>%n حزمة أوصلها FieldKit باقية هناك؛ احذفها يدويًا حين يستلمها المرسَل إليهم.</numerusform>
            <numerusform>%n حزمة أوصلها FieldKit باقية هناك؛ احذفها يدويًا حين يستلمها المرسَل إليهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>An S3 target needs its endpoint: `fieldkit sync target add {name} {url} --endpoint URL`.</source>
        <translation>يحتاج هدف S3 إلى نقطة الوصول: `fieldkit sync target add {name} {url} --endpoint URL`.</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; is {path} on {endpoint}.</source>
        <translation>هدف المزامنة &apos;{name}&apos; هو {path} على {endpoint}.</translation>
    </message>
    <message>
        <source>Its credentials are kept only inside this vault (encrypted).</source>
        <translation>بيانات اعتماده محفوظة داخل هذه الخزنة فقط (مشفَّرة).</translation>
    </message>
    <message>
        <source>Note: {problem}; the target is kept, and synced when it answers.</source>
        <translation>ملاحظة: {problem}؛ الهدف محفوظ، وستتم مزامنته حين يستجيب.</translation>
    </message>
    <message>
        <source>No sync target yet; add one with `fieldkit sync target add NAME PATH`.</source>
        <translation>لا يوجد هدف مزامنة بعد؛ أضف هدفًا بـ `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>Note: {name} ({fingerprint}…) is not in your trust store: their bundles will be quarantined until you trust their card.</source>
        <translation>ملاحظة: {name} ({fingerprint}…) ليس في مخزن الثقة لديك: ستُعزل حزمه حتى تثق ببطاقته.</translation>
    </message>
    <message>
        <source>every verified coordinator</source>
        <translation>كل منسق تم التحقق منه</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>{place} on {endpoint}</source>
        <translation>{place} على {endpoint}</translation>
    </message>
    <message>
        <source>bundles waiting: {waiting}, awaiting acknowledgement: {awaiting}, quarantined: {quarantined}</source>
        <translation>حزم منتظرة: {waiting}، بانتظار الإشعار بالاستلام: {awaiting}، معزولة: {quarantined}</translation>
    </message>
    <message>
        <source>not yet sent: {revisions}, {photos} (the next sync exports them)</source>
        <translation>لم يُرسل بعد: {revisions}، {photos} (تصدّرها المزامنة التالية)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>لا مراجعات</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>bytes pending: {size}</source>
        <translation>بايتات معلّقة: {size}</translation>
    </message>
    <message>
        <source>last push: {push}, last pull: {pull}</source>
        <translation>آخر إرسال: {push}، آخر استلام: {pull}</translation>
    </message>
    <message>
        <source>quarantine: {text}</source>
        <translation>العزل: {text}</translation>
    </message>
    <message>
        <source>last problem: {text}</source>
        <translation>آخر مشكلة: {text}</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>لا شيء معزول.</translation>
    </message>
    <message>
        <source>{target}: sent {sent} bundle(s) ({exported} new, {revisions} revision(s)); imported {imported} bundle(s) with {new} new revision(s); {acknowledged} acknowledged, {removed} removed from the target; {waiting} waiting.</source>
        <translation>{target}: الحزم المرسلة: {sent} (الجديدة: {exported}، المراجعات: {revisions})؛ الحزم المستوردة: {imported} بمراجعات جديدة: {new}؛ المُشعَر باستلامها: {acknowledged}، المُزالة من الهدف: {removed}؛ المنتظرة: {waiting}.</translation>
    </message>
    <message>
        <source>quarantined {file}: {reason}</source>
        <translation>عُزل {file}: {reason}</translation>
    </message>
    <message>
        <source>No sync target is set up; add one with `fieldkit sync target add NAME PATH`.</source>
        <translation>لم يُضبط أي هدف مزامنة؛ أضف هدفًا بـ `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>No sync target is reachable right now; bundles wait in the outbox.</source>
        <translation>لا يمكن الوصول إلى أي هدف مزامنة الآن؛ تنتظر الحزم في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Warning: you now trust more than one card named like {name}: this one (fingerprint {fingerprint}…) and {others}. Make sure each is who you think, and rename one with --name so they cannot be mixed up.</source>
        <translation>تنبيه: أنت تثق الآن بأكثر من بطاقة باسم يشبه {name}: هذه (البصمة {fingerprint}…) و{others}. تأكد أن كلًّا منها هو من تظن، وأعد تسمية إحداها بـ --name كي لا تختلطا.</translation>
    </message>
    <message>
        <source>(the card says {name})</source>
        <translation>(البطاقة تقول {name})</translation>
    </message>
    <message>
        <source>(the role its card claims)</source>
        <translation>(الدور الذي تدّعيه بطاقته)</translation>
    </message>
    <message>
        <source>Trusted {name}{claim} as {role}{claimed_role}.</source>
        <translation>تم الوثوق بـ {name}{claim} بدور {role}{claimed_role}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>البصمة: {fingerprint}</translation>
    </message>
    <message>
        <source>Marked as verified: you compared this fingerprint with its holder.</source>
        <translation>عُلّمت كموثَّقة: قارنت هذه البصمة مع صاحبها.</translation>
    </message>
    <message>
        <source>Not verified yet: compare the fingerprint above aloud with its holder (in person or by phone; they see theirs with `fieldkit identity show`), then run this again with --verified.</source>
        <translation>لم يُتحقق منها بعد: قارن البصمة أعلاه بصوت مسموع مع صاحبها (شخصيًا أو بالهاتف؛ يرى بصمته بـ `fieldkit identity show`)، ثم أعد تشغيل هذا مع --verified.</translation>
    </message>
    <message>
        <source>Until then it does not receive bundles unless you name it with `export --to`.</source>
        <translation>وحتى ذلك الحين لا تتلقى حزمًا إلا إذا سمّيتها بـ `export --to`.</translation>
    </message>
    <message>
        <source>This vault trusts no keys yet: add a card with `fieldkit trust add FILE.fkid`.</source>
        <translation>لا تثق هذه الخزنة بأي مفتاح بعد: أضف بطاقة بـ `fieldkit trust add FILE.fkid`.</translation>
    </message>
    <message>
        <source>Some trusted cards have the same name (or names that look the same): tell them apart by fingerprint, and rename one with `fieldkit trust add CARD.fkid --name NAME`.</source>
        <translation>لبعض البطاقات الموثوقة الاسم نفسه (أو أسماء متشابهة): ميّز بينها بالبصمة، وأعد تسمية إحداها بـ `fieldkit trust add CARD.fkid --name NAME`.</translation>
    </message>
    <message>
        <source>Unverified coordinators do not receive bundles unless named with `export --to`. To verify one, compare its fingerprint with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.</source>
        <translation>لا يتلقى المنسقون غير الموثَّقين حزمًا إلا إذا سُمّوا بـ `export --to`. للتحقق من أحدهم قارن بصمته مع صاحبها شخصيًا أو بالهاتف (يقرأ بصمته بـ `fieldkit identity show`)، ثم شغّل `fieldkit trust add CARD.fkid --verified`.</translation>
    </message>
    <message>
        <source>{name} ({fingerprint}) was already revoked on {date}.</source>
        <translation>أُبطل {name} ({fingerprint}) من قبل في {date}.</translation>
    </message>
    <message>
        <source>Revoked {name} ({fingerprint}): bundles and revisions signed by this key are no longer accepted.</source>
        <translation>أُبطل {name} ({fingerprint}): لم تعد الحزم والمراجعات الموقَّعة بهذا المفتاح مقبولة.</translation>
    </message>
    <message>
        <source>{label} {percent}%</source>
        <translation>{label} {percent}٪</translation>
    </message>
    <message>
        <source>The recovery key was written to {path}: print it, then delete the file.</source>
        <translation>كُتب مفتاح الاسترداد في {path}: اطبعه ثم احذف الملف.</translation>
    </message>
    <message>
        <source>Your recovery key (shown only this once). Write it down or print it and keep it apart from this computer: it opens the vault if the passphrase is forgotten.</source>
        <translation>مفتاح الاسترداد الخاص بك (يُعرض هذه المرة فقط). دوّنه أو اطبعه واحفظه بعيدًا عن هذا الحاسوب: فهو يفتح الخزنة إذا نُسيت عبارة المرور.</translation>
    </message>
    <message>
        <source>Creating the vault (measuring this computer&apos;s speed for the key)…</source>
        <translation>جارٍ إنشاء الخزنة (قياس سرعة هذا الحاسوب لأجل المفتاح)…</translation>
    </message>
    <message>
        <source>Created a vault in {path} (id {id}).</source>
        <translation>أُنشئت خزنة في {path} (المعرّف {id}).</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before still open with the old one.</source>
        <translation>تغيّرت عبارة المرور. النسخ الاحتياطية السابقة ما زالت تُفتح بالقديمة.</translation>
    </message>
    <message>
        <source>Re-encrypting the database and every photo with new keys…</source>
        <translation>جارٍ إعادة تشفير قاعدة البيانات وكل صورة بمفاتيح جديدة…</translation>
    </message>
    <message>
        <source>Done: new keys and the new passphrase; the old passphrase and recovery key no longer open this vault. Backups made before keep their old keys and still open with the old passphrase and recovery key: destroy them if those may be compromised.</source>
        <translation>تمّ: مفاتيح جديدة وعبارة مرور جديدة؛ لم تعد عبارة المرور القديمة ولا مفتاح الاسترداد القديم يفتحان هذه الخزنة. النسخ الاحتياطية المصنوعة قبل ذلك تحتفظ بمفاتيحها القديمة وما زالت تُفتح بعبارة المرور القديمة ومفتاح الاسترداد القديم: أتلفها إن كان من الممكن أن يكونا قد كُشفا.</translation>
    </message>
    <message>
        <source>This vault is already shredded.</source>
        <translation>هذه الخزنة متلَفة من قبل.</translation>
    </message>
    <message>
        <source>Shredding needs a typed confirmation and there is no terminal.</source>
        <translation>يتطلب الإتلاف تأكيدًا مكتوبًا ولا توجد طرفية.</translation>
    </message>
    <message>
        <source>Add --confirm {word} to destroy the vault&apos;s keys for good.</source>
        <translation>أضف --confirm {word} لإتلاف مفاتيح الخزنة نهائيًا.</translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {path}. Nobody, not even with the recovery key, will ever read it again.</source>
        <translation>هذا يُتلف مفاتيح الخزنة في {path}. لن يقرأها أحد بعد ذلك أبدًا، ولا حتى بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Type {word} to confirm: </source>
        <translation>اكتب {word} للتأكيد: </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was destroyed.</source>
        <translation>لم يُؤكَّد؛ لم يُتلف شيء.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are destroyed. On SSDs and USB sticks old copies of blocks may survive; full-disk encryption protects against that.</source>
        <translation>أُتلفت مفاتيح الخزنة. قد تبقى نسخ قديمة من الكتل على أقراص SSD وذواكر USB؛ والتشفير الكامل للقرص يحمي من ذلك.</translation>
    </message>
    <message>
        <source>Backup written to {path} (files: {files}, bytes: {size}). It opens with this vault&apos;s current passphrase and recovery key.</source>
        <translation>كُتبت النسخة الاحتياطية في {path} (الملفات: {files}، البايتات: {size}). وتُفتح بعبارة المرور ومفتاح الاسترداد الحاليين لهذه الخزنة.</translation>
    </message>
    <message>
        <source>The vault is open in another FieldKit window or command: the backup is a consistent snapshot, and is not listed in the vault&apos;s audit log.</source>
        <translation>الخزنة مفتوحة في نافذة أو أمر FieldKit آخر: النسخة الاحتياطية لقطة متّسقة، ولا تُدرج في سجل تدقيق الخزنة.</translation>
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
    <message>
        <source>Restored into {path}. Its bundles now start a new series, so colleagues can tell them apart from those sent before the backup.</source>
        <translation>استُعيدت في {path}. تبدأ حزمها الآن سلسلة جديدة، فيميّزها زملاؤك عن تلك المرسلة قبل النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>It has the same identity key as the original: use it INSTEAD of the lost or damaged vault, never both, or colleagues receive two different versions of your work.</source>
        <translation>لها مفتاح الهوية نفسه الذي للأصل: استخدمها بدلًا من الخزنة المفقودة أو التالفة، ولا تستخدم الاثنتين معًا أبدًا، وإلا تلقّى زملاؤك نسختين مختلفتين من عملك.</translation>
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
        <source>row {row}: {problem}</source>
        <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {problem}</source>
        <translation>الصف {row}، العمود «{column}»: {problem}</translation>
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
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows} ({encoding}; columns separated by {sep})</source>
        <translation>{file}: {rows} ({encoding}؛ الفاصل بين الأعمدة: {sep})</translation>
    </message>
    <message>
        <source>{file}: {rows} ({encoding}, detected; columns separated by {sep})</source>
        <translation>{file}: {rows} ({encoding}، مكتشَف؛ الفاصل بين الأعمدة: {sep})</translation>
    </message>
    <message numerus="yes">
        <source>; %n empty row(s) skipped.</source>
        <translation>
            <numerusform>؛ لم يُتخطَّ أي صف فارغ.</numerusform>
            <numerusform>؛ تم تخطي صف فارغ واحد.</numerusform>
            <numerusform>؛ تم تخطي صفين فارغين.</numerusform>
            <numerusform>؛ تم تخطي %n صفوف فارغة.</numerusform>
            <numerusform>؛ تم تخطي %n صفًا فارغًا.</numerusform>
            <numerusform>؛ تم تخطي %n صف فارغ.</numerusform>
        </translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <source>Dates such as 14/03/2026 are read as {order} (--date-order).</source>
        <translation>تُقرأ التواريخ مثل 14/03/2026 بترتيب {order} (--date-order).</translation>
    </message>
    <message>
        <source>Dates such as 14/03/2026 are read as {order}: a date in the file can only be read that way (--date-order changes it).</source>
        <translation>تُقرأ التواريخ مثل 14/03/2026 بترتيب {order}: في الملف تاريخ لا يُقرأ إلا بهذا الترتيب (يغيّره الخيار --date-order).</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({how}).</source>
        <translation>الترميز: {encoding} ({how}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; → {field}</source>
        <translation>«{column}» ← {field}</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>الأعمدة: {columns}.</translation>
    </message>
    <message>
        <source>{count} column(s) without a header</source>
        <translation>أعمدة بلا عنوان: {count}</translation>
    </message>
    <message>
        <source>Not imported: {columns} (skipped with --map, or empty).</source>
        <translation>لم يُستورد: {columns} (تم تخطيه بـ --map، أو فارغ).</translation>
    </message>
    <message>
        <source>Rows as read ({encoding}; check that the letters look right):</source>
        <translation>الصفوف كما قُرئت ({encoding}؛ تحقق من أن الحروف تظهر صحيحة):</translation>
    </message>
    <message>
        <source>row {row}: {cells}</source>
        <translation>الصف {row}: {cells}</translation>
    </message>
    <message>
        <source>Warning: duplicate inventory numbers in the file: {numbers}.</source>
        <translation>تنبيه: أرقام جرد مكررة في الملف: {numbers}.</translation>
    </message>
    <message>
        <source>Warning: duplicate inventory numbers already in the vault: {numbers}.</source>
        <translation>تنبيه: أرقام جرد موجودة مسبقًا في الخزنة: {numbers}.</translation>
    </message>
    <message>
        <source>{number} (rows {rows})</source>
        <translation>{number} (الصفوف {rows})</translation>
    </message>
    <message>
        <source>They are imported anyway (unique within a vault is warned, not enforced).</source>
        <translation>تُستورد على أي حال (التفرد داخل الخزنة يُنبَّه إليه ولا يُفرض).</translation>
    </message>
    <message>
        <source>{count} of these record(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>سجلات أُرسلت من قبل إلى خزنات أخرى في حزم: {count}؛ ستُحذف هناك أيضًا عند إرسال الحزمة التالية.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… و{count} أخرى.</translation>
    </message>
    <message>
        <source>Dry run: undoing import {number} would delete {count} record(s); nothing was changed.</source>
        <translation>تشغيل تجريبي: عدد السجلات التي سيحذفها التراجع عن الاستيراد {number}: {count}؛ لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>في %n صف</numerusform>
            <numerusform>في صف واحد</numerusform>
            <numerusform>في صفين</numerusform>
            <numerusform>في %n صفوف</numerusform>
            <numerusform>في %n صفًا</numerusform>
            <numerusform>في %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors} {in_rows}; nothing was changed.</source>
        <translation>{errors} {in_rows}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{errors} {in_rows}; nothing was imported.</source>
        <translation>{errors} {in_rows}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Correct them in the spreadsheet and import again (--dry-run checks without importing).</source>
        <translation>صحّحها في جدول البيانات ثم استورد مرة أخرى (--dry-run يتحقق دون استيراد).</translation>
    </message>
    <message>
        <source>Dry run: {count} object(s) would be imported; nothing was changed.</source>
        <translation>تشغيل تجريبي: عدد القطع التي ستُستورد {count}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Imported {count} object(s) in one transaction ({seconds} s).</source>
        <translation>تم استيراد {count} من القطع في معاملة واحدة ({seconds} ث).</translation>
    </message>
    <message>
        <source>Import {number}; to undo it: fieldkit object import-csv --undo {number}</source>
        <translation>الاستيراد {number}؛ للتراجع عنه: fieldkit object import-csv --undo {number}</translation>
    </message>
    <message>
        <source>{label}: {percent}% ({done}/{total})</source>
        <translation>{label}: {percent}٪ ({done}/{total})</translation>
    </message>
    <message>
        <source>{label}: {done}</source>
        <translation>{label}: {done}</translation>
    </message>
    <message>
        <source>Warning: --db carries a password, and other users of this computer can read it in the list of running processes; set {variable} or use a .pgpass file instead.</source>
        <translation>تحذير: يحمل ‎--db كلمة مرور، ويمكن لمستخدمي هذا الحاسوب الآخرين قراءتها في قائمة العمليات الجارية؛ عيّن {variable} أو استخدم ملف ‎.pgpass بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>Building</source>
        <translation>مبنى</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>غرفة</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>رف</translation>
    </message>
    <message>
        <source>Temporary store</source>
        <translation>مخزن مؤقت</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>مركبة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>صندوق خشبي</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>علبة</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>لفافة</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>كيس</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>منصة نقالة</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>قابل للكسر</translation>
    </message>
    <message>
        <source>This way up</source>
        <translation>هذا الجانب إلى الأعلى</translation>
    </message>
    <message>
        <source>Keep dry</source>
        <translation>يُحفظ جافًا</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>ثقيل</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>إخلاء</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>تخزين</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>تعبئة</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>تفريغ</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>إعارة</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>صون وترميم</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>In transit to {place}</source>
        <translation>قيد النقل إلى {place}</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>قيد النقل</translation>
    </message>
    <message>
        <source>deleted — restore or take out of the container</source>
        <translation>محذوف — تجب استعادته أو إخراجه من الحاوية</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلَم</translation>
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
        <source>Evacuation permission</source>
        <translation>إذن الإخلاء</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>شهادة التسليم</translation>
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
    <name>duplicates</name>
    <message>
        <source>same inventory number after normalising</source>
        <translation>رقم الجرد نفسه بعد التوحيد</translation>
    </message>
    <message>
        <source>the inventory numbers have the same digits</source>
        <translation>أرقام الجرد تحمل الأرقام نفسها</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>الصورة نفسها</translation>
    </message>
    <message>
        <source>photos {percent} % alike</source>
        <translation>الصور متشابهة بنسبة {percent} %</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>العنوان نفسه</translation>
    </message>
    <message>
        <source>titles alike</source>
        <translation>عناوين متشابهة</translation>
    </message>
    <message>
        <source>titles alike across scripts</source>
        <translation>عناوين متشابهة بخطوط كتابة مختلفة</translation>
    </message>
    <message>
        <source>measurements equal</source>
        <translation>القياسات متطابقة</translation>
    </message>
    <message>
        <source>measurements within {percent} %</source>
        <translation>القياسات متقاربة في حدود {percent} %</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>المؤسسة نفسها</translation>
    </message>
    <message>
        <source>same type of object</source>
        <translation>نوع القطعة نفسه</translation>
    </message>
    <message>
        <source>materials alike</source>
        <translation>مواد متشابهة</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Check the folder, or create a vault with `fieldkit init`.</source>
        <translation>تحقق من المجلد، أو أنشئ خزنة بالأمر `fieldkit init`.</translation>
    </message>
    <message>
        <source>Choose an empty folder, or open the existing vault instead.</source>
        <translation>اختر مجلدًا فارغًا، أو افتح الخزنة الموجودة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again. If the passphrase is lost, use the recovery key (`fieldkit passwd --recovery-key-file FILE`).</source>
        <translation>تحقق من تخطيط لوحة المفاتيح ومن مفتاح الأحرف الكبيرة، ثم أعد المحاولة. إن فُقدت عبارة المرور فاستخدم مفتاح الاسترداد (`fieldkit passwd --recovery-key-file FILE`).</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as printed; dashes and spaces do not matter.</source>
        <translation>اكتب مفتاح الاسترداد كما طُبع تمامًا؛ لا تهم الشرطات والمسافات.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window or command that has this vault open, then retry.</source>
        <translation>أغلق نافذة FieldKit أو الأمر الآخر الذي فتح هذه الخزنة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Its data cannot be recovered by anyone; restore a backup if you have one.</source>
        <translation>لا يستطيع أحد استعادة بياناتها؛ استعد نسخة احتياطية إن كانت لديك.</translation>
    </message>
    <message>
        <source>Restore the vault from a backup, or open it with the FieldKit that made it.</source>
        <translation>استعد الخزنة من نسخة احتياطية، أو افتحها بإصدار FieldKit الذي أنشأها.</translation>
    </message>
    <message>
        <source>Free some space (or choose another drive) and try again; nothing was changed.</source>
        <translation>حرّر بعض المساحة (أو اختر قرصًا آخر) وأعد المحاولة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The drive is write-protected or read-only: choose another folder or drive.</source>
        <translation>القرص محمي من الكتابة أو للقراءة فقط: اختر مجلدًا أو قرصًا آخر.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was imported from this file.</source>
        <translation>اطلب من المرسل نسخة جديدة؛ لم يُستورد شيء من هذا الملف.</translation>
    </message>
    <message>
        <source>The file may come from a newer FieldKit: update FieldKit and try again.</source>
        <translation>ربما جاء الملف من إصدار أحدث من FieldKit: حدّث FieldKit وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The file was encrypted for someone else; ask the sender to include your key.</source>
        <translation>شُفّر الملف لشخص آخر؛ اطلب من المرسل أن يضيف مفتاحك.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the sender, then `fieldkit trust add` their card.</source>
        <translation>تحقق من البصمة مع المرسل، ثم أضف بطاقته بالأمر `fieldkit trust add`.</translation>
    </message>
    <message>
        <source>The disk is full while writing {what}.</source>
        <translation>القرص ممتلئ أثناء كتابة {what}.</translation>
    </message>
    <message>
        <source>FieldKit may not write {what}: the drive is read-only or protected.</source>
        <translation>لا يستطيع FieldKit كتابة {what}: القرص للقراءة فقط أو محمي.</translation>
    </message>
    <message>
        <source>Choose a folder that exists (or create this one), then try again.</source>
        <translation>اختر مجلدًا موجودًا (أو أنشئ هذا المجلد)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: its folder does not exist.</source>
        <translation>لا يستطيع FieldKit كتابة {what}: مجلده غير موجود.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: a folder of that name is already there.</source>
        <translation>لا يستطيع FieldKit كتابة {what}: يوجد مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>Choose another name, then try again.</source>
        <translation>اختر اسمًا آخر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: the name or the path is too long.</source>
        <translation>لا يستطيع FieldKit كتابة {what}: الاسم أو المسار طويل جدًا.</translation>
    </message>
    <message>
        <source>Choose a shorter name or a folder nearer the top of the drive, then try again.</source>
        <translation>اختر اسمًا أقصر أو مجلدًا أقرب إلى جذر القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: too many files are open at once.</source>
        <translation>لا يستطيع FieldKit كتابة {what}: ملفات كثيرة جدًا مفتوحة في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Close other programs (or restart FieldKit), then try again.</source>
        <translation>أغلق برامج أخرى (أو أعد تشغيل FieldKit)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The system refused to write {what} ({reason}).</source>
        <translation>رفض النظام كتابة {what} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>تحقّق من أن القرص ما يزال موصولًا ويعمل، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Run the backup again; nothing was written.</source>
        <translation>أعد تشغيل النسخ الاحتياطي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase or keys changed while the backup was made.</source>
        <translation>تغيّرت عبارة المرور أو مفاتيح الخزنة أثناء إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup was cancelled; the incomplete copy was removed.</source>
        <translation>أُلغي النسخ الاحتياطي؛ وحُذفت النسخة غير المكتملة.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>أُلغيت الاستعادة؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>Use another backup; nothing was restored.</source>
        <translation>استخدم نسخة احتياطية أخرى؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>The vault changed while the backup was made.</source>
        <translation>تغيّرت الخزنة أثناء إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are being changed (rekey) in the app that has it open.</source>
        <translation>تُغيَّر مفاتيح الخزنة الآن (rekey) في التطبيق الذي يفتحها.</translation>
    </message>
    <message>
        <source>Wait until the app has finished, then run the backup again.</source>
        <translation>انتظر حتى ينتهي التطبيق، ثم أعد تشغيل النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The backup folder {path} is a link.</source>
        <translation>مجلد النسخة الاحتياطية {path} رابط.</translation>
    </message>
    <message>
        <source>Choose a new folder, not a link.</source>
        <translation>اختر مجلدًا جديدًا، لا رابطًا.</translation>
    </message>
    <message>
        <source>The backup folder {path} is not empty.</source>
        <translation>مجلد النسخة الاحتياطية {path} ليس فارغًا.</translation>
    </message>
    <message>
        <source>Choose a new folder.</source>
        <translation>اختر مجلدًا جديدًا.</translation>
    </message>
    <message>
        <source>The backup&apos;s file list in {path} is damaged.</source>
        <translation>قائمة ملفات النسخة الاحتياطية في {path} تالفة.</translation>
    </message>
    <message>
        <source>{path} is not a complete FieldKit backup (backup.json is missing).</source>
        <translation>{path} ليس نسخة احتياطية كاملة من FieldKit (الملف backup.json مفقود).</translation>
    </message>
    <message>
        <source>Choose the folder that `fieldkit backup` wrote, or another backup.</source>
        <translation>اختر المجلد الذي كتبه الأمر `fieldkit backup`، أو نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The backup&apos;s backup.json in {path} is damaged.</source>
        <translation>الملف backup.json للنسخة الاحتياطية في {path} تالف.</translation>
    </message>
    <message>
        <source>{path} is not a FieldKit backup.</source>
        <translation>{path} ليس نسخة احتياطية من FieldKit.</translation>
    </message>
    <message>
        <source>This backup was written by a newer FieldKit.</source>
        <translation>كُتبت هذه النسخة الاحتياطية بإصدار أحدث من FieldKit.</translation>
    </message>
    <message>
        <source>The backup&apos;s file list in {path} names an unexpected file.</source>
        <translation>تذكر قائمة ملفات النسخة الاحتياطية في {path} ملفًا غير متوقَّع.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit head in {path} is damaged.</source>
        <translation>رأس سجل التدقيق للنسخة الاحتياطية في {path} تالف.</translation>
    </message>
    <message>
        <source>The backup in {path} is damaged: {file} is missing or altered.</source>
        <translation>النسخة الاحتياطية في {path} تالفة: {file} مفقود أو معدَّل.</translation>
    </message>
    <message>
        <source>The backup in {path} is damaged: its audit log does not match.</source>
        <translation>النسخة الاحتياطية في {path} تالفة: سجل التدقيق فيها لا يطابق.</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>The drive is full: {what} could not be written.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة {what}.</translation>
    </message>
    <message>
        <source>FieldKit must write {what}, but it is on a read-only drive.</source>
        <translation>يجب أن يكتب FieldKit {what}، لكنه على قرص للقراءة فقط.</translation>
    </message>
    <message>
        <source>Remove the drive&apos;s write protection, or copy the folder to a writable drive and use it there.</source>
        <translation>أزل حماية الكتابة عن القرص، أو انسخ المجلد إلى قرص قابل للكتابة واستخدمه هناك.</translation>
    </message>
    <message>
        <source>The system does not let FieldKit write {what}.</source>
        <translation>لا يسمح النظام لـ FieldKit بكتابة {what}.</translation>
    </message>
    <message>
        <source>Another program is using {what}.</source>
        <translation>برنامج آخر يستخدم {what}.</translation>
    </message>
    <message>
        <source>The database of the vault is damaged.</source>
        <translation>قاعدة بيانات الخزنة تالفة.</translation>
    </message>
    <message>
        <source>The database of the backup is damaged.</source>
        <translation>قاعدة بيانات النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <source>The database of {what} is damaged.</source>
        <translation>قاعدة بيانات {what} تالفة.</translation>
    </message>
    <message>
        <source>The drive holding {what} reported a read or write error.</source>
        <translation>أبلغ القرص الذي يحمل {what} عن خطأ في القراءة أو الكتابة.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again; nothing was changed.</source>
        <translation>تحقّق من أن القرص ما يزال موصولًا ويعمل، ثم أعد المحاولة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this vault header.</source>
        <translation>قاعدة بيانات الخزنة تالفة أو لا تعود إلى ترويسة الخزنة هذه.</translation>
    </message>
    <message>
        <source>The vault database is missing.</source>
        <translation>قاعدة بيانات الخزنة مفقودة.</translation>
    </message>
    <message>
        <source>The vault header is damaged ({field} is missing).</source>
        <translation>ترويسة الخزنة تالفة ({field} مفقود).</translation>
    </message>
    <message>
        <source>The vault header is damaged ({field} is not valid).</source>
        <translation>ترويسة الخزنة تالفة ({field} غير صالح).</translation>
    </message>
    <message>
        <source>The vault header is damaged (its key derivation settings are not valid).</source>
        <translation>ترويسة الخزنة تالفة (إعدادات اشتقاق المفتاح فيها غير صالحة).</translation>
    </message>
    <message>
        <source>The vault header is damaged (unknown recovery key method).</source>
        <translation>ترويسة الخزنة تالفة (طريقة مفتاح الاسترداد غير معروفة).</translation>
    </message>
    <message>
        <source>The vault header has no passphrase key.</source>
        <translation>ترويسة الخزنة لا تحوي مفتاح عبارة المرور.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>عبارة المرور غير صحيحة لهذه الخزنة.</translation>
    </message>
    <message>
        <source>The vault header has no recovery key.</source>
        <translation>ترويسة الخزنة لا تحوي مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault.</source>
        <translation>مفتاح الاسترداد هذا ليس مفتاح هذه الخزنة.</translation>
    </message>
    <message>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>ترويسة الخزنة (vault.json) تالفة.</translation>
    </message>
    <message>
        <source>This folder&apos;s vault.json is not a FieldKit vault header.</source>
        <translation>ملف vault.json في هذا المجلد ليس ترويسة خزنة FieldKit.</translation>
    </message>
    <message>
        <source>This vault uses format version {version}, which this FieldKit cannot read.</source>
        <translation>تستخدم هذه الخزنة إصدار التنسيق {version}، ولا يستطيع FieldKit هذا قراءته.</translation>
    </message>
    <message>
        <source>The vault header is damaged (no vault id).</source>
        <translation>ترويسة الخزنة تالفة (لا معرّف للخزنة).</translation>
    </message>
    <message>
        <source>The vault header is damaged (no keys).</source>
        <translation>ترويسة الخزنة تالفة (لا مفاتيح).</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}.</source>
        <translation>لا توجد خزنة FieldKit في {folder}.</translation>
    </message>
    <message>
        <source>The vault header in {folder} cannot be read.</source>
        <translation>تتعذّر قراءة ترويسة الخزنة في {folder}.</translation>
    </message>
    <message>
        <source>This vault is open elsewhere (another FieldKit window or command).</source>
        <translation>هذه الخزنة مفتوحة في مكان آخر (نافذة أو أمر FieldKit آخر).</translation>
    </message>
    <message>
        <source>The vault in {folder} is on a read-only drive, and FieldKit must write there to open it.</source>
        <translation>الخزنة في {folder} على قرص للقراءة فقط، ويجب أن يكتب FieldKit هناك لفتحها.</translation>
    </message>
    <message>
        <source>Remove the drive&apos;s write protection, or copy the vault folder to a writable drive and open it there.</source>
        <translation>أزل حماية الكتابة عن القرص، أو انسخ مجلد الخزنة إلى قرص قابل للكتابة وافتحها هناك.</translation>
    </message>
    <message>
        <source>salvage priority must be from 1 to 4.</source>
        <translation>يجب أن تكون أولوية الإنقاذ من 1 إلى 4.</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>أُلغي؛ لم يُكتب أي تقرير.</translation>
    </message>
    <message>
        <source>Labels are printed for objects, containers and locations.</source>
        <translation>تُطبع الملصقات للقطع والحاويات والأماكن فقط.</translation>
    </message>
    <message>
        <source>{problem} ({typed})</source>
        <translation>{problem} ({typed})</translation>
    </message>
    <message>
        <source>{typed} is deleted and in no container.</source>
        <translation>{typed} محذوف وليس في أي حاوية.</translation>
    </message>
    <message>
        <source>Restore it from its history first (fieldkit object list --deleted gives its id), then print its label.</source>
        <translation>استعده أولًا من سجله التاريخي (يعطي ⁦fieldkit object list --deleted⁩ معرّفه)، ثم اطبع ملصقه.</translation>
    </message>
    <message>
        <source>No item was given.</source>
        <translation>لم يُحدَّد أي عنصر.</translation>
    </message>
    <message>
        <source>Give codes or inventory numbers.</source>
        <translation>حدّد رموزًا أو أرقام جرد.</translation>
    </message>
    <message>
        <source>No decision has this id.</source>
        <translation>لا يوجد قرار بهذا المعرّف.</translation>
    </message>
    <message>
        <source>Both ids name the same object.</source>
        <translation>المعرّفان يشيران إلى القطعة نفسها.</translation>
    </message>
    <message>
        <source>An object merged into another is found under the one it was merged into.</source>
        <translation>القطعة المدمجة في أخرى توجد تحت القطعة التي أُدمجت فيها.</translation>
    </message>
    <message>
        <source>One of these objects was deleted.</source>
        <translation>حُذفت إحدى هاتين القطعتين.</translation>
    </message>
    <message>
        <source>Restore it first, or choose another object.</source>
        <translation>استعِدها أولاً، أو اختر قطعة أخرى.</translation>
    </message>
    <message>
        <source>One of these objects is in conflict.</source>
        <translation>إحدى هاتين القطعتين في حالة تعارض.</translation>
    </message>
    <message>
        <source>Resolve the conflict first (`fieldkit conflicts show ID`).</source>
        <translation>حُلّ التعارض أولاً (`fieldkit conflicts show ID`).</translation>
    </message>
    <message>
        <source>These two objects already have a decision.</source>
        <translation>يوجد قرار سابق بشأن هاتين القطعتين.</translation>
    </message>
    <message>
        <source>Undo it first (`fieldkit duplicates undo ID`) to decide again.</source>
        <translation>ألغِه أولاً (`fieldkit duplicates undo ID`) لتقرر من جديد.</translation>
    </message>
    <message>
        <source>This decision was already undone.</source>
        <translation>أُلغي هذا القرار من قبل.</translation>
    </message>
    <message>
        <source>Decide again to record a new decision.</source>
        <translation>قرّر من جديد لتسجيل قرار جديد.</translation>
    </message>
    <message>
        <source>That revision is the merge that absorbed this object.</source>
        <translation>هذه المراجعة هي الدمج الذي ضمّ هذه القطعة إلى غيرها.</translation>
    </message>
    <message>
        <source>Choose the revision before it to bring it back.</source>
        <translation>اختر المراجعة التي تسبقها لاستعادتها.</translation>
    </message>
    <message>
        <source>More than one decision starts with this id.</source>
        <translation>أكثر من قرار واحد يبدأ بهذا المعرّف.</translation>
    </message>
    <message>
        <source>No decision or object has this id.</source>
        <translation>لا يوجد قرار ولا قطعة بهذا المعرّف.</translation>
    </message>
    <message>
        <source>`fieldkit duplicates list --decisions` lists them.</source>
        <translation>يعرضها الأمر `fieldkit duplicates list --decisions`.</translation>
    </message>
    <message>
        <source>No decision concerns this object.</source>
        <translation>لا يوجد قرار يخص هذه القطعة.</translation>
    </message>
    <message>
        <source>Several decisions concern this object.</source>
        <translation>عدة قرارات تخص هذه القطعة.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s id instead.</source>
        <translation>أدخل معرّف القرار بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The merge this decision made has not arrived in this vault yet.</source>
        <translation>لم يصل الدمج الذي أجراه هذا القرار إلى هذه الخزنة بعد.</translation>
    </message>
    <message>
        <source>Import the bundles that carry it, then undo again.</source>
        <translation>استورد الحزم التي تحمله، ثم ألغِ من جديد.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>مسار مطلق</translation>
    </message>
    <message>
        <source>contains a backslash (a Windows path separator)</source>
        <translation>يحتوي على شرطة مائلة عكسية (فاصل مسارات ويندوز)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>يحتوي على محرف NUL</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>يحتوي على محرف تحكم</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>يبدأ بحرف محرك أقراص</translation>
    </message>
    <message>
        <source>starts with a home folder reference (~)</source>
        <translation>يبدأ بإشارة إلى المجلد الشخصي (~)</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;, which leads outside its folder</source>
        <translation>يحتوي على &apos;..&apos; الذي يقود إلى خارج مجلده</translation>
    </message>
    <message>
        <source>contains a &apos;.&apos; part</source>
        <translation>يحتوي على جزء &apos;.&apos;</translation>
    </message>
    <message>
        <source>has an empty part (a doubled or trailing &apos;/&apos;)</source>
        <translation>فيه جزء فارغ (&apos;/&apos; مكررة أو في النهاية)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…ولا مشكلات أخرى.</numerusform>
            <numerusform>…ومشكلة أخرى واحدة.</numerusform>
            <numerusform>…ومشكلتان أخريان.</numerusform>
            <numerusform>…و%n مشكلات أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>{file} has an empty line ({line}), which BagIt does not allow.</source>
        <translation>في {file} سطر فارغ ({line})، وهذا ما لا يسمح به BagIt.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>تعذّرت قراءة {file} ({reason}).</translation>
    </message>
    <message>
        <source>{file} changed size while it was being checked.</source>
        <translation>تغيّر حجم {file} أثناء التحقق منه.</translation>
    </message>
    <message>
        <source>{file} starts with a byte-order mark, which BagIt forbids.</source>
        <translation>يبدأ {file} بعلامة ترتيب البايتات، وهي ممنوعة في BagIt.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 text; FieldKit reads only UTF-8 tag files.</source>
        <translation>{file} ليس نصًا صالحًا بترميز UTF-8؛ لا يقرأ FieldKit إلا ملفات الوسوم بترميز UTF-8.</translation>
    </message>
    <message>
        <source>{file} does not begin with the line &apos;{line}&apos;.</source>
        <translation>لا يبدأ {file} بالسطر &apos;{line}&apos;.</translation>
    </message>
    <message>
        <source>{file} gives the BagIt version {version}, not M.N.</source>
        <translation>يذكر {file} إصدار BagIt {version}، لا M.N.</translation>
    </message>
    <message>
        <source>{file} does not declare its encoding (&apos;{line}&apos;).</source>
        <translation>لا يصرّح {file} بترميزه (&apos;{line}&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n line(s); BagIt allows exactly two.</source>
        <translation>
            <numerusform>في {file} %n أسطر؛ يسمح BagIt بسطرين بالضبط.</numerusform>
            <numerusform>في {file} سطر واحد (%n)؛ يسمح BagIt بسطرين بالضبط.</numerusform>
            <numerusform>في {file} سطران (%n)؛ يسمح BagIt بسطرين بالضبط.</numerusform>
            <numerusform>في {file} %n أسطر؛ يسمح BagIt بسطرين بالضبط.</numerusform>
            <numerusform>في {file} %n سطرًا؛ يسمح BagIt بسطرين بالضبط.</numerusform>
            <numerusform>في {file} %n سطر؛ يسمح BagIt بسطرين بالضبط.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} has whitespace that BagIt {version} forbids: each line must be &apos;Label: value&apos; with exactly one space after the colon.</source>
        <translation>في {file} مسافات يمنعها BagIt {version}: يجب أن يكون كل سطر &apos;Label: value&apos; بمسافة واحدة بالضبط بعد النقطتين.</translation>
    </message>
    <message>
        <source>This bag uses BagIt version {version}; FieldKit reads versions 0.97 and 1.0.</source>
        <translation>تستخدم هذه الحقيبة إصدار BagIt {version}؛ يقرأ FieldKit الإصدارين 0.97 و1.0.</translation>
    </message>
    <message>
        <source>{file} line {line} is indented but continues nothing.</source>
        <translation>السطر {line} من {file} مُزاح لكنه لا يُكمل شيئًا.</translation>
    </message>
    <message>
        <source>{file} line {line} is not of the form &apos;Label: value&apos;.</source>
        <translation>السطر {line} من {file} ليس بالصيغة &apos;Label: value&apos;.</translation>
    </message>
    <message>
        <source>{file} line {line} has whitespace around the label {label}, which BagIt 1.0 forbids.</source>
        <translation>في السطر {line} من {file} مسافات حول الوسم {label}، وهذا ما يمنعه BagIt 1.0.</translation>
    </message>
    <message>
        <source>{file} line {line} needs a space after the colon.</source>
        <translation>السطر {line} من {file} يحتاج إلى مسافة بعد النقطتين.</translation>
    </message>
    <message>
        <source>{file} line {line} is not a checksum followed by a file name.</source>
        <translation>السطر {line} من {file} ليس مجموعًا اختباريًا يتبعه اسم ملف.</translation>
    </message>
    <message>
        <source>{file} line {line} has a checksum of the wrong length for {algorithm}.</source>
        <translation>في السطر {line} من {file} مجموع اختباري بطول خاطئ لخوارزمية {algorithm}.</translation>
    </message>
    <message>
        <source>{file} line {line} marks {path} with &apos;*&apos; as md5sum does; strict BagIt validators refuse this.</source>
        <translation>يعلّم السطر {line} من {file} المسار {path} بـ&apos;*&apos; كما يفعل md5sum؛ ترفض أدوات التحقق الصارمة من BagIt ذلك.</translation>
    </message>
    <message>
        <source>{file} line {line} writes {path} with a leading &apos;./&apos;; strict BagIt validators refuse this.</source>
        <translation>يكتب السطر {line} من {file} المسار {path} مسبوقًا بـ&apos;./&apos;؛ ترفض أدوات التحقق الصارمة من BagIt ذلك.</translation>
    </message>
    <message>
        <source>{file} line {line} names {path}, which {reason}.</source>
        <translation>يذكر السطر {line} من {file} المسار {path}، وهو {reason}.</translation>
    </message>
    <message>
        <source>{file} lists {path}, which is outside the data/ folder; a payload manifest lists only payload files.</source>
        <translation>يذكر {file} المسار {path} وهو خارج المجلد data/؛ بيان المحتوى لا يذكر إلا ملفات المحتوى.</translation>
    </message>
    <message>
        <source>{file} lists the payload file {path}; a tag manifest lists only tag files.</source>
        <translation>يذكر {file} ملف المحتوى {path}؛ بيان الوسوم لا يذكر إلا ملفات الوسوم.</translation>
    </message>
    <message>
        <source>{file} lists {path} twice (lines {first} and {second}).</source>
        <translation>يذكر {file} المسار {path} مرتين (السطران {first} و{second}).</translation>
    </message>
    <message>
        <source>{file} lists {path} and {other}, which differ only in letter case or Unicode normalisation.</source>
        <translation>يذكر {file} المسارين {path} و{other} اللذين لا يختلفان إلا في حالة الأحرف أو تطبيع يونيكود.</translation>
    </message>
    <message>
        <source>Checking the bag was cancelled.</source>
        <translation>أُلغي التحقق من الحقيبة.</translation>
    </message>
    <message>
        <source>{file} is {size} bytes, too large for a tag file FieldKit reads.</source>
        <translation>حجم {file} هو {size} بايت، وهو أكبر من أن يقرأه FieldKit كملف وسوم.</translation>
    </message>
    <message>
        <source>{file} lists {path}, which is stored as {stored} in another Unicode normalisation.</source>
        <translation>يذكر {file} المسار {path} المحفوظ باسم {stored} بتطبيع يونيكود آخر.</translation>
    </message>
    <message>
        <source>The bag has no {file}, so it is not a BagIt bag.</source>
        <translation>ليس في الحقيبة {file}، فهي ليست حقيبة BagIt.</translation>
    </message>
    <message>
        <source>This bag&apos;s tag files are in {encoding}; FieldKit reads only UTF-8 tag files.</source>
        <translation>ملفات الوسوم في هذه الحقيبة بترميز {encoding}؛ لا يقرأ FieldKit إلا ملفات الوسوم بترميز UTF-8.</translation>
    </message>
    <message>
        <source>This bag has a fetch.txt: holey bags, whose files are to be downloaded, are not supported.</source>
        <translation>في هذه الحقيبة ملف fetch.txt: الحقائب الناقصة التي يجب تنزيل ملفاتها غير مدعومة.</translation>
    </message>
    <message>
        <source>data is a file, but it must be the payload folder.</source>
        <translation>data ملف، لكن يجب أن يكون مجلد المحتوى.</translation>
    </message>
    <message>
        <source>The bag has no data/ folder.</source>
        <translation>ليس في الحقيبة مجلد data/.</translation>
    </message>
    <message>
        <source>{file} uses the checksum algorithm {algorithm}, which FieldKit does not support.</source>
        <translation>يستخدم {file} خوارزمية المجموع الاختباري {algorithm} التي لا يدعمها FieldKit.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (a manifest-&lt;algorithm&gt;.txt file).</source>
        <translation>ليس في الحقيبة بيان للمحتوى (ملف manifest-&lt;algorithm&gt;.txt).</translation>
    </message>
    <message>
        <source>{file} and {other} differ only in letter case or Unicode normalisation, so they would be one file on Windows and macOS.</source>
        <translation>لا يختلف {file} و{other} إلا في حالة الأحرف أو تطبيع يونيكود، فسيصبحان ملفًا واحدًا على ويندوز وmacOS.</translation>
    </message>
    <message>
        <source>{file} gives Payload-Oxum more than once.</source>
        <translation>يذكر {file} قيمة Payload-Oxum أكثر من مرة.</translation>
    </message>
    <message>
        <source>{file} gives Payload-Oxum as {value}, not bytes.files.</source>
        <translation>يذكر {file} قيمة Payload-Oxum بالشكل {value}، لا bytes.files.</translation>
    </message>
    <message>
        <source>Payload-Oxum in {file} says {files} and {size}, but the payload has {actual_files} and {actual_size}.</source>
        <translation>تذكر Payload-Oxum في {file}: {files} و{size}، لكن في المحتوى {actual_files} و{actual_size}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>لا بايتات</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is in the bag but not listed in {manifests}.</source>
        <translation>{file} موجود في الحقيبة لكنه غير مذكور في {manifests}.</translation>
    </message>
    <message>
        <source>{file} lists itself, which no checksum can satisfy.</source>
        <translation>يذكر {file} نفسه، وهذا ما لا يمكن لأي مجموع اختباري أن يحققه.</translation>
    </message>
    <message>
        <source>{file} does not list the payload manifest {other}.</source>
        <translation>لا يذكر {file} بيان المحتوى {other}.</translation>
    </message>
    <message>
        <source>{file} is listed in {manifests} but missing from the bag.</source>
        <translation>{file} مذكور في {manifests} لكنه مفقود من الحقيبة.</translation>
    </message>
    <message>
        <source>{file} is listed in some tag manifests but not in {manifests}.</source>
        <translation>{file} مذكور في بعض بيانات الوسوم لكن ليس في {manifests}.</translation>
    </message>
    <message>
        <source>The bag has no tag manifest, so bagit.txt, bag-info.txt and the manifests are not protected by checksums.</source>
        <translation>ليس في الحقيبة بيان وسوم، فملفات bagit.txt وbag-info.txt والبيانات غير محمية بمجاميع اختبارية.</translation>
    </message>
    <message>
        <source>{file} is not listed in any tag manifest, so nothing checks it.</source>
        <translation>{file} غير مذكور في أي بيان وسوم، فلا شيء يتحقق منه.</translation>
    </message>
    <message>
        <source>There is no {file} to go with {other}.</source>
        <translation>لا يوجد {file} يرافق {other}.</translation>
    </message>
    <message>
        <source>This bag&apos;s payload manifests use only {algorithms}, which catches accidents but not deliberate tampering.</source>
        <translation>لا تستخدم بيانات المحتوى في هذه الحقيبة إلا {algorithms}، وهي تكشف الأعطال العرضية لا العبث المتعمَّد.</translation>
    </message>
    <message>
        <source>This bag&apos;s tag manifests use only {algorithms}, which catches accidents but not deliberate tampering.</source>
        <translation>لا تستخدم بيانات الوسوم في هذه الحقيبة إلا {algorithms}، وهي تكشف الأعطال العرضية لا العبث المتعمَّد.</translation>
    </message>
    <message>
        <source>{file} is a file the operating system made, probably bagged by accident.</source>
        <translation>{file} ملف أنشأه نظام التشغيل، وأُضيف على الأرجح عن غير قصد.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>تعذّرت قراءة {file}.</translation>
    </message>
    <message>
        <source>{file} does not match its checksum in {manifests}: it was changed or damaged.</source>
        <translation>لا يطابق {file} مجموعه الاختباري في {manifests}: لقد عُدّل أو تلف.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON.</source>
        <translation>{file} ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>This is not a FieldKit bundle ({file}).</source>
        <translation>هذه ليست حزمة FieldKit ({file}).</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}, which this FieldKit cannot read.</source>
        <translation>تستخدم هذه الحزمة إصدار التنسيق {version} الذي لا يستطيع FieldKit هذا قراءته.</translation>
    </message>
    <message>
        <source>{file} is missing fields or has wrong values.</source>
        <translation>في {file} حقول ناقصة أو قيم خاطئة.</translation>
    </message>
    <message>
        <source>{file} is not a readable bundle: {problem}.</source>
        <translation>{file} ليس حزمة قابلة للقراءة: {problem}.</translation>
    </message>
    <message>
        <source>The bundle member {member} {problem}.</source>
        <translation>عنصر الحزمة {member}: {problem}.</translation>
    </message>
    <message>
        <source>{file} has {size} bytes at offset {offset} that belong to no member.</source>
        <translation>في {file} {size} بايت عند الإزاحة {offset} لا تنتمي إلى أي عنصر.</translation>
    </message>
    <message>
        <source>{file} is a multi-part (split) archive, which bundles never are.</source>
        <translation>{file} أرشيف متعدد الأجزاء (مقسَّم)، والحزم ليست كذلك أبدًا.</translation>
    </message>
    <message>
        <source>the extra field of {where} is cut short</source>
        <translation>الحقل الإضافي في {where} مبتور</translation>
    </message>
    <message>
        <source>{where} repeats an extra field</source>
        <translation>{where} يكرر حقلًا إضافيًا</translation>
    </message>
    <message>
        <source>{where} lacks the ZIP64 field its sizes need</source>
        <translation>ينقص {where} حقل ZIP64 الذي تحتاجه أحجامه</translation>
    </message>
    <message>
        <source>the ZIP64 field of {where} is cut short</source>
        <translation>حقل ZIP64 في {where} مبتور</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>{what} lies beyond the end of the file</source>
        <translation>{what} يقع بعد نهاية الملف</translation>
    </message>
    <message>
        <source>{what} is cut short</source>
        <translation>{what} مبتور</translation>
    </message>
    <message>
        <source>{file} is empty, not a bundle.</source>
        <translation>{file} فارغ، وليس حزمة.</translation>
    </message>
    <message>
        <source>{file} has {count} entries, more than the {limit} a bundle may hold.</source>
        <translation>في {file} {count} مدخلًا، أكثر من {limit} التي يمكن أن تحتويها الحزمة.</translation>
    </message>
    <message>
        <source>its central directory does not end where the end record is</source>
        <translation>لا ينتهي دليله المركزي حيث يقع سجل النهاية</translation>
    </message>
    <message>
        <source>{file} contains no files.</source>
        <translation>لا يحتوي {file} على أي ملفات.</translation>
    </message>
    <message>
        <source>it is too short to be a ZIP archive</source>
        <translation>أقصر من أن يكون أرشيف ZIP</translation>
    </message>
    <message>
        <source>it has no ZIP end record (not a ZIP, or truncated)</source>
        <translation>ليس فيه سجل نهاية ZIP (ليس ZIP، أو مبتور)</translation>
    </message>
    <message>
        <source>its ZIP64 end record is missing</source>
        <translation>سجل نهاية ZIP64 مفقود</translation>
    </message>
    <message>
        <source>its end record counts its entries inconsistently</source>
        <translation>يعدّ سجل النهاية مدخلاته على نحو غير متّسق</translation>
    </message>
    <message>
        <source>its ZIP64 end record lies outside the file</source>
        <translation>يقع سجل نهاية ZIP64 خارج الملف</translation>
    </message>
    <message>
        <source>its ZIP64 end record is damaged</source>
        <translation>سجل نهاية ZIP64 تالف</translation>
    </message>
    <message>
        <source>its ZIP64 end record has the wrong length</source>
        <translation>طول سجل نهاية ZIP64 خاطئ</translation>
    </message>
    <message>
        <source>its ZIP64 end record counts its entries inconsistently</source>
        <translation>يعدّ سجل نهاية ZIP64 مدخلاته على نحو غير متّسق</translation>
    </message>
    <message>
        <source>its two end records disagree</source>
        <translation>سجلا النهاية فيه متعارضان</translation>
    </message>
    <message>
        <source>its central directory does not fit in the file</source>
        <translation>دليله المركزي لا يتّسع في الملف</translation>
    </message>
    <message>
        <source>its central directory is larger than its entries</source>
        <translation>دليله المركزي أكبر من مدخلاته</translation>
    </message>
    <message>
        <source>its central directory is cut short</source>
        <translation>دليله المركزي مبتور</translation>
    </message>
    <message>
        <source>entry {number} of the central directory</source>
        <translation>المدخل {number} من الدليل المركزي</translation>
    </message>
    <message>
        <source>{where} is damaged</source>
        <translation>{where} تالف</translation>
    </message>
    <message>
        <source>its central directory is longer than declared</source>
        <translation>دليله المركزي أطول مما صُرِّح به</translation>
    </message>
    <message>
        <source>has a name of {size} bytes, longer than the {limit} allowed</source>
        <translation>له اسم طوله {size} بايت، أطول من {limit} المسموح بها</translation>
    </message>
    <message>
        <source>{file} has oversized extra data in {where}.</source>
        <translation>في {file} بيانات إضافية كبيرة جدًا في {where}.</translation>
    </message>
    <message>
        <source>is encrypted; bundle members never are</source>
        <translation>مشفَّر؛ وعناصر الحزمة لا تكون مشفَّرة أبدًا</translation>
    </message>
    <message>
        <source>uses ZIP features FieldKit does not read ({flags})</source>
        <translation>يستخدم ميزات ZIP لا يقرؤها FieldKit ({flags})</translation>
    </message>
    <message>
        <source>is compressed (method {method}); bundle members are stored uncompressed</source>
        <translation>مضغوط (الطريقة {method})؛ وعناصر الحزمة تُخزَّن بلا ضغط</translation>
    </message>
    <message>
        <source>needs a newer ZIP version than bundles use</source>
        <translation>يتطلب إصدار ZIP أحدث مما تستخدمه الحزم</translation>
    </message>
    <message>
        <source>carries a second, alternative name</source>
        <translation>يحمل اسمًا ثانيًا بديلًا</translation>
    </message>
    <message>
        <source>has two different sizes, so it is not stored as is</source>
        <translation>له حجمان مختلفان، فهو ليس مخزَّنًا كما هو</translation>
    </message>
    <message>
        <source>is a folder entry with content</source>
        <translation>مدخل مجلد له محتوى</translation>
    </message>
    <message>
        <source>is {size} bytes, more than the {limit} allowed</source>
        <translation>حجمه {size} بايت، أكثر من {limit} المسموح بها</translation>
    </message>
    <message>
        <source>{file} declares more than the {limit} bytes a bundle may hold.</source>
        <translation>يصرّح {file} بأكثر من {limit} بايت التي يمكن أن تحتويها الحزمة.</translation>
    </message>
    <message>
        <source>the data of {member} lies outside the archive</source>
        <translation>بيانات {member} تقع خارج الأرشيف</translation>
    </message>
    <message>
        <source>its central directory has bytes that belong to no entry</source>
        <translation>في دليله المركزي بايتات لا تنتمي إلى أي مدخل</translation>
    </message>
    <message>
        <source>{file} has a member name that is not valid UTF-8.</source>
        <translation>في {file} اسم عنصر ليس UTF-8 صالحًا.</translation>
    </message>
    <message>
        <source>{file} has a member name that is not UTF-8 (a legacy code page), which bundles never use.</source>
        <translation>في {file} اسم عنصر ليس بترميز UTF-8 (صفحة ترميز قديمة)، والحزم لا تستخدم ذلك أبدًا.</translation>
    </message>
    <message>
        <source>is a symbolic link; bundles hold only plain files</source>
        <translation>رابط رمزي؛ والحزم لا تحتوي إلا ملفات عادية</translation>
    </message>
    <message>
        <source>is a special file (device, pipe or socket); bundles hold only plain files</source>
        <translation>ملف خاص (جهاز أو أنبوب أو مقبس)؛ والحزم لا تحتوي إلا ملفات عادية</translation>
    </message>
    <message>
        <source>is marked as a folder but named like a file</source>
        <translation>معلَّم كمجلد لكنه مسمّى كملف</translation>
    </message>
    <message>
        <source>is named like a folder but marked as a file</source>
        <translation>مسمّى كمجلد لكنه معلَّم كملف</translation>
    </message>
    <message>
        <source>contains &apos;:&apos;, which Windows reads as a drive or stream name</source>
        <translation>يحتوي على &apos;:&apos; التي يقرؤها ويندوز اسمَ محرك أو تدفق</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>يظهر مرتين</translation>
    </message>
    <message>
        <source>The bundle members {member} and {other} differ only in letter case or Unicode normalisation, so they would overwrite each other.</source>
        <translation>لا يختلف عنصرا الحزمة {member} و{other} إلا في حالة الأحرف أو تطبيع يونيكود، فسيكتب أحدهما فوق الآخر.</translation>
    </message>
    <message>
        <source>it holds {member} and no bundle folder</source>
        <translation>يحتوي على {member} ولا يحتوي على مجلد حزمة</translation>
    </message>
    <message>
        <source>lies at the top level; a bundle holds exactly one folder</source>
        <translation>يقع في المستوى الأعلى؛ والحزمة تحتوي مجلدًا واحدًا بالضبط</translation>
    </message>
    <message>
        <source>{file} holds more than one top-level folder ({names}); a bundle holds exactly one.</source>
        <translation>يحتوي {file} على أكثر من مجلد في المستوى الأعلى ({names})؛ والحزمة تحتوي مجلدًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>The bundle member {member} is a file, but {other} is inside it.</source>
        <translation>عنصر الحزمة {member} ملف، لكن {other} داخله.</translation>
    </message>
    <message>
        <source>overlaps another member (a trick used by ZIP bombs)</source>
        <translation>يتداخل مع عنصر آخر (حيلة تستخدمها قنابل ZIP)</translation>
    </message>
    <message>
        <source>The data of the last bundle member overlaps the central directory of {file}.</source>
        <translation>تتداخل بيانات آخر عنصر في الحزمة مع الدليل المركزي لـ {file}.</translation>
    </message>
    <message>
        <source>the local header of {member}</source>
        <translation>الترويسة المحلية لـ {member}</translation>
    </message>
    <message>
        <source>{where} is cut short</source>
        <translation>{where} مبتور</translation>
    </message>
    <message>
        <source>has a different name in its local header than in the central directory</source>
        <translation>له اسم في ترويسته المحلية يختلف عنه في الدليل المركزي</translation>
    </message>
    <message>
        <source>has different flags in its local header than in the central directory</source>
        <translation>له أعلام في ترويسته المحلية تختلف عنها في الدليل المركزي</translation>
    </message>
    <message>
        <source>has a local header that disagrees with the central directory</source>
        <translation>له ترويسة محلية تخالف الدليل المركزي</translation>
    </message>
    <message>
        <source>has a data descriptor that disagrees with the central directory</source>
        <translation>له واصف بيانات يخالف الدليل المركزي</translation>
    </message>
    <message>
        <source>The bundle member {member} is damaged: its CRC-32 checksum does not match.</source>
        <translation>عنصر الحزمة {member} تالف: مجموعه الاختباري CRC-32 لا يطابق.</translation>
    </message>
    <message>
        <source>The bundle member {member} is cut short: the file changed or is damaged.</source>
        <translation>عنصر الحزمة {member} مبتور: تغيّر الملف أو تلف.</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be read.</source>
        <translation>لا يمكن قراءة ملف الثقة {path}.</translation>
    </message>
    <message>
        <source>{path} is neither a FieldKit identity card nor a minisign public key.</source>
        <translation>{path} ليس بطاقة هوية FieldKit ولا مفتاحًا عامًا لـ minisign.</translation>
    </message>
    <message>
        <source>{file} is missing from the bundle.</source>
        <translation>{file} مفقود من الحزمة.</translation>
    </message>
    <message>
        <source>{file} is too large for what it should hold.</source>
        <translation>{file} أكبر مما ينبغي لما يجب أن يحتويه.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity and the outer signature were checked; the encrypted content was not inspected.</source>
        <translation>تم التحقق من البنية والاكتمال وسلامة الملفات والتوقيع الخارجي؛ ولم يُفحص المحتوى المشفَّر.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity, the outer and inner signatures, every revision and its author&apos;s signature, and every photo were checked.</source>
        <translation>تم التحقق من البنية والاكتمال وسلامة الملفات والتوقيعين الخارجي والداخلي وكل مراجعة وتوقيع كاتبها وكل صورة.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from this bundle was kept.</source>
        <translation>أُلغي الاستيراد؛ لم يُحتفظ بشيء من هذه الحزمة.</translation>
    </message>
    <message>
        <source>This is a redacted snapshot: it is for reading and verifying, never for merging.</source>
        <translation>هذه لقطة منقّحة: هي للقراءة والتحقق فقط، وليست للدمج أبدًا.</translation>
    </message>
    <message>
        <source>This file is larger than any bundle FieldKit writes, so it was not downloaded.</source>
        <translation>هذا الملف أكبر من أي حزمة يكتبها FieldKit، لذا لم يُنزَّل.</translation>
    </message>
    <message>
        <source>data/records.ndjson changed after it was verified.</source>
        <translation>تغيّر data/records.ndjson بعد التحقق منه.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content could not be checked.</source>
        <translation>تعذّر التحقق من محتوى الحزمة.</translation>
    </message>
    <message>
        <source>Written by the archive itself; nothing to merge.</source>
        <translation>كتبه الأرشيف نفسه؛ لا شيء للدمج.</translation>
    </message>
    <message>
        <source>The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender, trust their card with `fieldkit archive trust add CARD.fkid --verified`, then run `fieldkit archive requeue`.</source>
        <translation>الحزمة موقّعة بمفتاح غير موثوق أو غير معروف؛ تحقّق من البصمة مع المرسل، وامنح الثقة لبطاقته باستخدام `fieldkit archive trust add CARD.fkid --verified`، ثم شغّل `fieldkit archive requeue`.</translation>
    </message>
    <message>
        <source>Another file with this bundle id was merged already.</source>
        <translation>دُمج مسبقًا ملف آخر يحمل معرّف الحزمة هذا.</translation>
    </message>
    <message>
        <source>Quarantined.</source>
        <translation>في الحجر.</translation>
    </message>
    <message>
        <source>Failed {count} times; last error: {error}</source>
        <translation>فشل {count} مرات؛ آخر خطأ: {error}</translation>
    </message>
    <message>
        <source>The archive&apos;s PostgreSQL database cannot be reached ({detail}).</source>
        <translation>يتعذّر الوصول إلى قاعدة بيانات PostgreSQL الخاصة بالأرشيف ({detail}).</translation>
    </message>
    <message>
        <source>The archive&apos;s PostgreSQL database cannot be reached.</source>
        <translation>يتعذّر الوصول إلى قاعدة بيانات PostgreSQL الخاصة بالأرشيف.</translation>
    </message>
    <message>
        <source>Bundle {number} of stream {stream} from {sender} is missing.</source>
        <translation>الحزمة {number} من {sender} مفقودة (سلسلة الحزم {stream}).</translation>
    </message>
    <message>
        <source>Bundles {bundles} both claim sequence {sequence} of stream {stream} from {sender}.</source>
        <translation>الحزم {bundles} تدّعي كلها الرقم التسلسلي {sequence} من التدفق {stream} من {sender}.</translation>
    </message>
    <message>
        <source>The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender and trust their card, or import with --accept-untrusted.</source>
        <translation>الحزمة موقّعة بمفتاح غير موثوق أو غير معروف؛ تحقّق من البصمة مع المرسل ثم ثِق ببطاقته، أو استورد باستخدام --accept-untrusted.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>لا يمكن قراءة {file}.</translation>
    </message>
    <message>
        <source>This bundle was written by this vault; there is nothing to import.</source>
        <translation>كُتبت هذه الحزمة بواسطة هذه الخزنة؛ لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>{number} in {container}: deleted on another laptop while packed here — restore or take out of the container.</source>
        <translation>{number} في {container}: حُذف على حاسوب آخر وهو معبأ هنا — تجب استعادته أو إخراجه من الحاوية.</translation>
    </message>
    <message>
        <source>Bundles {first} and {second} both claim sequence {sequence} of stream {stream}.</source>
        <translation>الحزمتان {first} و{second} تدّعيان كلتاهما التسلسل {sequence} من التدفق {stream}.</translation>
    </message>
    <message>
        <source>A trusted coordinator revoked the key {key}; it is now revoked here too.</source>
        <translation>ألغى منسّق موثوق المفتاح {key}؛ وهو الآن ملغى هنا أيضًا.</translation>
    </message>
    <message>
        <source>data/records.ndjson line {number} changed after it was verified.</source>
        <translation>تغيّر السطر {number} من data/records.ndjson بعد التحقق منه.</translation>
    </message>
    <message>
        <source>{count} photo(s) referenced by this bundle are not in it yet.</source>
        <translation>عدد الصور التي تشير إليها هذه الحزمة وليست فيها بعد: {count}.</translation>
    </message>
    <message>
        <source>Bundle {sequence} of stream {stream} from {sender} has not been received yet.</source>
        <translation>لم تُستلم بعد الحزمة {sequence} من التدفق {stream} من {sender}.</translation>
    </message>
    <message>
        <source>A revision has an unknown record kind.</source>
        <translation>إحدى النسخ ذات نوع سجل غير معروف.</translation>
    </message>
    <message>
        <source>Revision {revision} is dated more than a day ahead of this computer&apos;s clock.</source>
        <translation>النسخة {revision} مؤرّخة بأكثر من يوم بعد ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Revision {revision} starts a handover but {problem}.</source>
        <translation>النسخة {revision} تبدأ تسليمًا لكن {problem}.</translation>
    </message>
    <message>
        <source>The bundle was refused whole; ask its sender where the handover came from.</source>
        <translation>رُفضت الحزمة بكاملها؛ اسأل مرسلها من أين جاء التسليم.</translation>
    </message>
    <message>
        <source>Revision {revision} accepts a handover but is not signed by its receiver.</source>
        <translation>النسخة {revision} تقبل تسليمًا لكنها غير موقّعة من مستلمه.</translation>
    </message>
    <message>
        <source>The bundle was refused whole; ask its sender where the acceptance came from.</source>
        <translation>رُفضت الحزمة بكاملها؛ اسأل مرسلها من أين جاء القبول.</translation>
    </message>
    <message>
        <source>{file} names another bundle than its folder.</source>
        <translation>يسمّي {file} حزمة غير مجلدها.</translation>
    </message>
    <message>
        <source>{file} names another sender than {other}.</source>
        <translation>يسمّي {file} مرسلًا غير الذي في {other}.</translation>
    </message>
    <message>
        <source>{file} is not covered by the signed tag manifest.</source>
        <translation>{file} غير مشمول ببيان الوسوم الموقَّع.</translation>
    </message>
    <message>
        <source>The signed tag manifest does not list {file}.</source>
        <translation>لا يذكر بيان الوسوم الموقَّع {file}.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; give their identity card with --trust.</source>
        <translation>مفتاح الموقِّع غير معروف هنا، فتعذّر التحقق من التوقيع؛ أعطِ بطاقة هويته مع --trust.</translation>
    </message>
    <message>
        <source>The file could not be read as a FieldKit bundle, so neither a signature nor any content was checked.</source>
        <translation>تعذّرت قراءة الملف كحزمة FieldKit، فلم يُفحص أي توقيع ولا أي محتوى.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: the signed comment does not match {other}.</source>
        <translation>{file}: التعليق الموقَّع لا يطابق {other}.</translation>
    </message>
    <message>
        <source>The signer was checked against a bare minisign key: their FieldKit fingerprint could not be confirmed.</source>
        <translation>تم التحقق من الموقِّع بمفتاح minisign مجرد: تعذّر تأكيد بصمته في FieldKit.</translation>
    </message>
    <message>
        <source>This vault is not one of the bundle&apos;s recipients.</source>
        <translation>هذه الخزنة ليست من المرسَل إليهم في الحزمة.</translation>
    </message>
    <message>
        <source>The signer&apos;s key was revoked later; this bundle comes from before the revocation.</source>
        <translation>أُبطل مفتاح الموقِّع لاحقًا؛ هذه الحزمة من قبل الإبطال.</translation>
    </message>
    <message>
        <source>The signer&apos;s key has been revoked; this bundle comes after that.</source>
        <translation>أُبطل مفتاح الموقِّع؛ وهذه الحزمة جاءت بعد ذلك.</translation>
    </message>
    <message>
        <source>{file} has no valid sender card.</source>
        <translation>لا يحتوي {file} على بطاقة مرسِل صالحة.</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <translation>{file} مفقود.</translation>
    </message>
    <message>
        <source>{file} is not a JSON object.</source>
        <translation>{file} ليس كائن JSON.</translation>
    </message>
    <message>
        <source>{file} belongs to another bundle or stream position.</source>
        <translation>ينتمي {file} إلى حزمة أخرى أو موضع آخر في التدفق.</translation>
    </message>
    <message>
        <source>The inner signer is not the outer signer.</source>
        <translation>الموقِّع الداخلي ليس الموقِّع الخارجي.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>{file} line {line} is not valid.</source>
        <translation>السطر {line} من {file} غير صالح.</translation>
    </message>
    <message>
        <source>{file} line {line}: {problem}</source>
        <translation>السطر {line} من {file}: {problem}</translation>
    </message>
    <message>
        <source>A revision changes the kind of its record.</source>
        <translation>مراجعة تغيّر نوع سجلّها.</translation>
    </message>
    <message>
        <source>A revision names a parent from another record.</source>
        <translation>مراجعة تسمّي أصلًا من سجل آخر.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was imported before with other content; this copy was refused.</source>
        <translation>استُوردت الحزمة {bundle} من قبل بمحتوى مختلف؛ رُفضت هذه النسخة.</translation>
    </message>
    <message>
        <source>{file} line {line} is not a valid revision.</source>
        <translation>السطر {line} من {file} ليس مراجعة صالحة.</translation>
    </message>
    <message>
        <source>Revision {revision} is by an author whose card is not included.</source>
        <translation>المراجعة {revision} من كاتب بطاقته غير مضمَّنة.</translation>
    </message>
    <message>
        <source>{file} line {line}: revision {revision} has an invalid author signature.</source>
        <translation>السطر {line} من {file}: للمراجعة {revision} توقيع كاتب غير صالح.</translation>
    </message>
    <message>
        <source>{file} is not a FieldKit bundle ({reason}).</source>
        <translation>{file} ليس حزمة FieldKit ({reason}).</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; add their identity card to “Keys you trust” and verify again.</source>
        <translation>مفتاح الموقِّع غير معروف هنا، فتعذّر التحقق من التوقيع؛ أضِف بطاقة هويته إلى «المفاتيح التي تثق بها» ثم أعِد التحقق.</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <extracomment>Notes whose way out is a command-line option, and the words of the app for it: an auditor reading the app or a certificate it made has no --trust to type (r11 UI trial #7).</extracomment>
        <translation>فُحص التوقيع الخارجي وهو صالح</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>فُحص التوقيع الخارجي وهو غير صالح</translation>
    </message>
    <message>
        <source>the outer signature could not be checked, as the signer&apos;s key is not known here</source>
        <translation>تعذّر فحص التوقيع الخارجي لأن مفتاح الموقِّع غير معروف هنا</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>لم يُفحص التوقيع الخارجي</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and hold; {signature}; the content was not inspected.</source>
        <translation>فُحصت البنية والاكتمال وسلامة الملفات وهي سليمة؛ {signature}؛ ولم يُفحص المحتوى.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity and the outer signature were checked and hold; the content was inspected and failed.</source>
        <translation>فُحصت البنية والاكتمال وسلامة الملفات والتوقيع الخارجي وهي سليمة؛ وفُحص المحتوى ولم يجتز الفحص.</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and hold; the bundle was made by a newer FieldKit, so neither its signature nor its content was checked: update FieldKit to verify it.</source>
        <translation>فُحصت البنية والاكتمال وسلامة الملفات وهي سليمة؛ صُنعت الحزمة بإصدار أحدث من FieldKit، لذا لم يُفحص توقيعها ولا محتواها: حدّث FieldKit للتحقق منها.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it was cut short</source>
        <translation>ليس أرشيف ZIP، أو أنه مقطوع</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>it contains no files</source>
        <translation>لا يحتوي على أي ملفات</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and failed; {signature}; the content was not inspected.</source>
        <translation>فُحصت البنية والاكتمال وسلامة الملفات ولم تجتز الفحص؛ {signature}؛ ولم يُفحص المحتوى.</translation>
    </message>
    <message>
        <source>{name}, {organisation} (not verified)</source>
        <translation>{name}، {organisation} (غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>{name} (not verified)</source>
        <translation>{name} (غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>A record snapshot line appears in a bundle of revisions.</source>
        <translation>يظهر سطر لقطة سجل في حزمة مراجعات.</translation>
    </message>
    <message>
        <source>{file} line {line} has an unknown type.</source>
        <translation>السطر {line} من {file} من نوع غير معروف.</translation>
    </message>
    <message>
        <source>{file} has no photo list.</source>
        <translation>لا يحتوي {file} على قائمة صور.</translation>
    </message>
    <message>
        <source>{file} is not listed in {other}.</source>
        <translation>{file} غير مذكور في {other}.</translation>
    </message>
    <message>
        <source>{file} is listed in {other} but missing.</source>
        <translation>{file} مذكور في {other} لكنه مفقود.</translation>
    </message>
    <message>
        <source>{file}: the photo does not match its hash.</source>
        <translation>{file}: الصورة لا تطابق بصمتها (التجزئة).</translation>
    </message>
    <message>
        <source>{file} line {line} is too long.</source>
        <translation>السطر {line} من {file} طويل جدًا.</translation>
    </message>
    <message>
        <source>{file} does not match its hash in {other}.</source>
        <translation>لا يطابق {file} بصمته (التجزئة) في {other}.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file.</source>
        <translation>{path} ليس ملف JSON قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>The JSON must be an object of field names and values.</source>
        <translation>يجب أن يكون JSON كائنًا من أسماء الحقول وقيمها.</translation>
    </message>
    <message>
        <source>--objects must be zero or more.</source>
        <translation>يجب أن يكون --objects صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>--objects can be at most {limit}.</source>
        <translation>أقصى قيمة لـ --objects هي {limit}.</translation>
    </message>
    <message>
        <source>{path} holds a real vault, not a demo vault; `demo` leaves it alone.</source>
        <translation>يحتوي {path} على خزنة حقيقية لا تجريبية؛ ولا يمسّها `demo`.</translation>
    </message>
    <message>
        <source>Give another folder with --vault, or run `fieldkit demo` without --vault.</source>
        <translation>حدد مجلدًا آخر بـ --vault، أو شغّل `fieldkit demo` دون --vault.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>لا يمكن قراءة الملف {path}.</translation>
    </message>
    <message>
        <source>The JSON input is larger than {size} MiB.</source>
        <translation>مدخلات JSON أكبر من {size} ميبيبايت.</translation>
    </message>
    <message>
        <source>The JSON input must be an object of field names and values.</source>
        <translation>يجب أن تكون مدخلات JSON كائنًا من أسماء الحقول وقيمها.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>الصورة {path} غير موجودة.</translation>
    </message>
    <message>
        <source>This vault was shredded: its keys were destroyed.</source>
        <translation>أُتلفت هذه الخزنة: أُتلفت مفاتيحها.</translation>
    </message>
    <message>
        <source>The folder for the recovery key file {path} does not exist; nothing was changed.</source>
        <translation>مجلد ملف مفتاح الاسترداد {path} غير موجود؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Create the folder or choose another file, then run the command again.</source>
        <translation>أنشئ المجلد أو اختر ملفًا آخر، ثم شغّل الأمر مرة أخرى.</translation>
    </message>
    <message>
        <source>The recovery key file {path} already exists; nothing was changed.</source>
        <translation>ملف مفتاح الاسترداد {path} موجود من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Choose a new file name (the existing file may hold the key that still opens the vault).</source>
        <translation>اختر اسم ملف جديدًا (قد يحتوي الملف الموجود على المفتاح الذي ما زال يفتح الخزنة).</translation>
    </message>
    <message>
        <source>The minisign public key is not valid base64.</source>
        <translation>المفتاح العام لـ minisign ليس base64 صالحًا.</translation>
    </message>
    <message>
        <source>This is not a minisign Ed25519 public key.</source>
        <translation>هذا ليس مفتاحًا عامًا من نوع minisign Ed25519.</translation>
    </message>
    <message>
        <source>The minisign public key file is empty.</source>
        <translation>ملف المفتاح العام لـ minisign فارغ.</translation>
    </message>
    <message>
        <source>The signature file is not text.</source>
        <translation>ملف التوقيع ليس نصًا.</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>ملف التوقيع ليس بتنسيق minisign.</translation>
    </message>
    <message>
        <source>The signature file has no trusted comment.</source>
        <translation>لا يحتوي ملف التوقيع على تعليق موثوق.</translation>
    </message>
    <message>
        <source>The signature file is not valid base64.</source>
        <translation>ملف التوقيع ليس base64 صالحًا.</translation>
    </message>
    <message>
        <source>The signature file is not a minisign Ed25519 signature.</source>
        <translation>ملف التوقيع ليس توقيعًا من نوع minisign Ed25519.</translation>
    </message>
    <message>
        <source>The signature was made with another key.</source>
        <translation>صُنع التوقيع بمفتاح آخر.</translation>
    </message>
    <message>
        <source>The signature does not match the signed file.</source>
        <translation>لا يطابق التوقيع الملف الموقَّع.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>عُدّل التعليق الموثوق في التوقيع.</translation>
    </message>
    <message>
        <source>Save the sheet as CSV from your spreadsheet program (File &gt; Save as &gt; CSV UTF-8) and try again; nothing was imported.</source>
        <translation>احفظ الورقة بصيغة CSV من برنامج الجداول (ملف &gt; حفظ باسم &gt; CSV UTF-8) وأعد المحاولة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>--encoding {value}: unknown encoding.</source>
        <translation>--encoding {value}: ترميز غير معروف.</translation>
    </message>
    <message>
        <source>Use e.g. {examples}.</source>
        <translation>استخدم مثلًا {examples}.</translation>
    </message>
    <message>
        <source>lines {numbers} and more</source>
        <translation>الأسطر {numbers} وغيرها</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>السطر {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>الأسطر {numbers}</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>لا يمكن قراءة الملف {file}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>The file {file} could not be read.</source>
        <translation>تعذّرت قراءة الملف {file}.</translation>
    </message>
    <message>
        <source>given with --encoding</source>
        <translation>محدد بـ --encoding</translation>
    </message>
    <message>
        <source>detected: UTF-8 byte-order mark</source>
        <translation>مكتشَف: علامة ترتيب البايتات UTF-8</translation>
    </message>
    <message>
        <source>detected: UTF-16 byte-order mark</source>
        <translation>مكتشَف: علامة ترتيب البايتات UTF-16</translation>
    </message>
    <message>
        <source>detected: the whole file is valid UTF-8</source>
        <translation>مكتشَف: الملف كله UTF-8 صالح</translation>
    </message>
    <message>
        <source>detected: the whole file is ASCII</source>
        <translation>مكتشَف: الملف كله ASCII</translation>
    </message>
    <message>
        <source>detected: not UTF-8, and its {count} accented letters all read as Western European words</source>
        <translation>مكتشَف: ليس UTF-8، وكل حروفه المشكَّلة ({count}) تُقرأ كلمات أوروبية غربية</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, and FieldKit cannot tell its encoding for sure (the first letters that are not plain ASCII are on line {line}).</source>
        <translation>{file} ليس نصًا بترميز UTF-8، ولا يستطيع FieldKit تحديد ترميزه بثقة (أول حروف ليست ASCII بسيطًا في السطر {line}).</translation>
    </message>
    <message>
        <source>Save it as CSV UTF-8 from your spreadsheet program, or give its encoding with --encoding, e.g. {examples}; check with --dry-run, which shows rows as read. Nothing was imported.</source>
        <translation>احفظه بصيغة CSV UTF-8 من برنامج الجداول، أو حدد ترميزه بـ --encoding، مثلًا {examples}؛ وتحقق بـ --dry-run الذي يعرض الصفوف كما قُرئت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} has a UTF-8 byte-order mark but {count} byte(s) that are not UTF-8, on {lines}.</source>
        <translation>في {file} علامة ترتيب بايتات UTF-8 لكن فيه بايتات ليست UTF-8 (عددها {count}) في {lines}.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except for {count} byte(s) that are not UTF-8, on {lines}.</source>
        <translation>{file} نص بترميز UTF-8 باستثناء بايتات ليست UTF-8 (عددها {count}) في {lines}.</translation>
    </message>
    <message>
        <source>Correct the line(s) named (type the letters there again) and save the file as CSV UTF-8; or, if the whole file is in another encoding, give it with --encoding (check with --dry-run). Nothing was imported.</source>
        <translation>صحّح السطر أو الأسطر المذكورة (أعد كتابة الحروف فيها) واحفظ الملف بصيغة CSV UTF-8؛ أو إن كان الملف كله بترميز آخر فحدده بـ --encoding (تحقق بـ --dry-run). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} does not start with a {encoding} byte-order mark.</source>
        <translation>لا يبدأ {file} بعلامة ترتيب بايتات {encoding}.</translation>
    </message>
    <message>
        <source>Give --encoding {little} (as Windows writes it) or {big} instead; nothing was imported.</source>
        <translation>حدد بدلًا من ذلك --encoding {little} (كما يكتبه Windows) أو {big}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Check --encoding (e.g. {examples}), or leave it out to detect the encoding; or correct those lines. Nothing was imported.</source>
        <translation>تحقق من --encoding (مثلًا {examples})، أو احذفه ليُكتشف الترميز؛ أو صحّح تلك الأسطر. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Correct those lines, or save the sheet again as CSV UTF-8. Nothing was imported.</source>
        <translation>صحّح تلك الأسطر، أو احفظ الجدول مجددًا بصيغة CSV UTF-8. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} text: {lines} cannot be read as {encoding}.</source>
        <translation>{file} ليس نصًا صالحًا بترميز {encoding}: لا يمكن قراءة {lines} بترميز {encoding}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a CSV file.</source>
        <translation>{path} مجلد؛ حدد ملف CSV.</translation>
    </message>
    <message>
        <source>The file {file} is larger than {size} GB.</source>
        <translation>الملف {file} أكبر من {size} غيغابايت.</translation>
    </message>
    <message>
        <source>Split the sheet into smaller CSV files and import them one by one.</source>
        <translation>قسّم الجدول إلى ملفات CSV أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>Close the spreadsheet program, then import again.</source>
        <translation>أغلق برنامج الجداول ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no header row.</source>
        <translation>{file} فارغ: لا يوجد صف عناوين.</translation>
    </message>
    <message>
        <source>--delimiter {value}: give one character such as &apos;,&apos; &apos;;&apos; or &apos;tab&apos;.</source>
        <translation>--delimiter {value}: حدد محرفًا واحدًا مثل &apos;,&apos; أو &apos;;&apos; أو &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>a workbook (.xlsx or .ods), not a CSV file</source>
        <translation>مصنف (.xlsx أو .ods)، لا ملف CSV</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls), not a CSV file</source>
        <translation>مصنف Excel 97-2003 (.xls)، لا ملف CSV</translation>
    </message>
    <message>
        <source>a PDF document, not a CSV file</source>
        <translation>مستند PDF، لا ملف CSV</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes between its letters: it looks like {encoding} text without a byte-order mark.</source>
        <translation>يحتوي {file} على بايتات NUL بين حروفه: يبدو نصًا بترميز {encoding} بلا علامة ترتيب البايتات.</translation>
    </message>
    <message>
        <source>Read it as {encoding} (--encoding {codec}), or save the sheet as CSV UTF-8 from your spreadsheet program. Nothing was imported.</source>
        <translation>اقرأه بترميز {encoding} (--encoding {codec})، أو احفظ الورقة بصيغة CSV UTF-8 من برنامج الجداول. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is a binary file, not CSV text.</source>
        <translation>يحتوي {file} على بايتات NUL: إنه ملف ثنائي، لا نص CSV.</translation>
    </message>
    <message>
        <source>Save the sheet as CSV from your spreadsheet program; if it is UTF-16 text without a byte-order mark, give --encoding {little} or {big}. Nothing was imported.</source>
        <translation>احفظ الورقة بصيغة CSV من برنامج الجداول؛ وإن كانت نصًا UTF-16 بلا علامة ترتيب البايتات، فحدد --encoding {little} أو {big}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} changed while it was being read; nothing was imported.</source>
        <translation>تغيّر {file} أثناء قراءته؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} is {what}.</source>
        <translation>{file}: {what}.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not CSV text.</source>
        <translation>يحتوي {file} على بيانات ثنائية، لا نص CSV.</translation>
    </message>
    <message>
        <source>{file} has {count} columns; FieldKit reads at most {limit} (the widest sheet Excel or LibreOffice makes).</source>
        <translation>في {file} {count} عمود؛ يقرأ FieldKit {limit} على الأكثر (أعرض جدول ينشئه Excel أو LibreOffice).</translation>
    </message>
    <message>
        <source>Delete the empty columns at the right of the sheet, save it as CSV again and import it; nothing was imported.</source>
        <translation>احذف الأعمدة الفارغة في يمين الجدول، واحفظه مجددًا بصيغة CSV ثم استورده؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows.</source>
        <translation>في {file} أكثر من {limit} صف.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is longer than {limit} characters: it is not a spreadsheet row.</source>
        <translation>السطر {line} من {file} أطول من {limit} محرف: ليس صفًا في جدول بيانات.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has a cell longer than {limit} characters (a field holds at most {most}); is a quote left open?</source>
        <translation>في الصف {row} من {file} خلية أطول من {limit} محرف (الحقل يحتمل {most} على الأكثر)؛ هل بقيت علامة اقتباس مفتوحة؟</translation>
    </message>
    <message>
        <source>{file} ends inside a quoted cell that starts at row {row} or after; a quote (&quot;) is left open.</source>
        <translation>ينتهي {file} داخل خلية بين علامتي اقتباس تبدأ في الصف {row} أو بعده؛ بقيت علامة اقتباس (&quot;) مفتوحة.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is not valid CSV: a quoted cell is not closed properly.</source>
        <translation>الصف {row} من {file} ليس CSV صالحًا: خلية بين علامتي اقتباس لم تُغلق كما يجب.</translation>
    </message>
    <message>
        <source>--map {value}: write COLUMN=field, e.g. --map &quot;Inv. No.=inventory_number&quot;.</source>
        <translation>--map {value}: اكتب COLUMN=field، مثلًا --map &quot;Inv. No.=inventory_number&quot;.</translation>
    </message>
    <message>
        <source>--map: &apos;{value}&apos; is not a field of object records.</source>
        <translation>--map: &apos;{value}&apos; ليس حقلًا في سجلات القطع.</translation>
    </message>
    <message>
        <source>Known fields: {fields} (or &apos;-&apos; to skip a column).</source>
        <translation>الحقول المعروفة: {fields} (أو &apos;-&apos; لتخطي عمود).</translation>
    </message>
    <message>
        <source>--map: the file has no column {value} (it has {count}).</source>
        <translation>--map: لا يوجد في الملف عمود {value} (فيه {count}).</translation>
    </message>
    <message>
        <source>--map: several columns are named &apos;{value}&apos;.</source>
        <translation>--map: عدة أعمدة اسمها &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Name the column by its position instead, e.g. --map &quot;#{number}=…&quot;.</source>
        <translation>سمِّ العمود بموضعه بدلًا من ذلك، مثلًا --map &quot;#{number}=…&quot;.</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;{value}&apos;.</source>
        <translation>--map: لا يوجد في الملف عمود &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>أعمدته هي: {columns}.</translation>
    </message>
    <message>
        <source>--map names the column &apos;{column}&apos; twice.</source>
        <translation>يذكر --map العمود &apos;{column}&apos; مرتين.</translation>
    </message>
    <message>
        <source>--map: columns &apos;{first}&apos; and &apos;{second}&apos; both map to {field}.</source>
        <translation>--map: العمودان &apos;{first}&apos; و&apos;{second}&apos; كلاهما يُربطان بـ {field}.</translation>
    </message>
    <message>
        <source>The columns &apos;{first}&apos; and &apos;{second}&apos; both look like {field}.</source>
        <translation>العمودان &apos;{first}&apos; و&apos;{second}&apos; كلاهما يشبه {field}.</translation>
    </message>
    <message>
        <source>Choose with --map, e.g. --map &quot;{column}=-&quot; to skip one of them.</source>
        <translation>اختر بـ --map، مثلًا --map &quot;{column}=-&quot; لتخطي أحدهما.</translation>
    </message>
    <message>
        <source>None of the columns matches a field of object records (columns: {columns}).</source>
        <translation>لا يطابق أي عمود حقلًا في سجلات القطع (الأعمدة: {columns}).</translation>
    </message>
    <message>
        <source>Map them with --map &quot;COLUMN=field&quot;, e.g. --map &quot;Inv. No.=inventory_number&quot;; fields: {fields}.</source>
        <translation>اربطها بـ --map &quot;COLUMN=field&quot;، مثلًا --map &quot;Inv. No.=inventory_number&quot;؛ الحقول: {fields}.</translation>
    </message>
    <message>
        <source>{field} is a date with day and month in an order the file does not show (no day above 12 anywhere); import again with --date-order dmy (day/month/year) or mdy (month/day/year).</source>
        <translation>الحقل {field} تاريخ لا يُظهر الملف ترتيب اليوم والشهر فيه (لا يوجد يوم أكبر من 12)؛ استورد مرة أخرى مع --date-order dmy (يوم/شهر/سنة) أو mdy (شهر/يوم/سنة).</translation>
    </message>
    <message>
        <source>{field} is a date written day/month/year or month/day/year, and the file has both; correct the others in the spreadsheet, or import again with --date-order dmy or mdy.</source>
        <translation>الحقل {field} تاريخ مكتوب بترتيب يوم/شهر/سنة أو شهر/يوم/سنة، وفي الملف الترتيبان كلاهما؛ صحّح الأخرى في جدول البيانات، أو استورد مرة أخرى مع --date-order dmy أو mdy.</translation>
    </message>
    <message>
        <source>{field} is not a date that exists (such as 31 February).</source>
        <translation>الحقل {field} ليس تاريخًا موجودًا (مثل 31 فبراير).</translation>
    </message>
    <message>
        <source>{field} must be written like “{example}” or “55 x 35 cm”.</source>
        <translation>يجب أن يُكتب الحقل {field} بالشكل «{example}» أو «55 x 35 cm».</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{item}, {more}</source>
        <translation>{item}، {more}</translation>
    </message>
    <message>
        <source>{problem} The cell holds “{value}”.</source>
        <translation>{problem} تحتوي الخلية على «{value}».</translation>
    </message>
    <message>
        <source>{problem} The cell holds “{value}”; did you mean “{suggestion}”?</source>
        <translation>{problem} تحتوي الخلية على «{value}»؛ هل تقصد «{suggestion}»؟</translation>
    </message>
    <message>
        <source>{count} inventory number(s) appear more than once in the file (imported anyway: unique within a vault is warned, not enforced).</source>
        <translation>أرقام جرد تظهر أكثر من مرة في الملف: {count} (تُستورد على أي حال: التفرد داخل الخزنة يُنبَّه إليه ولا يُفرض).</translation>
    </message>
    <message>
        <source>{count} inventory number(s) are already in the vault (imported anyway, as new objects; importing the same file twice doubles it).</source>
        <translation>أرقام جرد موجودة مسبقًا في الخزنة: {count} (تُستورد على أي حال كقطع جديدة؛ استيراد الملف نفسه مرتين يضاعفه).</translation>
    </message>
    <message>
        <source>{count} cell(s) begin like a spreadsheet formula (=, +, -, @); they are stored as plain text and never evaluated.</source>
        <translation>خلايا تبدأ كصيغة جدول بيانات (=، +، -، @): {count}؛ تُخزَّن نصًا عاديًا ولا تُحسب أبدًا.</translation>
    </message>
    <message>
        <source>{count} row(s) have no inventory number; they are imported without one (add it later in FieldKit, or in the spreadsheet before importing).</source>
        <translation>صفوف بلا رقم جرد: {count}؛ تُستورد دون رقم (أضفه لاحقًا في FieldKit، أو في جدول البيانات قبل الاستيراد).</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; ({field}) is not imported: its {count} value(s) are left out, and every object is imported without this field.</source>
        <translation>العمود &apos;{column}&apos; ({field}) لا يُستورد: تُترك قيمه ({count})، وتُستورد كل قطعة بدون هذا الحقل.</translation>
    </message>
    <message>
        <source>Cross references and duplicates in the vault were not checked.</source>
        <translation>لم يُتحقق من الإحالات المرجعية ولا من التكرارات في الخزنة.</translation>
    </message>
    <message>
        <source>this row has {cells} cells but the header has {columns} columns.</source>
        <translation>في هذا الصف {cells} خلية لكن في صف العناوين {columns} عمود.</translation>
    </message>
    <message>
        <source>cross reference: {problem}</source>
        <translation>إحالة مرجعية: {problem}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>أُلغي؛ لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The file has {count} error(s); nothing was imported.</source>
        <translation>
            <numerusform>لا أخطاء في الملف ({count})؛ لم يُستورد شيء.</numerusform>
            <numerusform>في الملف خطأ واحد ({count})؛ لم يُستورد شيء.</numerusform>
            <numerusform>في الملف خطآن ({count})؛ لم يُستورد شيء.</numerusform>
            <numerusform>في الملف {count} أخطاء؛ لم يُستورد شيء.</numerusform>
            <numerusform>في الملف {count} خطأً؛ لم يُستورد شيء.</numerusform>
            <numerusform>في الملف {count} خطأ؛ لم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the spreadsheet and import again.</source>
        <translation>صحّحها في جدول البيانات ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported.</source>
        <translation>تغيّر {file} أثناء استيراده؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file} was changed after it was checked; nothing was imported.</source>
        <translation>عُدّل {file} بعد فحصه؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Check the file again, then import it.</source>
        <translation>افحص الملف مرة أخرى، ثم استورده.</translation>
    </message>
    <message>
        <source>These columns hold data but match no field: {columns}; nothing was imported.</source>
        <translation>تحتوي هذه الأعمدة على بيانات لكنها لا تطابق أي حقل: {columns}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Map each to a field (e.g. --map &quot;{column}=notes&quot;) or skip it on purpose (--map &quot;{column}=-&quot;). Fields: {fields}.</source>
        <translation>اربط كل عمود بحقل (مثلًا --map &quot;{column}=notes&quot;) أو تخطَّه عمدًا (--map &quot;{column}=-&quot;). الحقول: {fields}.</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} و{count} أخرى</translation>
    </message>
    <message>
        <source>--undo undoes an import already made; give it without a spreadsheet file.</source>
        <translation>يتراجع --undo عن استيراد تمّ من قبل؛ استخدمه دون ملف جدول.</translation>
    </message>
    <message>
        <source>--include-edited goes with --undo.</source>
        <translation>يُستخدم --include-edited مع --undo.</translation>
    </message>
    <message>
        <source>Give the spreadsheet to import, or --undo LAST to undo the last import.</source>
        <translation>حدد جدول البيانات المراد استيراده، أو --undo LAST للتراجع عن آخر استيراد.</translation>
    </message>
    <message>
        <source>Check the id or inventory number (`fieldkit object list` shows them).</source>
        <translation>تحقّق من المعرّف أو رقم الجرد (يعرضها `fieldkit object list`).</translation>
    </message>
    <message>
        <source>No object has this id or inventory number.</source>
        <translation>لا توجد قطعة بهذا المعرّف أو رقم الجرد.</translation>
    </message>
    <message>
        <source>No damage report has this id or inventory number.</source>
        <translation>لا يوجد تقرير أضرار بهذا المعرّف أو رقم الجرد.</translation>
    </message>
    <message>
        <source>No location has this id, inventory number or code.</source>
        <translation>لا يوجد مكان بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>No container has this id, inventory number or code.</source>
        <translation>لا توجد حاوية بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>No movement has this id, inventory number or code.</source>
        <translation>لا توجد عملية نقل بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>No handover has this id, inventory number or code.</source>
        <translation>لا يوجد تسليم بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>No duplicate decision has this id, inventory number or code.</source>
        <translation>لا يوجد قرار بشأن التكرارات بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>No record has this id, inventory number or code.</source>
        <translation>لا يوجد سجل بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>Look at the newer values, choose which to keep, then save again.</source>
        <translation>اطّلع على القيم الأحدث، واختر ما تبقيه منها، ثم احفظ من جديد.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you started editing it.</source>
        <translation>عدّل شخص آخر هذا السجل منذ أن بدأت تعديله.</translation>
    </message>
    <message>
        <source>Type more characters of the id, or use the full id.</source>
        <translation>اكتب أحرفًا أكثر من المعرّف، أو استخدم المعرّف كاملًا.</translation>
    </message>
    <message>
        <source>Several records (objects and containers) have this number or code.</source>
        <translation>لعدة سجلات (قطع وحاويات) هذا الرقم أو الرمز.</translation>
    </message>
    <message>
        <source>Remove it from the record&apos;s photos, add it again, then save.</source>
        <translation>أزِلها من صور السجل، ثم أضفها مرة أخرى، ثم احفظ.</translation>
    </message>
    <message>
        <source>A photo&apos;s role must be one of: {roles}.</source>
        <translation>يجب أن يكون دور الصورة واحدًا من: {roles}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>أُلغي؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>A photo added to this record is no longer in the vault.</source>
        <translation>صورة أُضيفت إلى هذا السجل لم تعد موجودة في الخزنة.</translation>
    </message>
    <message>
        <source>A decision about possible duplicates cannot be typed or edited.</source>
        <translation>لا يمكن كتابة قرار بشأن التكرارات المحتملة أو تعديله.</translation>
    </message>
    <message>
        <source>Decide with `fieldkit duplicates decide`, undo with `duplicates undo`.</source>
        <translation>قرّر باستخدام `fieldkit duplicates decide`، وألغِ باستخدام `duplicates undo`.</translation>
    </message>
    <message>
        <source>A damage report needs an object, or a site when it is about a place.</source>
        <translation>يحتاج تقرير الأضرار إلى قطعة، أو إلى موقع إن كان عن مكان.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>A location cannot be inside itself.</source>
        <translation>لا يمكن أن يكون المكان داخل نفسه.</translation>
    </message>
    <message>
        <source>Another location or container already has this code.</source>
        <translation>لمكان أو حاوية أخرى هذا الرمز من قبل.</translation>
    </message>
    <message>
        <source>Codes are printed on labels and scanned: choose one not used yet.</source>
        <translation>تُطبع الرموز على الملصقات وتُمسح ضوئيًا: اختر رمزًا غير مستخدم بعد.</translation>
    </message>
    <message>
        <source>A container cannot be packed into itself.</source>
        <translation>لا يمكن تعبئة الحاوية داخل نفسها.</translation>
    </message>
    <message>
        <source>A handover is written by its giver: from_party must be you.</source>
        <translation>يكتب التسليمَ المُسلِّمُ: يجب أن يكون from_party أنت.</translation>
    </message>
    <message>
        <source>An accepted handover cannot change what was handed over, by whom, to whom or when.</source>
        <translation>لا يمكن للتسليم المقبول أن يغيّر ما سُلِّم، ولا من سلّمه، ولا لمن، ولا متى.</translation>
    </message>
    <message>
        <source>Record a new handover instead.</source>
        <translation>سجّل تسليمًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Only the giver can change a handover.</source>
        <translation>وحده المُسلِّم يستطيع تغيير التسليم.</translation>
    </message>
    <message>
        <source>Only the receiver can accept a handover, in their own vault.</source>
        <translation>وحده المستلم يستطيع قبول التسليم، في خزنته هو.</translation>
    </message>
    <message>
        <source>Send the handover to the receiver in a bundle; they accept it there.</source>
        <translation>أرسل التسليم إلى المستلم في حزمة؛ فيقبله هناك.</translation>
    </message>
    <message>
        <source>This record was deleted; it cannot be edited.</source>
        <translation>حُذف هذا السجل؛ لا يمكن تعديله.</translation>
    </message>
    <message>
        <source>The changes must be a JSON object of field names and values.</source>
        <translation>يجب أن تكون التغييرات كائن JSON من أسماء الحقول وقيمها.</translation>
    </message>
    <message>
        <source>This record has no such photo.</source>
        <translation>لا توجد هذه الصورة في هذا السجل.</translation>
    </message>
    <message>
        <source>This object was merged into another one.</source>
        <translation>أُدمجت هذه القطعة في قطعة أخرى.</translation>
    </message>
    <message>
        <source>Undo the merge (`fieldkit duplicates undo ID`), or delete the object it was merged into by that object&apos;s own id.</source>
        <translation>ألغِ الدمج (`fieldkit duplicates undo ID`)، أو احذف القطعة التي أُدمجت فيها بمعرّف تلك القطعة نفسها.</translation>
    </message>
    <message>
        <source>This handover was accepted by its receiver; it cannot be deleted.</source>
        <translation>قبل المستلم هذا التسليم؛ لا يمكن حذفه.</translation>
    </message>
    <message>
        <source>This item is packed in a container or in transit.</source>
        <translation>هذا العنصر معبأ في حاوية أو قيد النقل.</translation>
    </message>
    <message>
        <source>Unpack it or receive it at a location first, then delete it.</source>
        <translation>أخرجه من الحاوية أو استلمه في مكان أولًا، ثم احذفه.</translation>
    </message>
    <message>
        <source>This container still holds items.</source>
        <translation>لا تزال هذه الحاوية تحتوي على عناصر.</translation>
    </message>
    <message>
        <source>Unpack them first: move them to a location or into another container, then delete it.</source>
        <translation>أفرغها أولًا: انقلها إلى مكان أو إلى داخل حاوية أخرى، ثم احذف الحاوية.</translation>
    </message>
    <message>
        <source>That revision is the deletion itself.</source>
        <translation>هذه المراجعة هي الحذف نفسه.</translation>
    </message>
    <message>
        <source>Choose the revision before it to bring the record back.</source>
        <translation>اختر المراجعة التي تسبقها لاستعادة السجل.</translation>
    </message>
    <message>
        <source>More than one revision of this record starts with this id.</source>
        <translation>أكثر من مراجعة لهذا السجل تبدأ بهذا المعرّف.</translation>
    </message>
    <message>
        <source>This record has no revision with this id.</source>
        <translation>لا توجد لهذا السجل مراجعة بهذا المعرّف.</translation>
    </message>
    <message>
        <source>The record&apos;s history lists its revisions and their ids.</source>
        <translation>يسرد تاريخ السجل مراجعاته ومعرّفاتها.</translation>
    </message>
    <message>
        <source>Several objects have this inventory number.</source>
        <translation>لعدة قطع رقم الجرد هذا.</translation>
    </message>
    <message>
        <source>Use the object&apos;s id instead.</source>
        <translation>استخدم معرّف القطعة بدلًا منه.</translation>
    </message>
    <message>
        <source>Several locations or containers have this code.</source>
        <translation>لعدة أماكن أو حاويات هذا الرمز.</translation>
    </message>
    <message>
        <source>Use the id instead.</source>
        <translation>استخدم المعرّف بدلًا منه.</translation>
    </message>
    <message>
        <source>More than one record starts with this id.</source>
        <translation>أكثر من سجل يبدأ بهذا المعرّف.</translation>
    </message>
    <message>
        <source>No object or container has this id, inventory number or code.</source>
        <translation>لا توجد قطعة أو حاوية بهذا المعرّف أو رقم الجرد أو الرمز.</translation>
    </message>
    <message>
        <source>An item is an object (`fieldkit object list`) or a container (`fieldkit container list`).</source>
        <translation>العنصر قطعة (`fieldkit object list`) أو حاوية (`fieldkit container list`).</translation>
    </message>
    <message>
        <source>A cross reference is the inventory number of several objects.</source>
        <translation>الإحالة رقم جرد لعدة قطع.</translation>
    </message>
    <message>
        <source>Choose the object from the suggestions (it is then stored by its id).</source>
        <translation>اختر القطعة من الاقتراحات (فتُخزَّن عندئذ بمعرّفها).</translation>
    </message>
    <message>
        <source>Correct the value and save again; nothing was saved.</source>
        <translation>صحّح القيمة واحفظ مرة أخرى؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>يجب أن يكون الحقل {field} نصًا.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>الحقل {field} أطول من {max} حرف.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>يحتوي الحقل {field} على محارف تحكّم.</translation>
    </message>
    <message>
        <source>{field} contains an invalid character (a lone surrogate).</source>
        <translation>يحتوي الحقل {field} على محرف غير صالح (بديل منفرد).</translation>
    </message>
    <message>
        <source>{field} contains invisible formatting characters or line breaks (such as direction overrides).</source>
        <translation>يحتوي الحقل {field} على محارف تنسيق غير مرئية أو فواصل أسطر (مثل محارف فرض الاتجاه).</translation>
    </message>
    <message>
        <source>Type the value again plainly, without copying it from formatted text.</source>
        <translation>اكتب القيمة مرة أخرى نصًا عاديًا، دون نسخها من نص منسّق.</translation>
    </message>
    <message>
        <source>A caption is one line of text.</source>
        <translation>التعليق سطر واحد من النص.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>يجب أن يكون الحقل {field} إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>يجب أن يكون الحقل {field} قائمة.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 4.</source>
        <translation>يجب أن يكون الحقل {field} عددًا صحيحًا من 1 إلى 4.</translation>
    </message>
    <message>
        <source>{field} must be from 1 (first to save) to 4; got {number}.</source>
        <translation>يجب أن يكون الحقل {field} من 1 (يُنقذ أولًا) إلى 4؛ القيمة المُدخلة {number}.</translation>
    </message>
    <message>
        <source>{field}: {what} must be a number.</source>
        <translation>{field}: يجب أن تكون {what} عددًا.</translation>
    </message>
    <message>
        <source>{field} must be latitude and longitude, e.g. 36.34, 43.13.</source>
        <translation>يجب أن يحتوي الحقل {field} على خط العرض وخط الطول، مثل 36.34, 43.13.</translation>
    </message>
    <message>
        <source>{field} must have exactly lat and lon.</source>
        <translation>يجب أن يحتوي الحقل {field} على lat و lon فقط.</translation>
    </message>
    <message>
        <source>{field}: latitude must be between -90 and 90.</source>
        <translation>{field}: يجب أن يكون خط العرض بين -90 و 90.</translation>
    </message>
    <message>
        <source>{field}: longitude must be between -180 and 180.</source>
        <translation>{field}: يجب أن يكون خط الطول بين -180 و 180.</translation>
    </message>
    <message>
        <source>{field} must be written like &apos;height 32 cm; width 20 cm&apos;.</source>
        <translation>يجب أن يُكتب الحقل {field} هكذا: &apos;height 32 cm; width 20 cm&apos;.</translation>
    </message>
    <message>
        <source>{field}: each entry needs exactly dimension, value and unit.</source>
        <translation>{field}: يحتاج كل إدخال إلى dimension و value و unit فقط.</translation>
    </message>
    <message>
        <source>{field}: dimension and unit cannot be empty.</source>
        <translation>{field}: لا يمكن أن يكون البُعد أو الوحدة فارغًا.</translation>
    </message>
    <message>
        <source>{field}: values must be greater than zero.</source>
        <translation>{field}: يجب أن تكون القيم أكبر من صفر.</translation>
    </message>
    <message>
        <source>{field} must be from 0 to 1.</source>
        <translation>يجب أن يكون الحقل {field} من 0 إلى 1.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos; (no spaces), e.g. C-014.</source>
        <translation>يجب أن يتكوّن الحقل {field} من 1 إلى 40 حرفًا أو رقمًا أو &apos;.&apos; أو &apos;_&apos; أو &apos;/&apos; أو &apos;-&apos; (دون مسافات)، مثل C-014.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>يجب أن يكون الحقل {field} عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{field} must be from 1 to {max}.</source>
        <translation>يجب أن يكون الحقل {field} من 1 إلى {max}.</translation>
    </message>
    <message>
        <source>{field} must be an identity fingerprint (64 hex digits).</source>
        <translation>يجب أن يكون الحقل {field} بصمة هوية (64 رقمًا ست عشريًا).</translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD (e.g. {example}).</source>
        <translation>يجب أن يكون الحقل {field} تاريخًا مكتوبًا بالصيغة ⁦YYYY-MM-DD⁩ (مثل ⁦{example}⁩).</translation>
    </message>
    <message>
        <source>{field} must be a date and time written YYYY-MM-DDTHH:MM (e.g. {example}).</source>
        <translation>يجب أن يكون الحقل {field} تاريخًا ووقتًا مكتوبين بالصيغة ⁦YYYY-MM-DDTHH:MM⁩ (مثل ⁦{example}⁩).</translation>
    </message>
    <message>
        <source>{field} must have name, organisation and fingerprint only.</source>
        <translation>يجب ألا يحتوي الحقل {field} إلا على name و organisation و fingerprint.</translation>
    </message>
    <message>
        <source>{field}: {key} is one line of text.</source>
        <translation>{field}: {key} سطر واحد من النص.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of {kinds}.</source>
        <translation>&apos;{name}&apos; ليس حقلًا من حقول {kinds}.</translation>
    </message>
    <message>
        <source>The record must be a JSON object of field names and values.</source>
        <translation>يجب أن يكون السجل كائن JSON من أسماء الحقول وقيمها.</translation>
    </message>
    <message>
        <source>Known fields: {fields}.</source>
        <translation>الحقول المعروفة: {fields}.</translation>
    </message>
    <message>
        <source>event_date_to is before event_date_from.</source>
        <translation>event_date_to قبل event_date_from.</translation>
    </message>
    <message>
        <source>A location needs a code (printed on its label).</source>
        <translation>يحتاج الموقع إلى رمز (يُطبع على ملصقه).</translation>
    </message>
    <message>
        <source>A container needs a code (printed on its label).</source>
        <translation>تحتاج الحاوية إلى رمز (يُطبع على ملصقها).</translation>
    </message>
    <message>
        <source>A movement needs at least one item.</source>
        <translation>يحتاج النقل إلى عنصر واحد على الأقل.</translation>
    </message>
    <message>
        <source>A movement goes to a location or into a container, not both.</source>
        <translation>يكون النقل إلى موقع أو إلى داخل حاوية، لا إلى كليهما.</translation>
    </message>
    <message>
        <source>A movement needs a destination.</source>
        <translation>يحتاج النقل إلى وجهة.</translation>
    </message>
    <message>
        <source>A movement is received after it departed.</source>
        <translation>يُستلم النقل بعد مغادرته.</translation>
    </message>
    <message>
        <source>received_at is before departed_at.</source>
        <translation>received_at قبل departed_at.</translation>
    </message>
    <message>
        <source>A handover needs at least one item.</source>
        <translation>يحتاج التسليم إلى عنصر واحد على الأقل.</translation>
    </message>
    <message>
        <source>A handover needs the receiver&apos;s identity (a fingerprint).</source>
        <translation>يحتاج التسليم إلى هوية المستلم (بصمة).</translation>
    </message>
    <message>
        <source>Only the receiver named in to_party can accept a handover.</source>
        <translation>لا يقبل التسليم إلا المستلم المذكور في to_party.</translation>
    </message>
    <message>
        <source>The key change was cancelled; the vault keeps its old keys and passphrase.</source>
        <translation>أُلغي تغيير المفاتيح؛ تحتفظ الخزنة بمفاتيحها وعبارة مرورها القديمة.</translation>
    </message>
    <message>
        <source>This vault&apos;s passphrase protection is weaker than FieldKit&apos;s minimum; change the passphrase to strengthen it.</source>
        <translation>حماية هذه الخزنة بعبارة المرور أضعف من الحد الأدنى الذي يشترطه FieldKit؛ غيّر عبارة المرور لتقويتها.</translation>
    </message>
    <message>
        <source>The vault database is incomplete (its storage key is missing).</source>
        <translation>قاعدة بيانات الخزنة ناقصة (مفتاح التخزين فيها مفقود).</translation>
    </message>
    <message>
        <source>The vault was rekeyed: the new passphrase and recovery key are in force, but the last step could not be done now ({reason})</source>
        <translation>جرى تغيير مفاتيح الخزنة: عبارة المرور الجديدة ومفتاح الاسترداد الجديد ساريان، لكن تعذّر إنجاز الخطوة الأخيرة الآن ({reason})</translation>
    </message>
    <message>
        <source>Close FieldKit, then open the vault with the NEW passphrase: opening finishes the change.</source>
        <translation>أغلق FieldKit، ثم افتح الخزنة بعبارة المرور الجديدة: الفتح يُتمّ التغيير.</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder.</source>
        <translation>{path} موجود وليس مجلدًا.</translation>
    </message>
    <message>
        <source>There is already a vault in {path}.</source>
        <translation>توجد خزنة من قبل في {path}.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty.</source>
        <translation>المجلد {path} ليس فارغًا.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>أُلغي التصدير؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Name recipients with --to CARD.fkid (or age1… keys), trust a coordinator with `fieldkit trust add CARD.fkid --role coordinator`, or export --plain for auditors.</source>
        <translation>سمِّ المستلمين بـ --to CARD.fkid (أو مفاتيح age1…)، أو ثِق بمنسّق بـ `fieldkit trust add CARD.fkid --role coordinator`، أو صدّر بـ --plain للمدقّقين.</translation>
    </message>
    <message>
        <source>--max-size {size} is not a size (e.g. 700M or 3.9G).</source>
        <translation>--max-size {size} ليس حجمًا (مثل 700M أو 3.9G).</translation>
    </message>
    <message>
        <source>--max-size must be at least 1M.</source>
        <translation>يجب ألّا يقلّ --max-size عن 1M.</translation>
    </message>
    <message>
        <source>Parts of this export disappeared from {folder} before they were recorded as sent, so nothing was recorded: {parts}.</source>
        <translation>اختفت أجزاء من هذا التصدير من {folder} قبل أن تُسجَّل على أنها أُرسلت، فلم يُسجَّل شيء: {parts}.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and that no other program removes files from it, then export again.</source>
        <translation>تحقّق من أن القرص ما يزال موصولًا وأن أي برنامج آخر لا يحذف ملفات منه، ثم صدّر مجددًا.</translation>
    </message>
    <message>
        <source>Parts of this export were recorded as sent but could not be put in place in {folder}: {parts}.</source>
        <translation>سُجِّلت أجزاء من هذا التصدير على أنها أُرسلت لكن تعذّر وضعها في مكانها في {folder}: {parts}.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then export everything again (a full copy) so that the recipients get what those parts carried.</source>
        <translation>تحقّق من أن القرص ما يزال موصولًا ويعمل، ثم صدّر كل شيء مجددًا (نسخة كاملة) كي يتلقى المستلمون ما حملته تلك الأجزاء.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} is not a photo hash prefix: give at least 8 hex characters of its SHA-256.</source>
        <translation>--leave-out-photo {prefix} ليس بداية بصمة صورة: أعطِ 8 محارف ست عشرية على الأقل من SHA-256 الخاص بها.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} matches no photo in this export.</source>
        <translation>--leave-out-photo {prefix} لا يطابق أي صورة في هذا التصدير.</translation>
    </message>
    <message>
        <source>Check the hash: `fieldkit object show ID` shows the start of each photo&apos;s.</source>
        <translation>تحقّق من البصمة: يعرض `fieldkit object show ID` بداية بصمة كل صورة.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} matches {count} photos in this export; give more characters.</source>
        <translation>--leave-out-photo {prefix} يطابق {count} من الصور في هذا التصدير؛ أعطِ محارف أكثر.</translation>
    </message>
    <message>
        <source>A record with its photos is larger than --max-size.</source>
        <translation>سجل مع صوره أكبر من --max-size.</translation>
    </message>
    <message>
        <source>Choose a larger --max-size (photos are never split across bundles).</source>
        <translation>اختر --max-size أكبر (لا تُقسَّم الصور أبدًا بين الحزم).</translation>
    </message>
    <message>
        <source>Run `fieldkit trust add CARD.fkid` to see a card&apos;s fingerprint, compare it with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run it again with --verified; or name a recipient with --to CARD.fkid.</source>
        <translation>شغّل `fieldkit trust add CARD.fkid` لترى بصمة البطاقة، وقارنها مع صاحبها شخصيًا أو بالهاتف (يقرأ بصمته بالأمر `fieldkit identity show`)، ثم شغّل الأمر مجددًا مع --verified؛ أو سمِّ مستلمًا بـ --to CARD.fkid.</translation>
    </message>
    <message>
        <source>{start}… is not a valid age recipient.</source>
        <translation>{start}… ليس مستلم age صالحًا.</translation>
    </message>
    <message>
        <source>Bundles go by default only to verified coordinators, and {cards} is unverified: its fingerprint was never compared with its holder.</source>
        <translation>لا تُرسل الحزم افتراضيًا إلا إلى المنسّقين الذين تم التحقق منهم، و{cards} لم يتم التحقق منها: لم تُقارن بصمتها قط مع صاحبها.</translation>
    </message>
    <message>
        <source>Bundles go by default only to verified coordinators, and {cards} are unverified: their fingerprints were never compared with their holders.</source>
        <translation>لا تُرسل الحزم افتراضيًا إلا إلى المنسّقين الذين تم التحقق منهم، و{cards} لم يتم التحقق منها: لم تُقارن بصماتها قط مع أصحابها.</translation>
    </message>
    <message>
        <source>There is no one to encrypt this bundle to.</source>
        <translation>لا يوجد أحد لتشفير هذه الحزمة له.</translation>
    </message>
    <message>
        <source>age key {key}…</source>
        <translation>مفتاح age {key}…</translation>
    </message>
    <message>
        <source>{card} is trusted but unverified: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} موثوقة لكن لم يتم التحقق منها: إن لم تكن البطاقة لصاحبها حقًا، فبوسع من صنعها قراءة هذه الحزمة.</translation>
    </message>
    <message>
        <source>{card} was revoked in your trust store: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} أُبطلت في مخزن الثقة لديك: إن لم تكن البطاقة لصاحبها حقًا، فبوسع من صنعها قراءة هذه الحزمة.</translation>
    </message>
    <message>
        <source>{card} is not in your trust store: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} ليست في مخزن الثقة لديك: إن لم تكن البطاقة لصاحبها حقًا، فبوسع من صنعها قراءة هذه الحزمة.</translation>
    </message>
    <message>
        <source>{cards} have the same or lookalike names: check by fingerprint that this bundle goes to the one you mean.</source>
        <translation>{cards} تحمل الاسم نفسه أو أسماء متشابهة: تحقّق بالبصمة من أن هذه الحزمة تذهب إلى من تقصده.</translation>
    </message>
    <message>
        <source>{problem} {advice}</source>
        <translation>{problem} {advice}</translation>
    </message>
    <message>
        <source>Not encrypted to {card}: an unverified coordinator receives bundles only when named with --to.</source>
        <translation>لم يُشفَّر لـ {card}: المنسّق الذي لم يتم التحقق منه لا يتلقى الحزم إلا إذا سُمّي بـ --to.</translation>
    </message>
    <message>
        <source>This export needs about {needed} MB and {folder} has {free} MB free; nothing was written.</source>
        <translation>يحتاج هذا التصدير إلى نحو {needed} ميغابايت، وفي {folder} {free} ميغابايت فارغة فقط؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk (a larger USB stick), then export again.</source>
        <translation>أفرغ بعض المساحة أو اختر قرصًا آخر (ذاكرة USB أكبر)، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>{count} photo(s) are not in this vault and were left out.</source>
        <translation>صور غير موجودة في هذه الخزنة فاستُبعدت: {count}.</translation>
    </message>
    <message>
        <source>{count} photo(s) left out as asked ({hashes}); a later export sends them.</source>
        <translation>صور استُبعدت كما طُلب: {count} ({hashes})؛ سيرسلها تصدير لاحق.</translation>
    </message>
    <message>
        <source>Bundle {bundle} had disappeared from the outbox; its content will go out again in the next bundle.</source>
        <translation>اختفت الحزمة {bundle} من صندوق الصادر؛ سيُرسل محتواها مجددًا في الحزمة التالية.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was damaged in the outbox; its content will go out again in the next bundle.</source>
        <translation>تلفت الحزمة {bundle} في صندوق الصادر؛ سيُرسل محتواها مجددًا في الحزمة التالية.</translation>
    </message>
    <message>
        <source>A bundle copied to the sync target &apos;{target}&apos; did not read back intact.</source>
        <translation>حزمة نُسخت إلى هدف المزامنة «{target}» لم تُقرأ سليمة بعد النسخ.</translation>
    </message>
    <message>
        <source>The drive may be failing: try another drive; the bundle waits in the outbox.</source>
        <translation>قد يكون القرص معطوبًا: جرّب قرصًا آخر؛ الحزمة تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>{count} bundle(s) wait in the outbox</source>
        <translation>عدد الحزم المنتظرة في صندوق الصادر: {count}</translation>
    </message>
    <message>
        <source>the outbox keeps its bundles</source>
        <translation>يحتفظ صندوق الصادر بحزمه</translation>
    </message>
    <message>
        <source>Nothing was written to the sync target &apos;{target}&apos; because {reason}; {bundles}.</source>
        <translation>لم يُكتب شيء على هدف المزامنة «{target}» لأن {reason}؛ {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; disappeared during the sync: nothing half-copied is left under a bundle&apos;s name, and {bundles}.</source>
        <translation>اختفى هدف المزامنة «{target}» أثناء المزامنة: لم يبقَ شيء منسوخ جزئيًا باسم حزمة، و{bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; is read-only: nothing could be written there, and {bundles}.</source>
        <translation>هدف المزامنة «{target}» للقراءة فقط: لم يمكن كتابة شيء عليه، و{bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; is full: {bundles}.</source>
        <translation>هدف المزامنة «{target}» ممتلئ: {bundles}.</translation>
    </message>
    <message>
        <source>Writing to the sync target &apos;{target}&apos; failed ({error}), and {bundles}.</source>
        <translation>فشلت الكتابة على هدف المزامنة «{target}» ({error})، و{bundles}.</translation>
    </message>
    <message>
        <source>Nothing is sent to &apos;{target}&apos;: it has no recipients, and unverified coordinators are never chosen by default (name them with --to, or compare a coordinator&apos;s fingerprint with its holder and run `fieldkit trust add CARD.fkid --verified`).</source>
        <translation>لا يُرسل شيء إلى «{target}»: ليس له مستلمون، ولا يُختار المنسّقون غير المتحقَّق منهم افتراضيًا أبدًا (سمّهم باستخدام --to، أو قارن بصمة المنسّق مع صاحبها ثم شغّل `fieldkit trust add CARD.fkid --verified`).</translation>
    </message>
    <message>
        <source>Sync cancelled; the bundle being copied was not kept on the target.</source>
        <translation>أُلغيت المزامنة؛ لم تُحفظ على الوجهة الحزمة التي كانت تُنسخ.</translation>
    </message>
    <message>
        <source>This file is {found}, not a plain file, so it was not read.</source>
        <translation>هذا الملف {found}، وليس ملفًا عاديًا، لذا لم يُقرأ.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; on the sync target is a link to somewhere else, not a real folder: FieldKit did not look inside it (remove the link).</source>
        <translation>«{path}» على هدف المزامنة رابط إلى مكان آخر، وليس مجلدًا حقيقيًا: لم يطّلع FieldKit على محتواه (احذف الرابط).</translation>
    </message>
    <message>
        <source>fieldkit/bundle.json is missing or too large.</source>
        <extracomment>``(done, total, step)``: bundles looked at of those found, and the step under way (&quot;listing&quot;, &quot;downloading&quot;, &quot;verifying&quot;, &quot;importing&quot;, &quot;quarantining&quot;; &quot;&quot; between bundles).</extracomment>
        <translation>الملف fieldkit/bundle.json مفقود أو كبير جدًا.</translation>
    </message>
    <message>
        <source>data/inner.json.age is missing from the bundle.</source>
        <translation>الملف data/inner.json.age مفقود من الحزمة.</translation>
    </message>
    <message>
        <source>Sync cancelled; every bundle imported so far is complete.</source>
        <translation>أُلغيت المزامنة؛ كل حزمة استُوردت حتى الآن كاملة.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}); it is tried again at the next sync. If this repeats, copy the bundle again or check the drive.</source>
        <translation>تعذّرت قراءة {file} ({reason})؛ ستُعاد المحاولة في المزامنة التالية. إن تكرر ذلك، انسخ الحزمة مرة أخرى أو افحص الوسيط.</translation>
    </message>
    <message>
        <source>An internal error stopped the import of this file (report id {report_id}).</source>
        <translation>أوقف خطأ داخلي استيراد هذا الملف (رقم التقرير {report_id}).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <extracomment>The tables that remember files looked at on a target, and the column naming the file.</extracomment>
        <translation>أُلغيت المزامنة.</translation>
    </message>
    <message>
        <source>The receipt&apos;s file name names another writer.</source>
        <translation>اسم ملف الإيصال يذكر كاتبًا آخر.</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <extracomment>What long work polls: a :class:`Cancel` token, or any callable answering &quot;stop now?&quot;.</extracomment>
        <translation>أُلغيت العملية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose one of: {formats}.</source>
        <translation>تنسيق غير معروف {format}؛ اختر واحدًا من: {formats}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>المجلد {path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .csv.</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف ينتهي بـ ‎.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) began like a spreadsheet formula; each was written with a leading apostrophe, so that no spreadsheet runs it.</source>
        <translation>
            <numerusform>لم تبدأ أي خلية (%n) كصيغة جدول بيانات.</numerusform>
            <numerusform>خلية واحدة بدأت كصيغة جدول بيانات فكُتبت مسبوقة بفاصلة عليا حتى لا يشغّلها أي برنامج جداول.</numerusform>
            <numerusform>خليتان بدأتا كصيغة جدول بيانات فكُتبتا مسبوقتين بفاصلة عليا حتى لا يشغّلهما أي برنامج جداول.</numerusform>
            <numerusform>%n خلايا بدأت كصيغة جدول بيانات فكُتبت مسبوقة بفاصلة عليا حتى لا يشغّلها أي برنامج جداول.</numerusform>
            <numerusform>%n خلية بدأت كصيغة جدول بيانات فكُتبت مسبوقة بفاصلة عليا حتى لا يشغّلها أي برنامج جداول.</numerusform>
            <numerusform>%n خلية بدأت كصيغة جدول بيانات فكُتبت مسبوقة بفاصلة عليا حتى لا يشغّلها أي برنامج جداول.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .xml.</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف ينتهي بـ ‎.xml.</translation>
    </message>
    <message>
        <source>Cancelled; the demo vault holds part of the collection.</source>
        <translation>أُلغي؛ تحتوي خزنة العرض التوضيحي على جزء من المجموعة فقط.</translation>
    </message>
    <message>
        <source>Delete the demo folder and run `fieldkit demo` again for a full one.</source>
        <translation>احذف مجلد العرض التوضيحي وشغّل `fieldkit demo` مرة أخرى للحصول على مجموعة كاملة.</translation>
    </message>
    <message>
        <source>Cancelled; the photo was not added.</source>
        <translation>أُلغي؛ لم تُضف الصورة.</translation>
    </message>
    <message>
        <source>a photo in the vault</source>
        <translation>صورة في الخزنة</translation>
    </message>
    <message>
        <source>Restore the vault from a backup that has this photo, or get the photo again.</source>
        <translation>استعد الخزنة من نسخة احتياطية فيها هذه الصورة، أو احصل على الصورة من جديد.</translation>
    </message>
    <message>
        <source>A photo reference in the vault is not valid.</source>
        <translation>مرجع صورة في الخزنة غير صالح.</translation>
    </message>
    <message>
        <source>A photo file is missing from the vault&apos;s media folder.</source>
        <translation>ملف صورة مفقود من مجلد الوسائط في الخزنة.</translation>
    </message>
    <message>
        <source>Replace it with the plain file itself: FieldKit does not follow links, nor read pipes or devices, in folders it does not control.</source>
        <translation>استبدله بالملف العادي نفسه: لا يتبع FieldKit الروابط، ولا يقرأ الأنابيب ولا الأجهزة، في المجلدات التي لا يتحكم فيها.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was read from this file.</source>
        <translation>اطلب نسخة جديدة من المرسل؛ لم يُقرأ شيء من هذا الملف.</translation>
    </message>
    <message>
        <source>Remove the link from the folder (what it points to is not touched), then try again.</source>
        <translation>أزِل الرابط من المجلد (لا يُمسّ ما يشير إليه)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <extracomment>The same problem as a clause (&quot;… because {reason}; …&quot;), translated where it is shown.</extracomment>
        <translation>رابط رمزي</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>{what} is {found}, not a plain file, so it was not read.</source>
        <translation>{what} {found}، وليس ملفًا عاديًا، لذا لم يُقرأ.</translation>
    </message>
    <message>
        <source>{what} changed while it was being opened, so it was not read.</source>
        <translation>تغيّر {what} أثناء فتحه، لذا لم يُقرأ.</translation>
    </message>
    <message>
        <source>{what} is larger than any such file can be, so it was not read.</source>
        <translation>{what} أكبر مما يمكن أن يكون عليه أي ملف من هذا النوع، لذا لم يُقرأ.</translation>
    </message>
    <message>
        <source>{path} is outside the folder {root}.</source>
        <translation>{path} خارج المجلد {root}.</translation>
    </message>
    <message>
        <source>{path} is outside the folder {root}</source>
        <translation>{path} خارج المجلد {root}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} is {found}, not a real folder: FieldKit writes only inside the folder and follows no link there.</source>
        <translation>«{name}» في {root} {found}، وليس مجلدًا حقيقيًا: لا يكتب FieldKit إلا داخل المجلد ولا يتبع فيه أي رابط.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} is {found}, not a real folder: FieldKit writes only inside the folder and follows no link there</source>
        <translation>«{name}» في {root} {found}، وليس مجلدًا حقيقيًا: لا يكتب FieldKit إلا داخل المجلد ولا يتبع فيه أي رابط</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes only inside the folder and follows no link there.</source>
        <translation>نُقل «{name}» في {root} أو استُبدل بينما كان FieldKit يكتب فيه: لا يكتب FieldKit إلا داخل المجلد ولا يتبع فيه أي رابط.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes only inside the folder and follows no link there</source>
        <translation>نُقل «{name}» في {root} أو استُبدل بينما كان FieldKit يكتب فيه: لا يكتب FieldKit إلا داخل المجلد ولا يتبع فيه أي رابط</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a plain file name inside the folder.</source>
        <translation>«{name}» ليس اسم ملف بسيطًا داخل المجلد.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a plain file name inside the folder</source>
        <translation>«{name}» ليس اسم ملف بسيطًا داخل المجلد</translation>
    </message>
    <message>
        <source>Run `fieldkit trust list` to see the keys this vault trusts.</source>
        <translation>شغّل `fieldkit trust list` لترى المفاتيح التي تثق بها هذه الخزنة.</translation>
    </message>
    <message>
        <source>The trusted card {fingerprint} stored in this vault is damaged ({problem})</source>
        <translation>بطاقة الثقة {fingerprint} المحفوظة في هذه الخزنة تالفة ({problem})</translation>
    </message>
    <message>
        <source>The trusted card {fingerprint} stored in this vault is damaged.</source>
        <translation>بطاقة الثقة {fingerprint} المحفوظة في هذه الخزنة تالفة.</translation>
    </message>
    <message>
        <source>The local name of a trusted key cannot be empty.</source>
        <translation>لا يمكن أن يكون الاسم المحلي لمفتاح موثوق فارغًا.</translation>
    </message>
    <message>
        <source>The local name is longer than {limit} characters.</source>
        <translation>الاسم المحلي أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>The local name cannot contain control characters.</source>
        <translation>لا يمكن أن يحتوي الاسم المحلي على أحرف تحكم.</translation>
    </message>
    <message>
        <source>The role must be one of {roles}.</source>
        <translation>يجب أن يكون الدور أحد هذه: {roles}.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own identity card; a vault does not need to trust itself.</source>
        <translation>هذه بطاقة هوية هذه الخزنة نفسها؛ لا تحتاج الخزنة إلى أن تثق بنفسها.</translation>
    </message>
    <message>
        <source>Import the card of the other vault (its holder runs `fieldkit identity export`).</source>
        <translation>استورد بطاقة الخزنة الأخرى (يشغّل صاحبها `fieldkit identity export`).</translation>
    </message>
    <message>
        <source>This card&apos;s signing key was revoked (as {other}); it cannot be trusted again this way.</source>
        <translation>أُبطل مفتاح التوقيع لهذه البطاقة (باسم {other})؛ لا يمكن الوثوق به مجددًا بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Restoring a revoked key will be possible with a future `trust restore`.</source>
        <translation>ستكون استعادة مفتاح مُبطل ممكنة بأمر `trust restore` مستقبلًا.</translation>
    </message>
    <message>
        <source>This card&apos;s signing key is already trusted as {other} with another transport key.</source>
        <translation>مفتاح التوقيع لهذه البطاقة موثوق بالفعل باسم {other} مع مفتاح نقل آخر.</translation>
    </message>
    <message>
        <source>Ask the holder why their card changed; revoke the old entry if it is no longer theirs.</source>
        <translation>اسأل صاحب البطاقة لماذا تغيّرت؛ وأبطل الإدخال القديم إن لم يعد له.</translation>
    </message>
    <message>
        <source>This key ({existing}) was revoked; adding its card again does not restore it.</source>
        <translation>أُبطل هذا المفتاح ({existing})؛ إضافة بطاقته مجددًا لا تستعيده.</translation>
    </message>
    <message>
        <source>A fingerprint in display form has 30 digits (six groups of five).</source>
        <translation>البصمة بصيغة العرض من 30 رقمًا (ست مجموعات من خمسة).</translation>
    </message>
    <message>
        <source>A fingerprint is written in hex digits (0-9, a-f).</source>
        <translation>تُكتب البصمة بأرقام ست عشرية (0-9، a-f).</translation>
    </message>
    <message>
        <source>Give at least {count} hex digits of the fingerprint.</source>
        <translation>أعطِ {count} أرقام ست عشرية على الأقل من البصمة.</translation>
    </message>
    <message>
        <source>The fingerprint prefix {text} matches several trusted keys; give more digits.</source>
        <translation>بادئة البصمة {text} تطابق عدة مفاتيح موثوقة؛ أعطِ أرقامًا أكثر.</translation>
    </message>
    <message>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>لا يوجد مفتاح موثوق بالبصمة {fingerprint}.</translation>
    </message>
    <message>
        <source>To verify it, compare its fingerprint with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.</source>
        <extracomment>How to verify a card, said after a warning about an unverified one (a whole sentence, so that it translates as one).</extracomment>
        <translation>للتحقق منها، قارن بصمتها مع صاحبها شخصيًا أو بالهاتف (يقرأ بصمته بالأمر `fieldkit identity show`)، ثم شغّل `fieldkit trust add CARD.fkid --verified`.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}، {item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <translation>{list} و{item}</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}…)</source>
        <translation>{name} (البصمة {fingerprint}…)</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}…, unverified)</source>
        <translation>{name} (البصمة {fingerprint}…، لم يتم التحقق منها)</translation>
    </message>
    <message>
        <source>`fieldkit conflicts list` shows the records that need a decision.</source>
        <translation>يعرض `fieldkit conflicts list` السجلات التي تحتاج إلى قرار.</translation>
    </message>
    <message>
        <source>no common ancestor</source>
        <translation>لا سلف مشترك</translation>
    </message>
    <message>
        <source>deleted on one side, edited on another</source>
        <translation>حُذف في جهة وعُدّل في أخرى</translation>
    </message>
    <message>
        <source>This record is not in conflict.</source>
        <translation>هذا السجل ليس في تعارض.</translation>
    </message>
    <message>
        <source>Choose one: --accept-auto, --keep REV or --json FILE.</source>
        <translation>اختر واحدًا: --accept-auto أو --keep REV أو --json FILE.</translation>
    </message>
    <message>
        <source>This conflict cannot be merged automatically ({reason}).</source>
        <translation>لا يمكن دمج هذا التعارض تلقائيًا ({reason}).</translation>
    </message>
    <message>
        <source>Choose a version with --keep REV, or give the fields with --json FILE.</source>
        <translation>اختر نسخة بـ --keep REV، أو أعطِ الحقول بـ --json FILE.</translation>
    </message>
    <message>
        <source>--keep must name one of the conflicting revisions (8+ characters).</source>
        <translation>يجب أن يسمّي --keep إحدى المراجعات المتعارضة (8 أحرف أو أكثر).</translation>
    </message>
    <message>
        <source>is not signed by the giver it names</source>
        <translation>ليست موقّعة من المُسلِّم الذي تسمّيه</translation>
    </message>
    <message>
        <source>does not name another receiver</source>
        <translation>لا تسمّي مستلمًا آخر</translation>
    </message>
    <message>
        <source>accepts itself</source>
        <translation>تقبل نفسها</translation>
    </message>
    <message>
        <source>This movement was deleted.</source>
        <translation>حُذفت عملية النقل هذه.</translation>
    </message>
    <message>
        <source>This movement has not departed yet; nothing can arrive.</source>
        <translation>لم تنطلق عملية النقل هذه بعد؛ لا يمكن أن يصل شيء.</translation>
    </message>
    <message>
        <source>Not received: {container} is missing; check it in where it was found first.</source>
        <translation>تعذّر الاستلام: {container} مفقودة؛ استلمها أولًا حيث عُثر عليها.</translation>
    </message>
    <message>
        <source>This movement packs into that container: check this movement in once the container is recorded where it is.</source>
        <translation>عملية النقل هذه تعبّئ في تلك الحاوية: أجرِ استلامها بعد تسجيل الحاوية في مكانها الحالي.</translation>
    </message>
    <message>
        <source>Not received: {container} is in transit; check it in at its destination first.</source>
        <translation>تعذّر الاستلام: {container} قيد النقل؛ استلمها أولًا في وجهتها.</translation>
    </message>
    <message>
        <source>Check the ids and codes (`fieldkit where ITEM`, `fieldkit move show ID`).</source>
        <translation>تحقّق من المعرّفات والرموز (`fieldkit where ITEM`، `fieldkit move show ID`).</translation>
    </message>
    <message>
        <source>A movement goes to a location or into a container.</source>
        <translation>تذهب عملية النقل إلى مكان أو إلى داخل حاوية.</translation>
    </message>
    <message>
        <source>Give a location or container code (`fieldkit location list`).</source>
        <translation>أعطِ رمز مكان أو حاوية (`fieldkit location list`).</translation>
    </message>
    <message>
        <source>These items are at different locations.</source>
        <translation>هذه العناصر موجودة في أماكن مختلفة.</translation>
    </message>
    <message>
        <source>Pack the items of each location apart, or say where they are packed (--from LOCATION).</source>
        <translation>عبّئ عناصر كل مكان على حدة، أو حدّد مكان تعبئتها (--from LOCATION).</translation>
    </message>
    <message>
        <source>Not packed: {container} is in transit.</source>
        <translation>لم يُعبَّأ شيء: {container} قيد النقل.</translation>
    </message>
    <message>
        <source>A container on its way is on a truck, not here: check it in at its destination first, then pack into it.</source>
        <translation>الحاوية التي في الطريق موجودة في الشاحنة لا هنا: استلمها أولًا في وجهتها ثم عبّئ فيها.</translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) still in transit ({items}).</source>
        <translation>
            <numerusform>لم يُعبَّأ شيء: لا عناصر قيد النقل ({items}).</numerusform>
            <numerusform>لم يُعبَّأ: عنصر واحد ما زال قيد النقل ({items}).</numerusform>
            <numerusform>لم يُعبَّآ: عنصران ما زالا قيد النقل ({items}).</numerusform>
            <numerusform>لم تُعبَّأ: %n عناصر ما زالت قيد النقل ({items}).</numerusform>
            <numerusform>لم يُعبَّأ: %n عنصرًا ما زالت قيد النقل ({items}).</numerusform>
            <numerusform>لم يُعبَّأ: %n عنصر ما زالت قيد النقل ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <source>An item on its way is on a truck, not here: check it in at its destination first, then pack it.</source>
        <translation>العنصر الذي في الطريق موجود في الشاحنة لا هنا: استلمه أولًا في وجهته ثم عبّئه.</translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) already packed in {containers}.</source>
        <translation>
            <numerusform>لم يُعبَّأ شيء: لا عناصر معبّأة في {containers}.</numerusform>
            <numerusform>لم يُعبَّأ: عنصر واحد معبّأ من قبل في {containers}.</numerusform>
            <numerusform>لم يُعبَّآ: عنصران معبّآن من قبل في {containers}.</numerusform>
            <numerusform>لم تُعبَّأ: %n عناصر معبّأة من قبل في {containers}.</numerusform>
            <numerusform>لم يُعبَّأ: %n عنصرًا معبّأة من قبل في {containers}.</numerusform>
            <numerusform>لم يُعبَّأ: %n عنصر معبّأة من قبل في {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>To take them out of that container and pack them here, add --move.</source>
        <translation>لإخراجها من تلك الحاوية وتعبئتها هنا، أضف ‎--move‎.</translation>
    </message>
    <message>
        <source>Not packed: {container} is missing; check it in where it was found first.</source>
        <translation>لم يُعبَّأ شيء: {container} مفقودة؛ استلمها أولًا حيث عُثر عليها.</translation>
    </message>
    <message>
        <source>A container recorded missing is not here by the record: check it in at the movement that missed it, or move it to the location where it was found, then pack into it.</source>
        <translation>الحاوية المسجَّلة مفقودةً ليست هنا بحسب السجل: استلمها في عملية النقل التي فُقدت فيها، أو انقلها إلى المكان الذي عُثر عليها فيه، ثم عبّئ فيها.</translation>
    </message>
    <message>
        <source>A container cannot go inside itself or something it holds.</source>
        <translation>لا يمكن وضع حاوية داخل نفسها أو داخل شيء تحتويه.</translation>
    </message>
    <message>
        <source>Check the codes: the destination is one of the items or is inside one.</source>
        <translation>تحقّق من الرموز: الوجهة أحد العناصر أو موجودة داخل أحدها.</translation>
    </message>
    <message>
        <source>This movement has already departed.</source>
        <translation>انطلقت عملية النقل هذه بالفعل.</translation>
    </message>
    <message>
        <source>Not cancelled: this movement has not departed.</source>
        <translation>لم يُلغَ شيء: لم تنطلق عملية النقل هذه.</translation>
    </message>
    <message>
        <source>Not cancelled: a packing is not a departure.</source>
        <translation>لم يُلغَ شيء: التعبئة ليست انطلاقًا.</translation>
    </message>
    <message>
        <source>To undo a packing, move the items out of the container to where they are.</source>
        <translation>للتراجع عن تعبئة، انقل العناصر من الحاوية إلى المكان الذي توجد فيه.</translation>
    </message>
    <message>
        <source>Not cancelled: items of this movement were already received.</source>
        <translation>لم يُلغَ شيء: استُلمت عناصر من عملية النقل هذه بالفعل.</translation>
    </message>
    <message>
        <source>A reception is kept: to bring the items back, record a new movement.</source>
        <translation>يُحتفظ بالاستلام: لإعادة العناصر، سجّل عملية نقل جديدة.</translation>
    </message>
    <message>
        <source>Not cancelled: a later movement ({movement}) moves its items.</source>
        <translation>لم يُلغَ شيء: عملية نقل لاحقة ({movement}) تنقل عناصرها.</translation>
    </message>
    <message>
        <source>Cancel the later movement first, if it was a mistake too.</source>
        <translation>ألغِ عملية النقل اللاحقة أولًا، إن كانت خطأً هي الأخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Not received: %n item(s) recorded missing would be marked arrived ({items}).</source>
        <translation>
            <numerusform>لم يُستلم: لا عناصر مسجَّلة مفقودة ستُعلَّم واصلة ({items}).</numerusform>
            <numerusform>لم يُستلم: عنصر واحد مسجَّل مفقودًا سيُعلَّم واصلًا ({items}).</numerusform>
            <numerusform>لم يُستلم: عنصران مسجَّلان مفقودَين سيُعلَّمان واصلَين ({items}).</numerusform>
            <numerusform>لم يُستلم: %n عناصر مسجَّلة مفقودة ستُعلَّم واصلة ({items}).</numerusform>
            <numerusform>لم يُستلم: %n عنصرًا مسجَّلًا مفقودًا سيُعلَّم واصلًا ({items}).</numerusform>
            <numerusform>لم يُستلم: %n عنصر مسجَّل مفقودًا سيُعلَّم واصلًا ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the items found since (fieldkit move receive MOVEMENT ITEM...), or add --found to mark every missing item arrived.</source>
        <translation>سمِّ العناصر التي وُجدت منذ ذلك الحين (fieldkit move receive MOVEMENT ITEM...)، أو أضف ‎--found لتعليم كل العناصر المفقودة واصلة.</translation>
    </message>
    <message>
        <source>No trusted identity has this fingerprint.</source>
        <translation>لا توجد هوية موثوقة بهذه البصمة.</translation>
    </message>
    <message>
        <source>Give the receiver&apos;s card (--to FILE.fkid), or trust it first (`fieldkit trust add`).</source>
        <translation>أعطِ بطاقة المستلم (--to FILE.fkid)، أو ثق بها أولًا (`fieldkit trust add`).</translation>
    </message>
    <message>
        <source>Only the receiver accepts a handover.</source>
        <translation>المستلم وحده يقبل التسليم.</translation>
    </message>
    <message>
        <source>A handover goes to someone else.</source>
        <translation>التسليم يكون لشخص آخر.</translation>
    </message>
    <message>
        <source>A handover is written by its giver.</source>
        <translation>يكتب التسليمَ مَن يُسلِّم.</translation>
    </message>
    <message>
        <source>This handover is already accepted.</source>
        <translation>قُبل هذا التسليم بالفعل.</translation>
    </message>
    <message>
        <source>This handover is addressed to someone else; only they can accept it.</source>
        <translation>هذا التسليم موجّه إلى شخص آخر؛ هو وحده يستطيع قبوله.</translation>
    </message>
    <message>
        <source>The receiver imports it into their own vault and accepts it there.</source>
        <translation>يستورده المستلم إلى خزنته ويقبله هناك.</translation>
    </message>
    <message>
        <source>An acceptance gives accepted_at and acceptance_notes only.</source>
        <translation>لا يعطي القبول إلا accepted_at وacceptance_notes.</translation>
    </message>
    <message>
        <source>No damage report or object has this id or inventory number ({typed}).</source>
        <translation>لا يوجد تقرير أضرار ولا قطعة بهذا المعرّف أو رقم الجرد ({typed}).</translation>
    </message>
    <message>
        <source>Check the id (`fieldkit damage list` shows them).</source>
        <translation>تحقّق من المعرّف (يعرضها `fieldkit damage list`).</translation>
    </message>
    <message>
        <source>The object {typed} has no damage report.</source>
        <translation>القطعة {typed} ليس لها تقرير أضرار.</translation>
    </message>
    <message>
        <source>Add one with `fieldkit damage add --object ID`.</source>
        <translation>أضف تقريرًا بـ `fieldkit damage add --object ID`.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>التاريخ غير مسجّل</translation>
    </message>
    <message>
        <source>{typed} is an object: its most recent damage report ({when}) was printed.</source>
        <translation>{typed} قطعة: طُبع أحدث تقرير أضرار لها ({when}).</translation>
    </message>
    <message>
        <source>The damage report {typed} was deleted.</source>
        <translation>حُذف تقرير الأضرار {typed}.</translation>
    </message>
    <message>
        <source>Reinstall FieldKit: its report fonts are missing from this installation.</source>
        <translation>أعد تثبيت FieldKit: خطوط تقاريره مفقودة من هذا التثبيت.</translation>
    </message>
    <message>
        <source>The report font {file_name} cannot be found.</source>
        <translation>لا يمكن العثور على خط التقارير {file_name}.</translation>
    </message>
    <message>
        <source>The original of photo {photo} could not be read; its thumbnail was printed instead.</source>
        <translation>تعذّرت قراءة أصل الصورة {photo}؛ فطُبعت صورتها المصغّرة بدلًا منه.</translation>
    </message>
    <message>
        <source>The object {typed} was deleted.</source>
        <translation>حُذفت القطعة {typed}.</translation>
    </message>
    <message>
        <source>No object was given.</source>
        <translation>لم تُعطَ أي قطعة.</translation>
    </message>
    <message>
        <source>Give at least one id or inventory number.</source>
        <translation>أعطِ معرّفًا أو رقم جرد واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>the sync target &apos;{target}&apos;</source>
        <translation>هدف المزامنة «{target}»</translation>
    </message>
    <message>
        <source>Delete &apos;.fieldkit-sync.lock&apos; from the sync folder (FieldKit makes a new one), then sync again.</source>
        <translation>احذف «.fieldkit-sync.lock» من مجلد المزامنة (ينشئ FieldKit واحدًا جديدًا)، ثم زامِن مجددًا.</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>نوع ملف غير معروف</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; cannot be used: its {file} is {found}, not a plain file.</source>
        <translation>لا يمكن استخدام هدف المزامنة «{target}»: ملفه {file} {found}، وليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>Sync cancelled while waiting for the target.</source>
        <translation>أُلغيت المزامنة أثناء انتظار الهدف.</translation>
    </message>
    <message>
        <source>Another sync is using the target &apos;{target}&apos; right now.</source>
        <translation>مزامنة أخرى تستخدم الهدف «{target}» الآن.</translation>
    </message>
    <message>
        <source>{file} grew while it was being copied; no copy was kept.</source>
        <translation>كبر {file} أثناء نسخه؛ لم يُحتفظ بأي نسخة.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s) kept, {size} of copies (the quarantine keeps at most {most} files, {limit}).</source>
        <translation>
            <numerusform>لا ملفات مرفوضة محفوظة، {size} من النسخ (لا يحتفظ الحجر بأكثر من {most} من الملفات، {limit}).</numerusform>
            <numerusform>ملف مرفوض واحد محفوظ، {size} من النسخ (لا يحتفظ الحجر بأكثر من {most} من الملفات، {limit}).</numerusform>
            <numerusform>ملفان مرفوضان محفوظان، {size} من النسخ (لا يحتفظ الحجر بأكثر من {most} من الملفات، {limit}).</numerusform>
            <numerusform>%n ملفات مرفوضة محفوظة، {size} من النسخ (لا يحتفظ الحجر بأكثر من {most} من الملفات، {limit}).</numerusform>
            <numerusform>%n ملفًا مرفوضًا محفوظًا، {size} من النسخ (لا يحتفظ الحجر بأكثر من {most} من الملفات، {limit}).</numerusform>
            <numerusform>%n ملف مرفوض محفوظ، {size} من النسخ (لا يحتفظ الحجر بأكثر من {most} من الملفات، {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older file(s) dropped to stay within that.</source>
        <translation>
            <numerusform>لم يُحذف أي ملف أقدم للبقاء ضمن هذه الحدود.</numerusform>
            <numerusform>حُذف ملف أقدم واحد للبقاء ضمن هذه الحدود.</numerusform>
            <numerusform>حُذف ملفان أقدم للبقاء ضمن هذه الحدود.</numerusform>
            <numerusform>حُذفت %n ملفات أقدم للبقاء ضمن هذه الحدود.</numerusform>
            <numerusform>حُذف %n ملفًا أقدم للبقاء ضمن هذه الحدود.</numerusform>
            <numerusform>حُذف %n ملف أقدم للبقاء ضمن هذه الحدود.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kept} {dropped}</source>
        <translation>{kept} {dropped}</translation>
    </message>
    <message>
        <source>Sent by “{name}” (fingerprint {fingerprint}), whose card this vault does not trust yet. Compare these digits with the sender in person or by phone; if they match, trust the card, then sync again: the bundle is imported then.</source>
        <translation>أرسلها «{name}» (البصمة {fingerprint})، وهذه الخزنة لا تثق ببطاقته بعد. قارن هذه الأرقام مع المرسل شخصيًا أو بالهاتف؛ فإن تطابقت فثِق بالبطاقة، ثم زامِن مجددًا: تُستورد الحزمة حينئذٍ.</translation>
    </message>
    <message>
        <source>Sent by an unknown key (fingerprint {fingerprint}). Ask the sender for their card and compare these digits with them; if they match, trust the card, then sync again: the bundle is imported then.</source>
        <translation>أُرسلت بمفتاح غير معروف (البصمة {fingerprint}). اطلب من المرسل بطاقته وقارن هذه الأرقام معه؛ فإن تطابقت فثِق بالبطاقة، ثم زامِن مجددًا: تُستورد الحزمة حينئذٍ.</translation>
    </message>
    <message>
        <source>The receipt is larger than any receipt can be.</source>
        <translation>الإيصال أكبر مما يمكن أن يكون عليه أي إيصال.</translation>
    </message>
    <message>
        <source>The receipt is not valid JSON.</source>
        <translation>الإيصال ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>This is not a FieldKit receipt.</source>
        <translation>هذا ليس إيصال FieldKit.</translation>
    </message>
    <message>
        <source>The receipt has an unknown version {version}.</source>
        <translation>للإيصال إصدار غير معروف {version}.</translation>
    </message>
    <message>
        <source>The receipt has missing or unexpected members.</source>
        <translation>في الإيصال عناصر ناقصة أو غير متوقعة.</translation>
    </message>
    <message>
        <source>The receipt has members of the wrong kind.</source>
        <translation>في الإيصال عناصر من نوع خاطئ.</translation>
    </message>
    <message>
        <source>The receipt is encrypted to this vault but names another one.</source>
        <translation>الإيصال مشفّر لهذه الخزنة لكنه يسمّي خزنة أخرى.</translation>
    </message>
    <message>
        <source>The receipt comes from {fingerprint}, a key this vault does not trust.</source>
        <translation>الإيصال من {fingerprint}، وهو مفتاح لا تثق به هذه الخزنة.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not valid: {problem}</source>
        <translation>توقيع الإيصال غير صالح: {problem}</translation>
    </message>
    <message>
        <source>The receipt&apos;s signed comment does not match its content.</source>
        <translation>التعليق الموقّع في الإيصال لا يطابق محتواه.</translation>
    </message>
    <message>
        <source>Trust the writer&apos;s identity card to accept their receipts.</source>
        <translation>ثق ببطاقة هوية الكاتب لتقبل إيصالاته.</translation>
    </message>
    <message>
        <source>Install it with: pip install &apos;fieldkit[s3]&apos;</source>
        <translation>ثبّتها بالأمر: pip install &apos;fieldkit[s3]&apos;</translation>
    </message>
    <message>
        <source>Nothing was lost: what was confirmed stays, the rest resumes at the next sync.</source>
        <translation>لم يضع شيء: ما تأكّد يبقى، والباقي يُستأنف في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Check the access key, secret and bucket with the storage&apos;s administrator, then add the target again with `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</source>
        <translation>تحقّق من مفتاح الوصول والسر ومستودع S3 مع مسؤول التخزين، ثم أضف الهدف مجددًا بـ `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</translation>
    </message>
    <message>
        <source>The transfer is started again at the next sync; nothing bad was imported.</source>
        <translation>يُعاد النقل في المزامنة التالية؛ لم يُستورد شيء سيئ.</translation>
    </message>
    <message>
        <source>S3 storage needs the botocore library, which is not installed.</source>
        <translation>يحتاج تخزين S3 إلى مكتبة botocore، وهي غير مثبّتة.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an S3 location like s3://BUCKET/PREFIX.</source>
        <translation>«{url}» ليس موقع S3 مثل s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
        <source>&apos;{bucket}&apos; is not a valid bucket name.</source>
        <translation>«{bucket}» ليس اسم مستودع S3 صالحًا.</translation>
    </message>
    <message>
        <source>The prefix of &apos;{url}&apos; has a part that cannot be used.</source>
        <translation>في بادئة «{url}» جزء لا يمكن استخدامه.</translation>
    </message>
    <message>
        <source>The bucket &apos;{bucket}&apos; does not exist.</source>
        <translation>مستودع S3 «{bucket}» غير موجود.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the credentials or the request ({code}).</source>
        <translation>رفض التخزين في {endpoint} بيانات الاعتماد أو الطلب ({code}).</translation>
    </message>
    <message>
        <source>The storage at {endpoint} is not reachable.</source>
        <translation>لا يمكن الوصول إلى التخزين في {endpoint}.</translation>
    </message>
    <message>
        <source>The storage would not give this file ({code}).</source>
        <translation>رفض التخزين إعطاء هذا الملف ({code}).</translation>
    </message>
    <message>
        <source>The storage at {endpoint} answered with an error ({error}).</source>
        <translation>ردّ التخزين في {endpoint} بخطأ ({error}).</translation>
    </message>
    <message>
        <source>{key} is larger than any such file can be.</source>
        <translation>{key} أكبر مما يمكن أن يكون عليه أي ملف من هذا النوع.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not store {key} intact.</source>
        <translation>لم يحفظ التخزين في {endpoint} الملف {key} سليمًا.</translation>
    </message>
    <message>
        <source>{name} changed while it was being uploaded.</source>
        <translation>تغيّر {name} أثناء رفعه.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not assemble {key} intact.</source>
        <translation>لم يجمّع التخزين في {endpoint} الملف {key} سليمًا.</translation>
    </message>
    <message>
        <source>{key} on the storage does not carry the expected checksum.</source>
        <translation>{key} على التخزين لا يحمل المجموع الاختباري المتوقع.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not receive part {number} of {key} intact.</source>
        <translation>لم يتلقَّ التخزين في {endpoint} الجزء {number} من {key} سليمًا.</translation>
    </message>
    <message>
        <source>{key} changed while it was downloaded.</source>
        <translation>تغيّر {key} أثناء تنزيله.</translation>
    </message>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation>ملف بيانات الاعتماد {path} غير موجود.</translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read as an AWS credentials file.</source>
        <translation>لا يمكن قراءة ملف بيانات الاعتماد {path} كملف بيانات اعتماد AWS.</translation>
    </message>
    <message>
        <source>The credentials file {path} has no [{profile}] section.</source>
        <translation>لا يحتوي ملف بيانات الاعتماد {path} على قسم [{profile}].</translation>
    </message>
    <message>
        <source>The credentials file {path} lacks aws_access_key_id or aws_secret_access_key.</source>
        <translation>ينقص ملف بيانات الاعتماد {path} المفتاح aws_access_key_id أو aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Free some space on the laptop&apos;s disk, then sync again.</source>
        <translation>حرّر بعض المساحة على قرص الحاسوب، ثم زامِن مجددًا.</translation>
    </message>
    <message>
        <source>&apos;{endpoint}&apos; is not an endpoint URL like https://s3.example.org.</source>
        <translation>«{endpoint}» ليس عنوان نقطة وصول مثل https://s3.example.org.</translation>
    </message>
    <message>
        <source>The endpoint URL must not carry a user name or password; give the credentials with --credentials-file or AWS_ACCESS_KEY_ID.</source>
        <translation>يجب ألا يحمل عنوان نقطة الوصول اسم مستخدم أو كلمة مرور؛ أعطِ بيانات الاعتماد بـ --credentials-file أو AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 settings of the sync target &apos;{name}&apos; are missing.</source>
        <translation>إعدادات S3 لهدف المزامنة «{name}» مفقودة.</translation>
    </message>
    <message>
        <source>Add the target again with `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</source>
        <translation>أضف الهدف مجددًا بـ `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; is a folder, not S3 storage.</source>
        <translation>هدف المزامنة «{name}» مجلد، وليس تخزين S3.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>عبارة مرور المفتاح</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>An S3 target needs an access key and a secret.</source>
        <translation>يحتاج هدف S3 إلى مفتاح وصول وسر.</translation>
    </message>
    <message>
        <source>No S3 credentials were given and there is no terminal to ask for them.</source>
        <translation>لم تُعطَ بيانات اعتماد S3، ولا توجد طرفية لطلبها.</translation>
    </message>
    <message>
        <source>Use --credentials-file FILE (AWS credentials format) or set {access} and {secret}.</source>
        <translation>استخدم --credentials-file FILE (بصيغة بيانات اعتماد AWS) أو اضبط {access} و{secret}.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>ملف {what} {path} غير موجود.</translation>
    </message>
    <message>
        <source>The {what} file {path} cannot be read as text.</source>
        <translation>تتعذّر قراءة ملف {what} {path} نصًا.</translation>
    </message>
    <message>
        <source>The {what} file {path} is empty.</source>
        <translation>ملف {what} {path} فارغ.</translation>
    </message>
    <message>
        <source>No passphrase was given and there is no terminal to ask for one.</source>
        <translation>لم تُعطَ عبارة مرور، ولا توجد طرفية لطلبها.</translation>
    </message>
    <message>
        <source>Use --passphrase-file FILE or set {variable}.</source>
        <translation>استخدم --passphrase-file FILE أو اضبط {variable}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No new passphrase was given and there is no terminal to ask for one.</source>
        <translation>لم تُعطَ عبارة مرور جديدة، ولا توجد طرفية لطلبها.</translation>
    </message>
    <message>
        <source>Use a passphrase file option or set {variable}.</source>
        <translation>استخدم خيار ملف عبارة المرور أو اضبط {variable}.</translation>
    </message>
    <message>
        <source>A bandwidth limit is at least 1 kB/s.</source>
        <translation>حدّ عرض النطاق 1 كيلوبايت/ث على الأقل.</translation>
    </message>
    <message>
        <source>This vault&apos;s own card is not a recipient: it always reads its bundles.</source>
        <translation>بطاقة هذه الخزنة نفسها ليست مستلمًا: فهي تقرأ حزمها دائمًا.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({endpoint}) is not reachable, nothing lost: bundles wait in the outbox.</source>
        <translation>لا يمكن الوصول إلى هدف المزامنة «{name}» ({endpoint})، ولم يضع شيء: الحزم تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; cannot be used: {problem}</source>
        <translation>لا يمكن استخدام هدف المزامنة «{name}»: {problem}</translation>
    </message>
    <message>
        <source>The link to the sync target &apos;{name}&apos; dropped: not reachable, nothing lost.</source>
        <translation>انقطع الاتصال بهدف المزامنة «{name}»: لا يمكن الوصول إليه، ولم يضع شيء.</translation>
    </message>
    <message>
        <source>A bundle of {size} on &apos;{name}&apos; was not downloaded: it needs {needed} free on this laptop&apos;s disk and {free} is; it waits on the target for the next sync.</source>
        <translation>لم تُنزَّل حزمة بحجم {size} على «{name}»: تحتاج إلى {needed} فارغة على قرص هذا الحاسوب والمتاح {free}؛ وهي تنتظر على الهدف حتى المزامنة التالية.</translation>
    </message>
    <message>
        <source>This receipt is larger than any receipt can be.</source>
        <translation>هذا الإيصال أكبر مما يمكن أن يكون عليه أي إيصال.</translation>
    </message>
    <message>
        <source>Nothing was lost: the next sync resumes where this one stopped.</source>
        <translation>لم يضع شيء: تُستأنف المزامنة التالية من حيث توقفت هذه.</translation>
    </message>
    <message>
        <source>Plug in the drive or mount the folder, then sync again; bundles wait in the outbox.</source>
        <translation>صِل القرص أو ركّب المجلد، ثم زامِن مجددًا؛ الحزم تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Wait for the other sync to finish, then try again.</source>
        <translation>انتظر حتى تنتهي المزامنة الأخرى، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>See the targets with `fieldkit sync target list`.</source>
        <translation>اطّلع على الأهداف بـ `fieldkit sync target list`.</translation>
    </message>
    <message>
        <source>A sync target needs a name.</source>
        <translation>يحتاج هدف المزامنة إلى اسم.</translation>
    </message>
    <message>
        <source>A sync target&apos;s name is at most {limit} characters.</source>
        <translation>اسم هدف المزامنة {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A sync target&apos;s name cannot contain control characters.</source>
        <translation>لا يمكن أن يحتوي اسم هدف المزامنة على أحرف تحكم.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a word of the sync command; choose another name.</source>
        <translation>«{name}» كلمة من أمر sync؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>There is no sync target named &apos;{name}&apos;.</source>
        <translation>لا يوجد هدف مزامنة باسم «{name}».</translation>
    </message>
    <message>
        <source>The folder {path} does not exist: plug in the drive or create the folder first.</source>
        <translation>المجلد {path} غير موجود: صِل القرص أو أنشئ المجلد أولًا.</translation>
    </message>
    <message>
        <source>A sync target cannot be inside the vault folder.</source>
        <translation>لا يمكن أن يكون هدف المزامنة داخل مجلد الخزنة.</translation>
    </message>
    <message>
        <source>Nothing is sent to “{target}”: no recipient is chosen for this folder, and no coordinator&apos;s card is verified here. Choose who receives your bundles (the folder&apos;s recipients), or compare a coordinator&apos;s fingerprint with its holder and mark their card verified.</source>
        <translation>لا يُرسل شيء إلى «{target}»: لم يُختر أي مستلم لهذا المجلد، ولا توجد هنا بطاقة منسّق تم التحقق منها. اختر من يستلم حزمك (مستلمو المجلد)، أو قارن بصمة منسّق مع صاحبها وضع على بطاقته علامة «تم التحقق».</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable: the drive is not plugged in or the folder is not mounted.</source>
        <translation>لا يمكن الوصول إلى هدف المزامنة «{name}» ({path}): القرص غير موصول أو المجلد غير مركّب.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable: the folder exists but is not a FieldKit sync folder (is the drive mounted?).</source>
        <translation>لا يمكن الوصول إلى هدف المزامنة «{name}» ({path}): المجلد موجود لكنه ليس مجلد مزامنة لـ FieldKit (هل القرص مركّب؟).</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) cannot be read.</source>
        <translation>تتعذّر قراءة هدف المزامنة «{name}» ({path}).</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable.</source>
        <translation>لا يمكن الوصول إلى هدف المزامنة «{name}» ({path}).</translation>
    </message>
    <message>
        <source>Mount the drive; if this really is the folder, mark it again with `fieldkit sync target add {name} PATH`.</source>
        <translation>اربط القرص؛ وإن كان هذا هو المجلد فعلًا، فعلّمه من جديد بـ `fieldkit sync target add {name} PATH`.</translation>
    </message>
    <message>
        <source>{option} or {variable}</source>
        <extracomment>What the archive lacks: an option or its environment variable, in a list.</extracomment>
        <translation>{option} أو {variable}</translation>
    </message>
    <message>
        <source>Check --db (or FIELDKIT_ARCHIVE_DB) and that the server is running.</source>
        <translation>تحقّق من ‎--db (أو FIELDKIT_ARCHIVE_DB) ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>The archive needs {missing}.</source>
        <translation>يحتاج الأرشيف إلى {missing}.</translation>
    </message>
    <message>
        <source>Give the PostgreSQL connection string, the bucket and the S3 endpoint.</source>
        <translation>أدخل سلسلة اتصال PostgreSQL والحاوية ونقطة وصول S3.</translation>
    </message>
    <message>
        <source>{variable} is not a number of days.</source>
        <translation>{variable} ليس عددًا من الأيام.</translation>
    </message>
    <message>
        <source>The retention must be zero or more days.</source>
        <translation>يجب أن تكون مدة الاحتفاظ صفرًا من الأيام أو أكثر.</translation>
    </message>
    <message>
        <source>The object-lock mode is GOVERNANCE or COMPLIANCE.</source>
        <translation>وضع قفل الكائنات هو GOVERNANCE أو COMPLIANCE.</translation>
    </message>
    <message>
        <source>{name} changed while it was being stored.</source>
        <translation>تغيّر {name} أثناء تخزينه.</translation>
    </message>
    <message>
        <source>Check the bucket&apos;s settings and the credentials, then run the command again.</source>
        <translation>تحقّق من إعدادات مستودع S3 ومن بيانات الاعتماد، ثم أعد تشغيل الأمر.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} does not accept the archive&apos;s access key and secret ({code}).</source>
        <translation>لا يقبل التخزين في {endpoint} مفتاح الوصول والسرّ الخاصين بالأرشيف ({code}).</translation>
    </message>
    <message>
        <source>Check the key and secret the archive is given (--credentials-file, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), then run the `fieldkit archive` command again.</source>
        <translation>تحقّق من المفتاح والسرّ المعطَيَين للأرشيف (‎--credentials-file، أو AWS_ACCESS_KEY_ID وAWS_SECRET_ACCESS_KEY)، ثم أعد تشغيل أمر `fieldkit archive`.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the archive access to the bucket &apos;{bucket}&apos; ({code}).</source>
        <translation>رفض التخزين في {endpoint} وصول الأرشيف إلى مستودع S3 «{bucket}» ({code}).</translation>
    </message>
    <message>
        <source>Check the archive&apos;s key and secret, and ask the storage&apos;s administrator to let that key read and write this bucket, then run the `fieldkit archive` command again.</source>
        <translation>تحقّق من مفتاح الأرشيف وسرّه، واطلب من مسؤول التخزين أن يسمح لهذا المفتاح بالقراءة من مستودع S3 هذا والكتابة فيه، ثم أعد تشغيل أمر `fieldkit archive`.</translation>
    </message>
    <message>
        <source>The archive&apos;s bucket &apos;{bucket}&apos; does not exist at {endpoint}.</source>
        <translation>مستودع S3 «{bucket}» الخاص بالأرشيف غير موجود في {endpoint}.</translation>
    </message>
    <message>
        <source>Check the bucket named by --s3 (or FIELDKIT_ARCHIVE_S3), or create it with `fieldkit archive init`.</source>
        <translation>تحقّق من مستودع S3 الذي يسمّيه ‎--s3 (أو FIELDKIT_ARCHIVE_S3)، أو أنشئه بالأمر `fieldkit archive init`.</translation>
    </message>
    <message>
        <source>Check that the storage is running and that --endpoint (or FIELDKIT_ARCHIVE_ENDPOINT) names it, then run the `fieldkit archive` command again: nothing already stored is lost.</source>
        <translation>تحقّق من أن التخزين يعمل ومن أن ‎--endpoint (أو FIELDKIT_ARCHIVE_ENDPOINT) يشير إليه، ثم أعد تشغيل أمر `fieldkit archive`: لا يضيع شيء مما خُزّن من قبل.</translation>
    </message>
    <message>
        <source>The archive&apos;s S3 credentials are missing.</source>
        <translation>بيانات اعتماد S3 الخاصة بالأرشيف مفقودة.</translation>
    </message>
    <message>
        <source>Give --credentials-file F, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>أدخل ‎--credentials-file F، أو عيّن AWS_ACCESS_KEY_ID وAWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The bucket could not be created ({error}).</source>
        <translation>تعذّر إنشاء الحاوية ({error}).</translation>
    </message>
    <message>
        <source>Versioning could not be turned on ({error}).</source>
        <translation>تعذّر تفعيل إدارة الإصدارات ({error}).</translation>
    </message>
    <message>
        <source>Object lock could not be turned on ({error}): bundles are kept, but the storage does not prevent their deletion.</source>
        <translation>تعذّر تفعيل قفل الكائنات ({error}): تُحفظ الحزم، لكن التخزين لا يمنع حذفها.</translation>
    </message>
    <message>
        <source>The storage did not receive part {number} intact.</source>
        <translation>لم يتلقَّ التخزين الجزء {number} سليمًا.</translation>
    </message>
    <message>
        <source>The storage did not assemble {key} intact.</source>
        <translation>لم يجمّع التخزين {key} سليمًا.</translation>
    </message>
    <message>
        <source>The storage did not store {key} intact.</source>
        <translation>لم يخزّن التخزين {key} سليمًا.</translation>
    </message>
    <message>
        <source>Bundle {id} in the bucket does not match its hash.</source>
        <translation>الحزمة {id} في مستودع S3 لا تطابق بصمتها.</translation>
    </message>
    <message>
        <source>Bundle {id} is missing from the bucket.</source>
        <translation>الحزمة {id} غير موجودة في مستودع S3.</translation>
    </message>
    <message>
        <source>Bundle {id}: its retention could not be read ({reason}).</source>
        <translation>الحزمة {id}: تعذّرت قراءة مدة احتفاظها ({reason}).</translation>
    </message>
    <message>
        <source>A photo does not match its hash.</source>
        <translation>إحدى الصور لا تطابق بصمتها.</translation>
    </message>
    <message>
        <source>Photo {id} in the bucket does not match its hash.</source>
        <translation>الصورة {id} في مستودع S3 لا تطابق بصمتها.</translation>
    </message>
    <message>
        <source>Photo {id} is missing from the bucket.</source>
        <translation>الصورة {id} غير موجودة في مستودع S3.</translation>
    </message>
    <message>
        <source>Bundle {bundle}: {problem}</source>
        <translation>الحزمة {bundle}: {problem}</translation>
    </message>
    <message>
        <source>Photo {photo}: {problem}</source>
        <translation>الصورة {photo}: {problem}</translation>
    </message>
    <message>
        <source>Run `fieldkit archive {command}` again: nothing already stored is lost.</source>
        <translation>شغّل `fieldkit archive {command}` مرة أخرى: لا يضيع شيء مما خُزّن من قبل.</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}; create the archive&apos;s vault first: fieldkit --vault {folder} init --name NAME --role coordinator</source>
        <translation>لا توجد خزنة FieldKit في {folder}؛ أنشئ خزنة الأرشيف أولًا: fieldkit --vault {folder} init --name NAME --role coordinator</translation>
    </message>
    <message>
        <source>The archive commands need the archive extra.</source>
        <translation>تحتاج أوامر الأرشيف إلى الإضافة archive.</translation>
    </message>
    <message>
        <source>Install it with: pip install &quot;fieldkit[archive]&quot;</source>
        <translation>ثبّتها بالأمر: pip install &quot;fieldkit[archive]&quot;</translation>
    </message>
    <message>
        <source>Name bundle files or --from-s3 s3://BUCKET/PREFIX.</source>
        <translation>حدّد ملفات حزم أو ‎--from-s3 s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
        <source>--concurrency is at least 1.</source>
        <translation>يجب أن تكون قيمة ‎--concurrency ‏1 على الأقل.</translation>
    </message>
    <message>
        <source>--limit is at least 1.</source>
        <translation>يجب أن تكون قيمة ‎--limit ‏1 على الأقل.</translation>
    </message>
    <message>
        <source>the folder {path}</source>
        <translation>المجلد {path}</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose another name.</source>
        <translation>{path} موجود وليس مجلدًا؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty; choose a new or empty folder.</source>
        <translation>المجلد {path} ليس فارغًا؛ اختر مجلدًا جديدًا أو فارغًا.</translation>
    </message>
    <message>
        <source>Photo {photo} has not arrived in this vault; left out.</source>
        <translation>الصورة {photo} لم تصل إلى هذه الخزنة بعد؛ تُركت خارج التصدير.</translation>
    </message>
    <message>
        <source>{problem} It was left out.</source>
        <translation>{problem} تُركت خارج التصدير.</translation>
    </message>
    <message>
        <source>The file is too large to be an identity card (over {limit} KiB).</source>
        <translation>الملف أكبر من أن يكون بطاقة هوية (أكثر من {limit} كيلوبايت).</translation>
    </message>
    <message>
        <source>Ask the card&apos;s holder for a new copy (`fieldkit identity export`); nothing was trusted.</source>
        <translation>اطلب من صاحب البطاقة نسخة جديدة (`fieldkit identity export`)؛ لم يُمنح أي وثوق.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it starts with a byte-order mark.</source>
        <translation>هذا الملف ليس بطاقة هوية: يبدأ بعلامة ترتيب البايتات.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not UTF-8 text.</source>
        <translation>هذا الملف ليس بطاقة هوية: ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The identity card has the member {name} twice.</source>
        <translation>تحوي بطاقة الهوية العنصر {name} مرتين.</translation>
    </message>
    <message>
        <source>The identity card has a member twice.</source>
        <translation>تحوي بطاقة الهوية عنصرًا مكرّرًا مرتين.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not valid JSON ({problem}).</source>
        <translation>هذا الملف ليس بطاقة هوية: ليس JSON صالحًا ({problem}).</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not a JSON object.</source>
        <translation>هذا الملف ليس بطاقة هوية: ليس كائن JSON.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} is longer than {limit} characters.</source>
        <translation>الحقل {member} في بطاقة الهوية أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} contains control characters.</source>
        <translation>الحقل {member} في بطاقة الهوية يحوي محارف تحكّم.</translation>
    </message>
    <message>
        <source>The identity card&apos;s role must be one of {roles}, not {role}.</source>
        <translation>يجب أن يكون دور بطاقة الهوية واحدًا من {roles}، لا {role}.</translation>
    </message>
    <message>
        <source>The identity card&apos;s creation date is not an ISO 8601 UTC time.</source>
        <translation>تاريخ إنشاء بطاقة الهوية ليس وقتًا بتوقيت UTC وفق ISO 8601.</translation>
    </message>
    <message>
        <source>This file is not a FieldKit identity card (wrong or missing format).</source>
        <translation>هذا الملف ليس بطاقة هوية FieldKit (التنسيق خاطئ أو مفقود).</translation>
    </message>
    <message>
        <source>The identity card&apos;s version is missing or not a number.</source>
        <translation>إصدار بطاقة الهوية مفقود أو ليس رقمًا.</translation>
    </message>
    <message>
        <source>The identity card is in version {version} of the format, which this FieldKit cannot read.</source>
        <translation>بطاقة الهوية بالإصدار {version} من التنسيق، ولا يستطيع FieldKit هذا قراءته.</translation>
    </message>
    <message>
        <source>Update FieldKit, or ask the holder for a card made by the same FieldKit version.</source>
        <translation>حدّث FieldKit، أو اطلب من صاحب البطاقة بطاقة صنعها الإصدار نفسه من FieldKit.</translation>
    </message>
    <message>
        <source>The identity card has no {member}.</source>
        <translation>بطاقة الهوية لا تحوي الحقل {member}.</translation>
    </message>
    <message>
        <source>The identity card has an unknown member {member}.</source>
        <translation>تحوي بطاقة الهوية عنصرًا غير معروف {member}.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} is not text.</source>
        <translation>الحقل {member} في بطاقة الهوية ليس نصًا.</translation>
    </message>
    <message>
        <source>The identity card&apos;s minisign public key is not a valid key.</source>
        <translation>مفتاح minisign العام في بطاقة الهوية ليس مفتاحًا صالحًا.</translation>
    </message>
    <message>
        <source>The identity card&apos;s age recipient is not a valid age1… key.</source>
        <translation>مستلم age في بطاقة الهوية ليس مفتاح age1… صالحًا.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint is not 64 lower-case hex digits.</source>
        <translation>بصمة بطاقة الهوية ليست 64 رقمًا ست عشريًا بأحرف صغيرة.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint does not match its keys.</source>
        <translation>بصمة بطاقة الهوية لا تطابق مفاتيحها.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature is too long to be a minisign signature.</source>
        <translation>توقيع بطاقة الهوية أطول من أن يكون توقيع minisign.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature is not a minisign signature.</source>
        <translation>توقيع بطاقة الهوية ليس توقيع minisign.</translation>
    </message>
    <message>
        <source>The identity card is signed by another key than its own.</source>
        <translation>بطاقة الهوية موقّعة بمفتاح غير مفتاحها.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature does not match its contents (it was altered).</source>
        <translation>توقيع بطاقة الهوية لا يطابق محتواها (عُدّلت).</translation>
    </message>
    <message>
        <source>The identity card {path}</source>
        <translation>بطاقة الهوية {path}</translation>
    </message>
    <message>
        <source>Give the .fkid file itself.</source>
        <translation>أعطِ ملف ‎.fkid نفسه.</translation>
    </message>
    <message>
        <source>The identity card {path} cannot be read.</source>
        <translation>تتعذّر قراءة بطاقة الهوية {path}.</translation>
    </message>
    <message>
        <source>The audit log is damaged: event {seq} cannot be read.</source>
        <translation>سجل التدقيق تالف: تتعذّر قراءة الحدث {seq}.</translation>
    </message>
    <message>
        <source>Run `fieldkit audit --verify` to see what was altered.</source>
        <translation>شغّل `fieldkit audit --verify` لترى ما الذي عُدّل.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its {name} is not text.</source>
        <translation>عُدّل الحدث {seq}: حقله {name} ليس نصًّا.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not valid JSON.</source>
        <translation>عُدّل الحدث {seq}: تفاصيله ليست JSON صالحًا.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not a JSON object.</source>
        <translation>عُدّل الحدث {seq}: تفاصيله ليست كائن JSON.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not stored as they were written.</source>
        <translation>عُدّل الحدث {seq}: تفاصيله ليست محفوظة كما كُتبت.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its contents do not match its hash.</source>
        <translation>عُدّل الحدث {seq}: محتواه لا يطابق قيمة التجزئة الخاصة به.</translation>
    </message>
    <message>
        <source>Event {seq} has an invalid sequence number (events start at 1).</source>
        <translation>للحدث {seq} رقم تسلسل غير صالح (تبدأ الأحداث من 1).</translation>
    </message>
    <message>
        <source>Event {missing} is missing: the log jumps to event {seq} (events were removed).</source>
        <translation>الحدث {missing} مفقود: يقفز السجل إلى الحدث {seq} (حُذفت أحداث).</translation>
    </message>
    <message>
        <source>Events {first} to {last} are missing: the log jumps to event {seq} (events were removed).</source>
        <translation>الأحداث من {first} إلى {last} مفقودة: يقفز السجل إلى الحدث {seq} (حُذفت أحداث).</translation>
    </message>
    <message>
        <source>Event {seq} does not link to the start of the log: an event was removed, inserted or moved there.</source>
        <translation>الحدث {seq} غير مرتبط ببداية السجل: حُذف حدث هناك أو أُدرج أو نُقل.</translation>
    </message>
    <message>
        <source>Event {seq} does not link to event {previous}: an event was removed, inserted or moved there.</source>
        <translation>الحدث {seq} غير مرتبط بالحدث {previous}: حُذف حدث هناك أو أُدرج أو نُقل.</translation>
    </message>
    <message>
        <source>The head recorded earlier is not a valid head of an empty log.</source>
        <translation>الرأس المسجّل سابقًا ليس رأسًا صالحًا لسجل فارغ.</translation>
    </message>
    <message>
        <source>Event {seq}, the head recorded earlier, is gone: the log now ends at event {last} (events were removed from the end).</source>
        <translation>اختفى الحدث {seq}، وهو الرأس المسجّل سابقًا: ينتهي السجل الآن عند الحدث {last} (حُذفت أحداث من النهاية).</translation>
    </message>
    <message>
        <source>Event {seq}, the head recorded earlier, is missing from the log.</source>
        <translation>الحدث {seq}، وهو الرأس المسجّل سابقًا، مفقود من السجل.</translation>
    </message>
    <message>
        <source>Event {seq} differs from the head recorded earlier: the history up to it was rewritten.</source>
        <translation>يختلف الحدث {seq} عن الرأس المسجّل سابقًا: أُعيدت كتابة السجل حتى هذا الحدث.</translation>
    </message>
    <message>
        <source>The vault&apos;s identity keys are missing.</source>
        <translation>مفاتيح هوية الخزنة مفقودة.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, TIFF or HEIC photo; nothing was added.</source>
        <translation>اختر صورة بتنسيق JPEG أو PNG أو TIFF أو HEIC؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Check that the file still exists, that it is a file and not a folder, and that you may read it.</source>
        <translation>تحقّق من أن الملف ما يزال موجودًا، وأنه ملف وليس مجلدًا، وأن لديك إذنًا بقراءته.</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, TIFF or HEIC photo; this file was not added.</source>
        <translation>اختر صورة بتنسيق JPEG أو PNG أو TIFF أو HEIC؛ لم يُضف هذا الملف.</translation>
    </message>
    <message>
        <source>Save or export it as JPEG, PNG, TIFF or HEIC, then add it again.</source>
        <translation>احفظها أو صدّرها بتنسيق JPEG أو PNG أو TIFF أو HEIC، ثم أضفها من جديد.</translation>
    </message>
    <message>
        <source>Export the photo as JPEG on the phone or computer that took it, or install the pillow-heif package, then add it again.</source>
        <translation>صدّر الصورة بتنسيق JPEG على الهاتف أو الحاسوب الذي التقطها، أو ثبّت الحزمة pillow-heif، ثم أضفها من جديد.</translation>
    </message>
    <message>
        <source>FieldKit accepts photos of at most 150 megapixels and 30,000 pixels per side: reduce the photo in an image editor first. Files declaring huge sizes are also a known way to attack a computer, so this one was not opened further.</source>
        <translation>يقبل FieldKit صورًا لا تتجاوز 150 ميغابكسل و30000 بكسل لكل ضلع: صغّر الصورة أولًا في محرّر صور. والملفات التي تعلن أحجامًا هائلة طريقة معروفة أيضًا لمهاجمة الحاسوب، لذا لم يُفتح هذا الملف أكثر.</translation>
    </message>
    <message>
        <source>Copy the photo again from the camera or phone (an interrupted copy cuts files short), then add it again.</source>
        <translation>انسخ الصورة من جديد من الكاميرا أو الهاتف (النسخ المنقطع يبتر الملفات)، ثم أضفها من جديد.</translation>
    </message>
    <message>
        <source>Wait until the file has been copied completely, then add it again.</source>
        <translation>انتظر حتى يكتمل نسخ الملف، ثم أضفه من جديد.</translation>
    </message>
    <message>
        <source>{subject} is empty.</source>
        <translation>{subject} فارغ.</translation>
    </message>
    <message>
        <source>{subject} is a video or other media file, not a photo.</source>
        <translation>{subject} فيديو أو ملف وسائط آخر، وليس صورة.</translation>
    </message>
    <message>
        <source>{subject} is not a JPEG, PNG, TIFF or HEIC image.</source>
        <translation>{subject} ليس صورة بتنسيق JPEG أو PNG أو TIFF أو HEIC.</translation>
    </message>
    <message>
        <source>{subject} is a {kind} file, which FieldKit does not accept as a photo.</source>
        <translation>{subject} ملف {kind}، ولا يقبله FieldKit صورةً.</translation>
    </message>
    <message>
        <source>{subject} is a HEIC photo, and this computer has no HEIC support installed.</source>
        <translation>{subject} صورة HEIC، ولا يوجد دعم لـ HEIC مثبّت على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{subject} is damaged or incomplete.</source>
        <translation>{subject} تالف أو ناقص.</translation>
    </message>
    <message>
        <source>{subject} is too large to add safely ({width} × {height} pixels).</source>
        <translation>{subject} أكبر من أن يُضاف بأمان ({width} × {height} بكسل).</translation>
    </message>
    <message>
        <source>{subject} is a camera raw file, which FieldKit does not accept as a photo.</source>
        <translation>{subject} ملف خام من الكاميرا (raw)، ولا يقبله FieldKit صورةً.</translation>
    </message>
    <message>
        <source>{subject} is too large to add safely.</source>
        <translation>{subject} أكبر من أن يُضاف بأمان.</translation>
    </message>
    <message>
        <source>{subject} is too large to open with the memory available.</source>
        <translation>{subject} أكبر من أن يُفتح بالذاكرة المتاحة.</translation>
    </message>
    <message>
        <source>{subject} could not be read.</source>
        <translation>تعذّرت قراءة {subject}.</translation>
    </message>
    <message>
        <source>{subject} is not a regular file.</source>
        <translation>{subject} ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>{subject} changed while it was being added.</source>
        <translation>تغيّر {subject} أثناء إضافته.</translation>
    </message>
    <message>
        <source>A revision is not valid JSON.</source>
        <translation>مراجعة ليست JSON صالحًا.</translation>
    </message>
    <message>
        <source>A revision does not have the expected fields.</source>
        <translation>مراجعة لا تحوي الحقول المتوقّعة.</translation>
    </message>
    <message>
        <source>A revision has a field of the wrong type.</source>
        <translation>مراجعة فيها حقل من نوع خاطئ.</translation>
    </message>
    <message>
        <source>Correct the JSON and try again; nothing was changed.</source>
        <translation>صحّح JSON وحاول مرة أخرى؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The JSON input is not valid: {problem}.</source>
        <translation>مدخلات JSON غير صالحة: {problem}.</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep at line {line}, column {column}</source>
        <translation>تداخل أعمق من {limit} مستوى في السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is given twice in one object</source>
        <translation>«{name}» مذكور مرتين في الكائن نفسه</translation>
    </message>
    <message>
        <source>a member is given twice in one object</source>
        <translation>عضو مذكور مرتين في الكائن نفسه</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN وInfinity ليسا أعدادًا في JSON</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>أحد الأعداد كبير جدًا</translation>
    </message>
    <message>
        <source>a whole number has more than {limit} digits</source>
        <translation>عدد صحيح يتجاوز {limit} رقمًا</translation>
    </message>
    <message>
        <source>not UTF-8 text at line {line}, column {column}</source>
        <translation>نص ليس بترميز UTF-8 في السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <source>syntax error at line {line}, column {column}</source>
        <translation>خطأ في الصياغة في السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>تداخل أعمق من {limit} مستوى</translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation>لا يمكن فك ترميزها</translation>
    </message>
    <message>
        <source>a lone surrogate escape such as \ud800 is not a character</source>
        <translation>تسلسل الهروب لنصف بديل منفرد مثل \ud800 ليس محرفًا</translation>
    </message>
    <message>
        <source>An scrypt stanza must be the only one in an age file.</source>
        <translation>يجب أن يكون مقطع scrypt المقطع الوحيد في ملف age.</translation>
    </message>
    <message>
        <source>None of the given keys can open this age file.</source>
        <translation>لا يستطيع أي من المفاتيح المعطاة فتح ملف age هذا.</translation>
    </message>
    <message>
        <source>The age file ends before its payload nonce.</source>
        <translation>ينتهي ملف age قبل القيمة العشوائية (nonce) لمحتواه.</translation>
    </message>
    <message>
        <source>The age header has invalid base64 in {what}.</source>
        <extracomment>Headers longer than this are refused, so a hostile file cannot make us buffer without bound.</extracomment>
        <translation>تحتوي ترويسة age على base64 غير صالح في {what}.</translation>
    </message>
    <message>
        <source>a header field</source>
        <translation>أحد حقول الترويسة</translation>
    </message>
    <message>
        <source>The age header has non-canonical base64 in {what}.</source>
        <translation>تحتوي ترويسة age على base64 غير قانوني الشكل في {what}.</translation>
    </message>
    <message>
        <source>The age header failed its integrity check.</source>
        <translation>فشلت ترويسة age في فحص السلامة.</translation>
    </message>
    <message>
        <source>The age header is too long.</source>
        <translation>ترويسة age طويلة جدًا.</translation>
    </message>
    <message>
        <source>The age file ends inside its header.</source>
        <translation>ينتهي ملف age داخل ترويسته.</translation>
    </message>
    <message>
        <source>ASCII-armored age files are not supported.</source>
        <translation>ملفات age المغلّفة بنص ASCII غير مدعومة.</translation>
    </message>
    <message>
        <source>The file is empty, not an age file.</source>
        <translation>الملف فارغ، وليس ملف age.</translation>
    </message>
    <message>
        <source>The file uses an unsupported age version or a malformed intro line.</source>
        <translation>يستخدم الملف إصدارًا غير مدعوم من age أو سطر تعريف مشوّهًا.</translation>
    </message>
    <message>
        <source>The file is not an age v1 file.</source>
        <translation>هذا الملف ليس ملف age من الإصدار v1.</translation>
    </message>
    <message>
        <source>The age header has a malformed stanza line.</source>
        <translation>في ترويسة age سطر مقطع مشوّه.</translation>
    </message>
    <message>
        <source>The age header has an empty or invalid stanza argument.</source>
        <translation>في ترويسة age وسيط مقطع فارغ أو غير صالح.</translation>
    </message>
    <message>
        <source>The age header has a stanza body line longer than 64 columns.</source>
        <translation>في ترويسة age سطر من متن مقطع أطول من 64 عمودًا.</translation>
    </message>
    <message>
        <source>a stanza body</source>
        <translation>متن أحد المقاطع</translation>
    </message>
    <message>
        <source>The age header has a malformed MAC line.</source>
        <translation>في ترويسة age سطر MAC مشوّه.</translation>
    </message>
    <message>
        <source>the MAC line</source>
        <translation>سطر MAC</translation>
    </message>
    <message>
        <source>The age header has a MAC of the wrong length.</source>
        <translation>في ترويسة age رمز MAC بطول خاطئ.</translation>
    </message>
    <message>
        <source>The age header has a line that is neither a stanza nor the MAC.</source>
        <translation>في ترويسة age سطر ليس مقطعًا ولا رمز MAC.</translation>
    </message>
    <message>
        <source>The age header has no recipient stanzas.</source>
        <translation>لا توجد في ترويسة age مقاطع للمستلمين.</translation>
    </message>
    <message>
        <source>An X25519 stanza has the wrong number of arguments.</source>
        <translation>عدد وسائط أحد مقاطع X25519 خاطئ.</translation>
    </message>
    <message>
        <source>an X25519 stanza</source>
        <translation>أحد مقاطع X25519</translation>
    </message>
    <message>
        <source>An X25519 stanza has a share of the wrong length.</source>
        <translation>في أحد مقاطع X25519 حصة عامة بطول خاطئ.</translation>
    </message>
    <message>
        <source>An X25519 stanza has a body of the wrong length.</source>
        <translation>في أحد مقاطع X25519 متن بطول خاطئ.</translation>
    </message>
    <message>
        <source>An X25519 stanza has a low-order share.</source>
        <translation>في أحد مقاطع X25519 حصة عامة منخفضة الرتبة.</translation>
    </message>
    <message>
        <source>An scrypt stanza has the wrong number of arguments.</source>
        <translation>عدد وسائط أحد مقاطع scrypt خاطئ.</translation>
    </message>
    <message>
        <source>an scrypt stanza</source>
        <translation>أحد مقاطع scrypt</translation>
    </message>
    <message>
        <source>An scrypt stanza has a salt of the wrong length.</source>
        <translation>في أحد مقاطع scrypt ملح بطول خاطئ.</translation>
    </message>
    <message>
        <source>An scrypt stanza has a malformed work factor.</source>
        <translation>في أحد مقاطع scrypt معامل عمل مشوّه.</translation>
    </message>
    <message>
        <source>An scrypt stanza asks for more work than allowed.</source>
        <translation>يطلب أحد مقاطع scrypt عملًا أكثر من المسموح.</translation>
    </message>
    <message>
        <source>An scrypt stanza has a body of the wrong length.</source>
        <translation>في أحد مقاطع scrypt متن بطول خاطئ.</translation>
    </message>
    <message>
        <source>Cancelled; the search for possible duplicates stopped.</source>
        <translation>أُلغي؛ توقف البحث عن التكرارات المحتملة.</translation>
    </message>
    <message>
        <source>This vault&apos;s database has schema version {found}; this FieldKit knows up to {latest}.</source>
        <translation>قاعدة بيانات هذه الخزنة بإصدار المخطط {found}؛ ولا يعرف FieldKit هذا إلا حتى الإصدار {latest}.</translation>
    </message>
    <message>
        <source>Leave this photo out of the redacted export, or export without redaction.</source>
        <translation>استبعد هذه الصورة من التصدير المنقّح، أو صدّر دون تنقيح.</translation>
    </message>
    <message>
        <source>its JPEG data has no end</source>
        <translation>بيانات JPEG فيها بلا نهاية</translation>
    </message>
    <message>
        <source>the end of its JPEG image could not be found</source>
        <translation>تعذّر العثور على نهاية صورة JPEG فيها</translation>
    </message>
    <message>
        <source>its JPEG structure is damaged</source>
        <translation>بنية JPEG فيها تالفة</translation>
    </message>
    <message>
        <source>its JPEG structure is truncated</source>
        <translation>بنية JPEG فيها مبتورة</translation>
    </message>
    <message>
        <source>its PNG structure is truncated</source>
        <translation>بنية PNG فيها مبتورة</translation>
    </message>
    <message>
        <source>it has more than {count} pages</source>
        <translation>فيها أكثر من {count} صفحة</translation>
    </message>
    <message>
        <source>its TIFF image could not be written again losslessly</source>
        <translation>تعذّرت إعادة كتابة صورة TIFF فيها دون فقدان</translation>
    </message>
    <message>
        <source>its TIFF image could not be written again with identical pixels</source>
        <translation>تعذّرت إعادة كتابة صورة TIFF فيها بنقاط مطابقة</translation>
    </message>
    <message>
        <source>an XMP block could not be removed</source>
        <translation>تعذّرت إزالة كتلة XMP</translation>
    </message>
    <message>
        <source>its GPS position could not be removed</source>
        <translation>تعذّرت إزالة موقع GPS منها</translation>
    </message>
    <message>
        <source>FieldKit cannot remove a position from this format (HEIC)</source>
        <translation>لا يستطيع FieldKit إزالة الموقع من هذا التنسيق (HEIC)</translation>
    </message>
    <message>
        <source>it is too large to rewrite with the memory available</source>
        <translation>إنها أكبر من أن يُعاد كتابتها بالذاكرة المتاحة</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>تعذّرت قراءتها</translation>
    </message>
    <message>
        <source>The photo {label} cannot be sent without its position: {problem}.</source>
        <translation>لا يمكن إرسال الصورة {label} دون موقعها: {problem}.</translation>
    </message>
    <message>
        <source>Leave it out with `fieldkit export --leave-out-photo {label} …`, or export without --redact-locations.</source>
        <translation>استبعدها بـ `fieldkit export --leave-out-photo {label} …`، أو صدّر دون --redact-locations.</translation>
    </message>
    <message>
        <source>A revision has a record id that FieldKit does not accept.</source>
        <translation>مراجعة فيها معرّف سجل لا يقبله FieldKit.</translation>
    </message>
    <message>
        <source>A revision names a parent that is not a revision id.</source>
        <translation>مراجعة تسمّي أصلًا ليس معرّف مراجعة.</translation>
    </message>
    <message>
        <source>A revision lists a photo without a valid SHA-256.</source>
        <translation>مراجعة تذكر صورة بلا SHA-256 صالح.</translation>
    </message>
    <message numerus="yes">
        <source>Also not received yet: %n more bundle(s) of stream {stream} from {sender}.</source>
        <translation>
            <numerusform>لم يُستلم بعد أيضًا: لا حزم أخرى من التدفق {stream} من {sender}.</numerusform>
            <numerusform>لم يُستلم بعد أيضًا: حزمة أخرى واحدة من التدفق {stream} من {sender}.</numerusform>
            <numerusform>لم يُستلم بعد أيضًا: حزمتان أخريان من التدفق {stream} من {sender}.</numerusform>
            <numerusform>لم يُستلم بعد أيضًا: %n حزم أخرى من التدفق {stream} من {sender}.</numerusform>
            <numerusform>لم يُستلم بعد أيضًا: %n حزمة أخرى من التدفق {stream} من {sender}.</numerusform>
            <numerusform>لم يُستلم بعد أيضًا: %n حزمة أخرى من التدفق {stream} من {sender}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup in {path} is damaged: it lacks %n photo(s).</source>
        <translation>
            <numerusform>النسخة الاحتياطية في {path} تالفة: لا تنقصها أي صورة.</numerusform>
            <numerusform>النسخة الاحتياطية في {path} تالفة: تنقصها صورة واحدة.</numerusform>
            <numerusform>النسخة الاحتياطية في {path} تالفة: تنقصها صورتان.</numerusform>
            <numerusform>النسخة الاحتياطية في {path} تالفة: تنقصها %n صور.</numerusform>
            <numerusform>النسخة الاحتياطية في {path} تالفة: تنقصها %n صورة.</numerusform>
            <numerusform>النسخة الاحتياطية في {path} تالفة: تنقصها %n صورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The age payload has too many chunks.</source>
        <translation>محتوى ملف age فيه كتل كثيرة جدًا.</translation>
    </message>
    <message>
        <source>The age payload is missing.</source>
        <translation>محتوى ملف age مفقود.</translation>
    </message>
    <message>
        <source>The age payload is truncated.</source>
        <translation>محتوى ملف age مبتور.</translation>
    </message>
    <message>
        <source>The age payload ends with an empty chunk, which is not allowed.</source>
        <translation>ينتهي محتوى ملف age بكتلة فارغة، وهذا غير مسموح.</translation>
    </message>
    <message>
        <source>The age payload has data after its final chunk.</source>
        <translation>في محتوى ملف age بيانات بعد كتلته الأخيرة.</translation>
    </message>
    <message>
        <source>The age payload is corrupt or was tampered with.</source>
        <translation>محتوى ملف age تالف أو عُبث به.</translation>
    </message>
    <message>
        <source>The age payload is truncated: its final chunk is missing.</source>
        <translation>محتوى ملف age مبتور: كتلته الأخيرة مفقودة.</translation>
    </message>
    <message>
        <source>The age payload is truncated, corrupt or was tampered with.</source>
        <translation>محتوى ملف age مبتور أو تالف أو عُبث به.</translation>
    </message>
    <message>
        <source>Type a passphrase: several words you can remember.</source>
        <translation>اكتب عبارة مرور: عدة كلمات يمكنك تذكرها.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min_length} characters.</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم ما لا يقل عن {min_length} من الأحرف.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords: it is among the first tried.</source>
        <translation>هذه من أكثر كلمات المرور شيوعًا: وهي من أول ما يُجرَّب.</translation>
    </message>
    <message>
        <source>This is a common password with a few letters or digits changed or added: such variants are tried early.</source>
        <translation>هذه كلمة مرور شائعة غُيّرت فيها أو أُضيفت إليها بضعة أحرف أو أرقام: مثل هذه الصيغ تُجرَّب مبكرًا.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard (like qwerty) are tried early.</source>
        <translation>المفاتيح المتجاورة على لوحة المفاتيح (مثل qwerty) تُجرَّب مبكرًا.</translation>
    </message>
    <message>
        <source>Repeated characters or words (like aaaa or abcabc) are easy to guess.</source>
        <translation>الأحرف أو الكلمات المكررة (مثل aaaa أو abcabc) سهلة التخمين.</translation>
    </message>
    <message>
        <source>Sequences like abcd or 1234 are easy to guess.</source>
        <translation>التسلسلات مثل abcd أو 1234 سهلة التخمين.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>التواريخ والسنوات سهلة التخمين.</translation>
    </message>
    <message>
        <source>Names of people are easy to guess.</source>
        <translation>أسماء الأشخاص سهلة التخمين.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s: those are tried first.</source>
        <translation>تحتوي على اسمك أو اسم مؤسستك: وهذه تُجرَّب أولًا.</translation>
    </message>
    <message>
        <source>One or two common words are easy to guess.</source>
        <translation>كلمة أو كلمتان شائعتان سهلتا التخمين.</translation>
    </message>
    <message>
        <source>Not strong enough yet: it could be guessed.</source>
        <translation>ليست قوية بما يكفي بعد: يمكن تخمينها.</translation>
    </message>
    <message>
        <source>Strong: long and hard to guess. Keep it somewhere safe until you know it.</source>
        <translation>قوية: طويلة ويصعب تخمينها. احفظها في مكان آمن إلى أن تحفظها عن ظهر قلب.</translation>
    </message>
    <message>
        <source>Use four or five unrelated words: long is stronger than complicated.</source>
        <translation>استخدم أربع أو خمس كلمات لا رابط بينها: الطول أقوى من التعقيد.</translation>
    </message>
    <message>
        <source>Add two or three unrelated words: long is stronger than complicated.</source>
        <translation>أضف كلمتين أو ثلاثًا لا رابط بينها: الطول أقوى من التعقيد.</translation>
    </message>
    <message>
        <source>No spreadsheet import of this vault can be undone.</source>
        <translation>لا يمكن التراجع عن أي استيراد جداول في هذه الخزنة.</translation>
    </message>
    <message>
        <source>--undo takes LAST or the number of an import.</source>
        <translation>يأخذ --undo القيمة LAST أو رقم استيراد.</translation>
    </message>
    <message>
        <source>This vault has no spreadsheet import {number}.</source>
        <translation>لا يوجد في هذه الخزنة استيراد جداول رقمه {number}.</translation>
    </message>
    <message>
        <source>The spreadsheet import {number} was already undone.</source>
        <translation>تم التراجع عن استيراد الجداول {number} من قبل.</translation>
    </message>
    <message>
        <source>{number} has {count} object(s) merged into it; undo that merge first (Possible duplicates ▸ Decisions) or keep this record.</source>
        <translation>قطع مدمجة في {number}: {count}؛ تراجع أولًا عن هذا الدمج (تكرارات محتملة ▸ القرارات) أو احتفظ بهذا السجل.</translation>
    </message>
    <message>
        <source>The import of {file} ({rows} rows) was interrupted before it finished; nothing of it was kept. Import the file again.</source>
        <translation>توقف استيراد {file} ({rows} صفًا) قبل أن يكتمل؛ لم يُحتفظ بشيء منه. استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>{count} other record(s) of this import have objects merged into them too.</source>
        <translation>سجلات أخرى من هذا الاستيراد أُدمجت فيها قطع أيضًا: {count}.</translation>
    </message>
    <message>
        <source>{number} is packed in a container or in transit; unpack it or receive it first, or keep this record. Nothing was deleted.</source>
        <translation>{number} معبأة في حاوية أو قيد النقل؛ أفرغها أو استلمها أولًا، أو احتفظ بهذا السجل. لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>{count} other record(s) of this import are packed or in transit too.</source>
        <translation>سجلات أخرى من هذا الاستيراد معبأة أو قيد النقل أيضًا: {count}.</translation>
    </message>
    <message>
        <source>{count} record(s) of this import were edited since; nothing was deleted.</source>
        <translation>سجلات من هذا الاستيراد عُدّلت منذ ذلك الحين: {count}؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>{count} record(s) of this import were edited since, or have a damage report, a movement or unsaved changes; nothing was deleted.</source>
        <translation>سجلات من هذا الاستيراد عُدّلت منذ ذلك الحين أو لها تقرير أضرار أو عملية نقل أو تغييرات غير محفوظة: {count}؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Confirm to delete them too (--include-edited), or edit or delete them one by one.</source>
        <translation>أكّد لحذفها أيضًا (--include-edited)، أو عدّلها أو احذفها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>Import {number} undone: {count} record(s) deleted (their history is kept).</source>
        <translation>تم التراجع عن الاستيراد {number}: السجلات المحذوفة: {count} (يُحفظ سجل تغييراتها).</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in groups of four.</source>
        <translation>يتكوّن مفتاح الاسترداد من 32 حرفًا ورقمًا في مجموعات من أربعة.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake (checksum differs).</source>
        <translation>في مفتاح الاسترداد هذا خطأ في الكتابة (المجموع الاختباري مختلف).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file (.fkb).</source>
        <translation>{path} مجلد، وليس ملف حزمة (.fkb).</translation>
    </message>
    <message>
        <source>Name the bundle file inside it.</source>
        <translation>اذكر ملف الحزمة الذي بداخله.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>لا يوجد ملف {path}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder.</source>
        <translation>تحقّق من اسم الملف ومجلده.</translation>
    </message>
    <message>
        <source>Give --trust the sender&apos;s identity card (.fkid) or minisign public key (.pub).</source>
        <translation>أعطِ --trust بطاقة هوية المرسِل (.fkid) أو مفتاحه العام لـ minisign (.pub).</translation>
    </message>
</context>
<context>
    <name>field_keys</name>
    <message>
        <source>inventory_number</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>object_type</source>
        <translation>نوع القطعة</translation>
    </message>
    <message>
        <source>materials_techniques</source>
        <translation>المواد والتقنيات</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>القياسات</translation>
    </message>
    <message>
        <source>inscriptions_markings</source>
        <translation>النقوش والعلامات</translation>
    </message>
    <message>
        <source>date_period</source>
        <translation>التاريخ أو الحقبة</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>الصانع</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>distinguishing_features</source>
        <translation>السمات المميزة</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>place_of_origin</source>
        <translation>مكان المنشأ</translation>
    </message>
    <message>
        <source>related_written_material</source>
        <translation>المواد المكتوبة ذات الصلة</translation>
    </message>
    <message>
        <source>cross_references</source>
        <translation>إحالات</translation>
    </message>
    <message>
        <source>date_documented</source>
        <translation>تاريخ التوثيق</translation>
    </message>
    <message>
        <source>red_list_category</source>
        <translation>فئة القائمة الحمراء لإيكوم</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>current_location</source>
        <translation>الموقع الحالي</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>salvage_priority</source>
        <translation>أولوية الإنقاذ</translation>
    </message>
    <message>
        <source>significance</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Inventory number</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
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
        <source>Materials &amp; techniques</source>
        <translation>المواد والتقنيات</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>القياسات</translation>
    </message>
    <message>
        <source>Inscriptions &amp; markings</source>
        <translation>النقوش والعلامات</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>التاريخ أو الحقبة</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>الصانع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>السمات المميزة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>مكان المنشأ</translation>
    </message>
    <message>
        <source>Related written material</source>
        <translation>المواد المكتوبة ذات الصلة</translation>
    </message>
    <message>
        <source>Cross references</source>
        <translation>إحالات</translation>
    </message>
    <message>
        <source>Date documented</source>
        <translation>تاريخ التوثيق</translation>
    </message>
    <message>
        <source>ICOM Red List category</source>
        <translation>فئة القائمة الحمراء لإيكوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>الموقع الحالي</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>أولوية الإنقاذ</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>القطعة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>تاريخ المعاينة</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>المُقيِّم</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Event from</source>
        <translation>الحدث من</translation>
    </message>
    <message>
        <source>Event to</source>
        <translation>الحدث إلى</translation>
    </message>
    <message>
        <source>Agents of deterioration</source>
        <translation>عوامل التلف</translation>
    </message>
    <message>
        <source>Damage types</source>
        <translation>أنواع الضرر</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>درجة اليقين</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الاستعجال</translation>
    </message>
    <message>
        <source>Damage observed</source>
        <translation>الضرر الملاحظ</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>الإجراءات الموصى بها</translation>
    </message>
    <message>
        <source>Remaining hazards</source>
        <translation>المخاطر المتبقية</translation>
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
        <source>Kind of location</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind of container</source>
        <translation>نوع الحاوية</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>المناولة</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To location</source>
        <translation>إلى المكان</translation>
    </message>
    <message>
        <source>Into container</source>
        <translation>في الحاوية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Departed at</source>
        <translation>وقت الانطلاق</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>نقلها</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>أذن بها</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>حجم الفريق</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>استلمها</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>سلّمها</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>سُلّمت إلى</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>وقت التسليم</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>وقت القبول</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>قبلها</translation>
    </message>
    <message>
        <source>Acceptance notes</source>
        <translation>ملاحظات القبول</translation>
    </message>
    <message>
        <source>Object kept</source>
        <translation>القطعة المُبقاة</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>السجل الآخر</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Revision of the object kept</source>
        <translation>مراجعة القطعة المُبقاة</translation>
    </message>
    <message>
        <source>Revision of the other record</source>
        <translation>مراجعة السجل الآخر</translation>
    </message>
    <message>
        <source>Overall photograph</source>
        <translation>صورة عامة</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>vault folder (default: $FIELDKIT_VAULT)</source>
        <extracomment>argparse&apos;s help headings, after which it writes a colon of its own (&quot;options:&quot;).</extracomment>
        <translation>مجلد الخزنة (الافتراضي: $FIELDKIT_VAULT)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE (a UTF-8 BOM and the line ending are ignored; later lines too)</source>
        <translation>قراءة عبارة المرور من السطر الأول في FILE (تُتجاهل علامة UTF-8 ونهاية السطر، والأسطر التالية أيضًا)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>مخرجات مقروءة آليًا على stdout</translation>
    </message>
    <message>
        <source>FieldKit: document collections and damage offline; exchange signed bundles.</source>
        <translation>FieldKit: توثيق المجموعات والأضرار دون اتصال؛ وتبادل حزم موقَّعة.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>عرض الإصدار والخروج</translation>
    </message>
    <message>
        <source>check this installation offline (no window, no vault) and print one JSON line</source>
        <translation>فحص هذا التثبيت دون اتصال (بلا نافذة ولا خزنة) وطباعة سطر JSON واحد</translation>
    </message>
    <message>
        <source>start the desktop app</source>
        <translation>تشغيل تطبيق سطح المكتب</translation>
    </message>
    <message>
        <source>list the audit log, or check that it is intact</source>
        <translation>عرض سجل التدقيق أو التحقق من سلامته</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 if any event was altered, removed or inserted</source>
        <translation>التحقق من سلسلة التجزئة؛ الخروج بالرمز 1 إن عُدّل حدث أو حُذف أو أُدرج</translation>
    </message>
    <message>
        <source>list only the N most recent events</source>
        <translation>عرض أحدث N من الأحداث فقط</translation>
    </message>
    <message>
        <source>list only events of action A</source>
        <translation>عرض أحداث الإجراء A فقط</translation>
    </message>
    <message>
        <source>write a signed, encrypted bundle</source>
        <translation>كتابة حزمة موقَّعة ومشفَّرة</translation>
    </message>
    <message>
        <source>a recipient (repeatable); default: every verified coordinator</source>
        <translation>مرسَل إليه (قابل للتكرار)؛ الافتراضي: كل منسق تم التحقق منه</translation>
    </message>
    <message>
        <source>not encrypted (for auditors, the public)</source>
        <translation>غير مشفَّر (للمدققين والجمهور)</translation>
    </message>
    <message>
        <source>every revision, not only new ones</source>
        <translation>كل المراجعات، لا الجديدة فقط</translation>
    </message>
    <message>
        <source>only what no earlier bundle to them carried</source>
        <translation>فقط ما لم تحمله إليهم أي حزمة سابقة</translation>
    </message>
    <message>
        <source>a read-only snapshot without locations, coordinates, sites or photo GPS</source>
        <translation>لقطة للقراءة فقط بلا أماكن ولا إحداثيات ولا مواقع ولا GPS الصور</translation>
    </message>
    <message>
        <source>split above SIZE (3.9G)</source>
        <translation>التقسيم فوق SIZE (3.9G)</translation>
    </message>
    <message>
        <source>leave this photo out (8+ hex characters of its hash; repeatable); a later export sends it</source>
        <translation>استبعاد هذه الصورة (8 محارف ست عشرية أو أكثر من بصمتها؛ قابل للتكرار)؛ وسيرسلها تصدير لاحق</translation>
    </message>
    <message>
        <source>verify bundles (no vault needed)</source>
        <translation>التحقق من الحزم (بلا حاجة إلى خزنة)</translation>
    </message>
    <message>
        <source>a signer you trust: identity card or minisign public key (repeatable)</source>
        <translation>موقِّع تثق به: بطاقة هوية أو مفتاح minisign عام (قابل للتكرار)</translation>
    </message>
    <message>
        <source>verify and merge bundles</source>
        <translation>التحقق من الحزم ودمجها</translation>
    </message>
    <message>
        <source>merge even if the signer is not trusted</source>
        <translation>الدمج حتى لو لم يكن الموقِّع موثوقًا</translation>
    </message>
    <message>
        <source>records edited in two places at once</source>
        <translation>سجلات عُدّلت في مكانين في الوقت نفسه</translation>
    </message>
    <message>
        <source>records in conflict</source>
        <translation>سجلات في تعارض</translation>
    </message>
    <message>
        <source>both versions and the automatic merge</source>
        <translation>النسختان والدمج التلقائي</translation>
    </message>
    <message>
        <source>write one merge revision</source>
        <translation>كتابة مراجعة دمج واحدة</translation>
    </message>
    <message>
        <source>accept the automatic merge</source>
        <translation>قبول الدمج التلقائي</translation>
    </message>
    <message>
        <source>keep one version (revision id, 8+ chars)</source>
        <translation>الإبقاء على نسخة واحدة (معرّف المراجعة، 8 محارف أو أكثر)</translation>
    </message>
    <message>
        <source>the resolved fields</source>
        <translation>الحقول بعد الحل</translation>
    </message>
    <message>
        <source>locations: buildings, rooms, shelves, temporary stores (with codes)</source>
        <translation>الأماكن: مبانٍ وغرف ورفوف ومخازن مؤقتة (برموز)</translation>
    </message>
    <message>
        <source>add a location from JSON</source>
        <translation>إضافة مكان من JSON</translation>
    </message>
    <message>
        <source>list locations</source>
        <translation>عرض الأماكن</translation>
    </message>
    <message>
        <source>containers: crates, boxes, rolls, bags, pallets (with codes)</source>
        <translation>الحاويات: صناديق خشبية وعلب ولفائف وأكياس ومنصات نقالة (برموز)</translation>
    </message>
    <message>
        <source>add a container from JSON</source>
        <translation>إضافة حاوية من JSON</translation>
    </message>
    <message>
        <source>list containers</source>
        <translation>عرض الحاويات</translation>
    </message>
    <message>
        <source>the fields as a JSON object (&apos;-&apos;: standard input)</source>
        <translation>الحقول ككائن JSON (&apos;-&apos;: الإدخال القياسي)</translation>
    </message>
    <message>
        <source>move items (depart), `move receive MOVEMENT [ITEM...] [--all]`, `move show MOVEMENT`, `move cancel MOVEMENT` (a departure recorded by mistake, while nothing was received)</source>
        <translation>نقل عناصر (انطلاق)، `move receive MOVEMENT [ITEM...] [--all]`، `move show MOVEMENT`، `move cancel MOVEMENT` (انطلاق سُجّل خطأً، ما دام لم يُستلم شيء)</translation>
    </message>
    <message>
        <source>where the items go</source>
        <translation>إلى أين تذهب العناصر</translation>
    </message>
    <message>
        <source>further fields as a JSON object</source>
        <translation>حقول أخرى ككائن JSON</translation>
    </message>
    <message>
        <source>plan it; it departs later</source>
        <translation>خطّط له؛ يغادر لاحقًا</translation>
    </message>
    <message>
        <source>(packing) take items out of the container they are in</source>
        <translation>(التعبئة) أخرج العناصر من الحاوية التي هي فيها</translation>
    </message>
    <message>
        <source>(receive) everything expected arrived</source>
        <translation>(الاستلام) وصل كل ما كان متوقعًا</translation>
    </message>
    <message>
        <source>(receive --all) items recorded missing were found: mark them arrived</source>
        <translation>(receive --all) وُجدت العناصر المسجَّلة مفقودة: علِّمها واصلة</translation>
    </message>
    <message>
        <source>(receive) show the reconciliation; write nothing</source>
        <translation>(الاستلام) عرض المطابقة؛ دون كتابة شيء</translation>
    </message>
    <message>
        <source>where an object or container is now</source>
        <translation>أين توجد قطعة أو حاوية الآن</translation>
    </message>
    <message>
        <source>custody transfers, accepted by the receiver</source>
        <translation>عمليات نقل العهدة، يقبلها المستلم</translation>
    </message>
    <message>
        <source>hand items over to someone</source>
        <translation>تسليم عناصر إلى شخص ما</translation>
    </message>
    <message>
        <source>accept a handover addressed to you</source>
        <translation>قبول تسليم موجّه إليك</translation>
    </message>
    <message>
        <source>acceptance_notes, accepted_at (JSON)</source>
        <translation>acceptance_notes، accepted_at (JSON)</translation>
    </message>
    <message>
        <source>list handovers</source>
        <translation>عرض عمليات التسليم</translation>
    </message>
    <message>
        <source>a container: where it is, what it holds, its movements</source>
        <translation>حاوية: أين هي، وما تحويه، وعمليات نقلها</translation>
    </message>
    <message>
        <source>Show a container (id, 8+ hex prefix or code): its fields, where it is now, its contents in inventory order with their status, and its movements, newest first. --json: the container&apos;s record as `container list` gives it, and &quot;where&quot; (as `fieldkit where --json`), &quot;contents&quot; (a list of {&quot;id&quot;, &quot;number&quot;, &quot;title&quot;, &quot;status&quot;, &quot;deleted&quot;}) and &quot;movements&quot; (newest first, a list of {&quot;id&quot;, &quot;state&quot;, &quot;reason&quot;, &quot;from&quot;, &quot;to&quot;, &quot;departed_at&quot;, &quot;received_at&quot;, &quot;missing&quot;}; &quot;missing&quot;: the container was not found at that reception). Keys may be added.</source>
        <translation>عرض حاوية (المعرّف، أو بادئة من 8 محارف ست عشرية أو أكثر، أو الرمز): حقولها، وأين هي الآن، ومحتواها بترتيب الجرد مع حالة كل عنصر، وعمليات نقلها من الأحدث إلى الأقدم. ‎--json: سجل الحاوية كما يعطيه `container list`، و&quot;where&quot; (كما في `fieldkit where --json`)، و&quot;contents&quot; (قائمة من {&quot;id&quot;, &quot;number&quot;, &quot;title&quot;, &quot;status&quot;, &quot;deleted&quot;}) و&quot;movements&quot; (من الأحدث إلى الأقدم، قائمة من {&quot;id&quot;, &quot;state&quot;, &quot;reason&quot;, &quot;from&quot;, &quot;to&quot;, &quot;departed_at&quot;, &quot;received_at&quot;, &quot;missing&quot;}؛ &quot;missing&quot;: لم يُعثر على الحاوية عند ذلك الاستلام). قد تُضاف مفاتيح.</translation>
    </message>
    <message>
        <source>create (if absent) and open a demo vault (passphrase: demo)</source>
        <translation>إنشاء خزنة تجريبية (إن لم توجد) وفتحها (عبارة المرور: demo)</translation>
    </message>
    <message>
        <source>objects to generate</source>
        <translation>القطع المراد إنشاؤها</translation>
    </message>
    <message>
        <source>only create the vault and say so</source>
        <translation>إنشاء الخزنة فقط والإخبار بذلك</translation>
    </message>
    <message>
        <source>export objects as LIDO XML, Linked Art JSON-LD or CSV for heritage systems</source>
        <translation>تصدير القطع بصيغة LIDO XML أو Linked Art JSON-LD أو CSV لأنظمة التراث</translation>
    </message>
    <message>
        <source>lido: an .xml file (photos go in a folder beside it); linked-art: a new or empty folder; csv: a .csv file</source>
        <translation>lido: ملف .xml (تذهب الصور إلى مجلد بجانبه)؛ linked-art: مجلد جديد أو فارغ؛ csv: ملف .csv</translation>
    </message>
    <message>
        <source>only objects matching TEXT</source>
        <translation>القطع المطابقة لـ TEXT فقط</translation>
    </message>
    <message>
        <source>only this status (repeatable)</source>
        <translation>هذه الحالة فقط (قابل للتكرار)</translation>
    </message>
    <message>
        <source>leave out locations, coordinates, sites and photo GPS (as bundles do)</source>
        <translation>استبعاد الأماكن والإحداثيات والمواقع وGPS الصور (كما تفعل الحزم)</translation>
    </message>
    <message>
        <source>lido: do not write the photos</source>
        <translation>lido: عدم كتابة الصور</translation>
    </message>
    <message>
        <source>only these objects (id or inventory no.)</source>
        <translation>هذه القطع فقط (المعرّف أو رقم الجرد)</translation>
    </message>
    <message>
        <source>this vault&apos;s identity and keys</source>
        <translation>هوية هذه الخزنة ومفاتيحها</translation>
    </message>
    <message>
        <source>name, role, fingerprint and public keys of this vault</source>
        <translation>اسم هذه الخزنة ودورها وبصمتها ومفاتيحها العامة</translation>
    </message>
    <message>
        <source>write this vault&apos;s identity card (.fkid)</source>
        <translation>كتابة بطاقة هوية هذه الخزنة (.fkid)</translation>
    </message>
    <message>
        <source>the card to write</source>
        <translation>البطاقة المراد كتابتها</translation>
    </message>
    <message>
        <source>also write a standard minisign public-key file (for stock `minisign -V -p`)</source>
        <translation>كتابة ملف مفتاح minisign عام قياسي أيضًا (لأجل `minisign -V -p`)</translation>
    </message>
    <message>
        <source>write the transport key for stock `age -d -i FILE` (never the storage key)</source>
        <translation>كتابة مفتاح النقل لأجل `age -d -i FILE` (لا مفتاح التخزين أبدًا)</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <translation>ملف المفتاح المراد كتابته</translation>
    </message>
    <message>
        <source>write the key unprotected (AGE-SECRET-KEY-1…), mode 0600</source>
        <translation>كتابة المفتاح بلا حماية (AGE-SECRET-KEY-1…)، بالوضع 0600</translation>
    </message>
    <message>
        <source>passphrase protecting the exported key (else ${variable} or a prompt)</source>
        <translation>عبارة المرور التي تحمي المفتاح المصدَّر (وإلا ${variable} أو طلبها)</translation>
    </message>
    <message>
        <source>object records (Object ID)</source>
        <translation>سجلات القطع (Object ID)</translation>
    </message>
    <message>
        <source>add an object from JSON</source>
        <translation>إضافة قطعة من JSON</translation>
    </message>
    <message>
        <source>change some fields (a new revision)</source>
        <translation>تغيير بعض الحقول (مراجعة جديدة)</translation>
    </message>
    <message>
        <source>show one object</source>
        <translation>عرض قطعة واحدة</translation>
    </message>
    <message>
        <source>every revision, who and when</source>
        <translation>كل مراجعة، مَن ومتى</translation>
    </message>
    <message>
        <source>list or search objects</source>
        <translation>عرض القطع أو البحث فيها</translation>
    </message>
    <message>
        <source>only incomplete Object ID records</source>
        <translation>سجلات Object ID غير المكتملة فقط</translation>
    </message>
    <message>
        <source>only deleted objects (bring one back: object restore)</source>
        <translation>القطع المحذوفة فقط (لاستعادة إحداها: object restore)</translation>
    </message>
    <message>
        <source>delete an object (history is kept)</source>
        <translation>حذف قطعة (يُحتفظ بالسجل التاريخي)</translation>
    </message>
    <message>
        <source>bring back an earlier revision of an object (undoes a delete or an edit)</source>
        <translation>استعادة مراجعة سابقة لقطعة (يلغي حذفًا أو تعديلًا)</translation>
    </message>
    <message>
        <source>the revision to bring back (`object show ID --history` lists them)</source>
        <translation>المراجعة المراد استعادتها (`object show ID --history` يعرضها)</translation>
    </message>
    <message>
        <source>import a spreadsheet (CSV)</source>
        <translation>استيراد جدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>undo an import: delete the records it created (history kept), in one transaction; LAST or the number the import printed</source>
        <translation>التراجع عن استيراد: حذف السجلات التي أنشأها (مع حفظ السجل التاريخي) في معاملة واحدة؛ LAST أو الرقم الذي طبعه الاستيراد</translation>
    </message>
    <message>
        <source>with --undo: delete records edited since the import too</source>
        <translation>مع --undo: احذف أيضًا السجلات التي عُدّلت بعد الاستيراد</translation>
    </message>
    <message>
        <source>check and report; change nothing</source>
        <translation>التحقق والإبلاغ؛ دون تغيير شيء</translation>
    </message>
    <message>
        <source>column separator (default: detected)</source>
        <translation>فاصل الأعمدة (الافتراضي: يُكتشف)</translation>
    </message>
    <message>
        <source>how to read dates written 14/03/2026: dmy (day/month/year) or mdy (month/day/year) (default: decided by a date of the file that can only be read one way)</source>
        <translation>كيف تُقرأ التواريخ المكتوبة 14/03/2026: dmy (يوم/شهر/سنة) أو mdy (شهر/يوم/سنة) (الافتراضي: يقرّره تاريخ في الملف لا يُقرأ إلا بطريقة واحدة)</translation>
    </message>
    <message>
        <source>file encoding, e.g. utf-8, cp1252, cp1256, shift_jis (default: decided on the whole file; when unsure, FieldKit asks for this option)</source>
        <translation>ترميز الملف، مثل utf-8 أو cp1252 أو cp1256 أو shift_jis (الافتراضي: يُحدَّد من الملف كله؛ وعند الشك يطلب FieldKit هذا الخيار)</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>تقارير الأضرار</translation>
    </message>
    <message>
        <source>add a damage report from JSON</source>
        <translation>إضافة تقرير أضرار من JSON</translation>
    </message>
    <message>
        <source>the damaged object (id or inventory number)</source>
        <translation>القطعة المتضررة (المعرّف أو رقم الجرد)</translation>
    </message>
    <message>
        <source>list damage reports</source>
        <translation>عرض تقارير الأضرار</translation>
    </message>
    <message>
        <source>only deleted damage reports</source>
        <translation>تقارير الأضرار المحذوفة فقط</translation>
    </message>
    <message>
        <source>show one damage report</source>
        <translation>عرض تقرير أضرار واحد</translation>
    </message>
    <message>
        <source>attach a photo</source>
        <translation>إرفاق صورة</translation>
    </message>
    <message>
        <source>role of the photos (default: {role} for the first, detail after)</source>
        <translation>دور الصور (الافتراضي: {role} للأولى، ثم detail)</translation>
    </message>
    <message>
        <source>caption for the photos given</source>
        <translation>تعليق للصور المعطاة</translation>
    </message>
    <message>
        <source>print PDF reports</source>
        <translation>طباعة تقارير PDF</translation>
    </message>
    <message>
        <source>Object ID sheets, one page per object</source>
        <translation>أوراق Object ID، صفحة لكل قطعة</translation>
    </message>
    <message>
        <source>id, id prefix or inventory number</source>
        <translation>المعرّف أو بادئته أو رقم الجرد</translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation>تقرير أضرار</translation>
    </message>
    <message>
        <source>a damage report&apos;s id, or an object&apos;s (its latest report)</source>
        <translation>معرّف تقرير أضرار، أو معرّف قطعة (أحدث تقرير لها)</translation>
    </message>
    <message>
        <source>the evacuation/inventory list, by salvage priority</source>
        <translation>قائمة الإخلاء/الجرد حسب أولوية الإنقاذ</translation>
    </message>
    <message>
        <source>salvage priority 1-4 (repeatable)</source>
        <translation>أولوية الإنقاذ 1-4 (قابل للتكرار)</translation>
    </message>
    <message>
        <source>leave the location column out</source>
        <translation>استبعاد عمود المكان</translation>
    </message>
    <message>
        <source>an auditor&apos;s certificate for a bundle</source>
        <translation>شهادة مدقق لحزمة</translation>
    </message>
    <message>
        <source>QR labels on A4 sheets</source>
        <translation>ملصقات QR على أوراق A4</translation>
    </message>
    <message>
        <source>objects, containers, locations</source>
        <translation>قطع وحاويات وأماكن</translation>
    </message>
    <message>
        <source>the packing list of a container, to put inside it</source>
        <translation>قائمة تعبئة حاوية، توضع بداخلها</translation>
    </message>
    <message>
        <source>the movement form with its reconciliation</source>
        <translation>استمارة النقل مع مطابقتها</translation>
    </message>
    <message>
        <source>the handover certificate with both fingerprints</source>
        <translation>شهادة التسليم بالبصمتين</translation>
    </message>
    <message>
        <source>the evacuation permission for a movement</source>
        <translation>إذن الإخلاء لعملية نقل</translation>
    </message>
    <message>
        <source>language of the PDF (default: FIELDKIT_LANG, else the system&apos;s, else en)</source>
        <translation>لغة ملف PDF (الافتراضي: FIELDKIT_LANG، وإلا لغة النظام، وإلا en)</translation>
    </message>
    <message>
        <source>exchange bundles through sync folders (USB drives, shared folders) or S3 storage</source>
        <translation>تبادل الحزم عبر مجلدات المزامنة (ذواكر USB، مجلدات مشتركة) أو تخزين S3</translation>
    </message>
    <message>
        <source>Deliver bundles to sync folders or S3 storage and pick up bundles and receipts there.</source>
        <translation>إيصال الحزم إلى مجلدات المزامنة أو تخزين S3 واستلام الحزم والإيصالات من هناك.</translation>
    </message>
    <message>
        <source>TARGET, status, quarantine, or target …</source>
        <translation>TARGET أو status أو quarantine أو target …</translation>
    </message>
    <message>
        <source>with `target add`: a recipient (repeatable); default: every verified coordinator</source>
        <translation>مع `target add`: مرسَل إليه (قابل للتكرار)؛ الافتراضي: كل منسق تم التحقق منه</translation>
    </message>
    <message>
        <source>with `target add s3://…`: the S3 endpoint</source>
        <translation>مع `target add s3://…`: نقطة وصول S3</translation>
    </message>
    <message>
        <source>with `target add s3://…`: the bucket&apos;s region</source>
        <translation>مع `target add s3://…`: منطقة الحاوية</translation>
    </message>
    <message>
        <source>with `target add s3://…`: access key and secret in the AWS credentials format ([default] aws_access_key_id / aws_secret_access_key); else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else asked; kept only inside the vault</source>
        <translation>مع `target add s3://…`: مفتاح الوصول والسر بتنسيق بيانات اعتماد AWS ([default] aws_access_key_id / aws_secret_access_key)؛ وإلا AWS_ACCESS_KEY_ID وAWS_SECRET_ACCESS_KEY، وإلا يُطلبان؛ ويُحفظان داخل الخزنة فقط</translation>
    </message>
    <message>
        <source>with `target add s3://…`: at most RATE bytes per second (e.g. 200k, 1M)</source>
        <translation>مع `target add s3://…`: RATE بايت في الثانية على الأكثر (مثل 200k، 1M)</translation>
    </message>
    <message>
        <source>the identity cards this vault trusts</source>
        <translation>بطاقات الهوية التي تثق بها هذه الخزنة</translation>
    </message>
    <message>
        <source>Objects that may be one object documented twice, across every laptop&apos;s records in the archive, best first, with a score and the reasons (as `fieldkit duplicates list`); pairs the archive already holds a decision for are left out. Photos stored before this version are hashed first (this needs the archive&apos;s vault). Deciding is not done in the archive: decide in a coordinator&apos;s vault that holds both records (fieldkit duplicates decide ID1 ID2 --same|--not-same); the decision is a signed revision that reaches the archive in that vault&apos;s next bundle, and the pair is then no longer listed.</source>
        <translation>القطع التي قد تكون قطعة واحدة وُثّقت مرتين، في سجلات كل الحواسيب المحمولة في الأرشيف، الأرجح أولًا، مع درجة وأسباب (كما في `fieldkit duplicates list`)؛ وتُستبعد الأزواج التي يحمل الأرشيف قرارًا بشأنها. تُحسب بصمات الصور المخزّنة قبل هذا الإصدار أولًا (ويتطلب ذلك خزنة الأرشيف). لا يُتخذ القرار في الأرشيف: قرّر في خزنة منسّق تحتوي على السجلين (fieldkit duplicates decide ID1 ID2 --same|--not-same)؛ والقرار مراجعة موقَّعة تصل إلى الأرشيف في الحزمة التالية من تلك الخزنة، ثم لا يُدرج الزوج بعد ذلك.</translation>
    </message>
    <message>
        <source>PostgreSQL (default: $FIELDKIT_ARCHIVE_DB)</source>
        <translation>PostgreSQL (الافتراضي: $FIELDKIT_ARCHIVE_DB)</translation>
    </message>
    <message>
        <source>default: $FIELDKIT_ARCHIVE_S3</source>
        <translation>الافتراضي: $FIELDKIT_ARCHIVE_S3</translation>
    </message>
    <message>
        <source>default: $FIELDKIT_ARCHIVE_ENDPOINT</source>
        <translation>الافتراضي: $FIELDKIT_ARCHIVE_ENDPOINT</translation>
    </message>
    <message>
        <source>AWS shared-credentials format</source>
        <translation>بصيغة بيانات الاعتماد المشتركة لـ AWS</translation>
    </message>
    <message>
        <source>object lock (default 3650)</source>
        <translation>قفل الكائنات (الافتراضي 3650)</translation>
    </message>
    <message>
        <source>the programme archive (PostgreSQL + S3)</source>
        <translation>أرشيف البرنامج (PostgreSQL + S3)</translation>
    </message>
    <message>
        <source>create the schema; check the bucket</source>
        <translation>إنشاء المخطط؛ التحقق من مستودع S3</translation>
    </message>
    <message>
        <source>store bundles and queue them</source>
        <translation>تخزين الحزم ووضعها في قائمة الانتظار</translation>
    </message>
    <message>
        <source>the laptops&apos; sync prefix</source>
        <translation>بادئة المزامنة للحواسيب المحمولة</translation>
    </message>
    <message>
        <source>queue again bundles whose signer is trusted now, and bundles whose job failed</source>
        <translation>إعادة الحزم التي صار موقِّعها موثوقًا الآن، والحزم التي فشلت مهمتها، إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>trust a card on every worker host (recorded in PostgreSQL)</source>
        <translation>منح الثقة لبطاقة على كل خادم معالجة (تُسجَّل في PostgreSQL)</translation>
    </message>
    <message>
        <source>trust an identity card (.fkid)</source>
        <translation>الوثوق ببطاقة هوية (.fkid)</translation>
    </message>
    <message>
        <source>the card, as written by `identity export`</source>
        <translation>البطاقة كما كتبها `identity export`</translation>
    </message>
    <message>
        <source>you compared the fingerprint</source>
        <translation>قارنتَ البصمة</translation>
    </message>
    <message>
        <source>stop trusting a key on every worker host (its bundles after the last one merged are quarantined)</source>
        <translation>إيقاف الثقة بمفتاح على كل خادم معالجة (تُوضع حزمه التالية لآخر حزمة مدموجة في الحجر)</translation>
    </message>
    <message>
        <source>the trust recorded for every host</source>
        <translation>الثقة المسجّلة لكل خادم</translation>
    </message>
    <message>
        <source>run jobs (verify → store → merge)</source>
        <translation>تشغيل المهام (تحقق ← تخزين ← دمج)</translation>
    </message>
    <message>
        <source>exit 0 once no job is left</source>
        <translation>الخروج بالرمز 0 حين لا تبقى أي مهمة</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <source>search the merged records</source>
        <translation>البحث في السجلات المدموجة</translation>
    </message>
    <message>
        <source>list at most N records (default 100)</source>
        <translation>إدراج N سجل على الأكثر (الافتراضي 100)</translation>
    </message>
    <message>
        <source>possible duplicates across every laptop&apos;s records (decide in a coordinator&apos;s vault)</source>
        <translation>تكرارات محتملة في سجلات كل الحواسيب المحمولة (قرّر في خزنة منسّق)</translation>
    </message>
    <message>
        <source>a consolidated bundle</source>
        <translation>حزمة موحَّدة</translation>
    </message>
    <message>
        <source>re-verify stored bundles and photos</source>
        <translation>إعادة التحقق من الحزم والصور المخزّنة</translation>
    </message>
    <message>
        <source>give merged bundles stored without retention (object lock) their retention</source>
        <translation>منح الحزم المدموجة المخزّنة دون مدة احتفاظ (قفل الكائنات) مدة احتفاظها</translation>
    </message>
    <message>
        <source>rebuild the index from the bucket</source>
        <translation>إعادة بناء الفهرس من مستودع S3</translation>
    </message>
    <message>
        <source>role to trust it in (default: the card&apos;s)</source>
        <translation>الدور الذي يُوثق به فيه (الافتراضي: دور البطاقة)</translation>
    </message>
    <message>
        <source>local name to show for it (default: the name on the card)</source>
        <translation>الاسم المحلي المعروض له (الافتراضي: الاسم على البطاقة)</translation>
    </message>
    <message>
        <source>you compared the fingerprint with its holder (in person or by phone)</source>
        <translation>قارنت البصمة مع صاحبها (شخصيًا أو بالهاتف)</translation>
    </message>
    <message>
        <source>list trusted keys</source>
        <translation>عرض المفاتيح الموثوقة</translation>
    </message>
    <message>
        <source>stop trusting a key</source>
        <translation>إيقاف الثقة بمفتاح</translation>
    </message>
    <message>
        <source>64 hex digits, a unique prefix, or the 30-digit display form in quotes</source>
        <translation>64 رقمًا ست عشريًا أو بادئة فريدة أو صيغة العرض المؤلفة من 30 رقمًا بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>64 hex digits or a unique prefix</source>
        <translation>64 رقمًا ست عشريًا أو بادئة فريدة</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE (a UTF-8 BOM and the line ending are ignored; later lines too)</source>
        <translation>قراءة عبارة المرور الجديدة من السطر الأول في FILE (تُتجاهل علامة UTF-8 ونهاية السطر، والأسطر التالية أيضًا)</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>إنشاء خزنة جديدة</translation>
    </message>
    <message>
        <source>a name for this vault (e.g. your own name)</source>
        <translation>اسم لهذه الخزنة (مثل اسمك)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>write the recovery key to F instead of printing it</source>
        <translation>كتابة مفتاح الاسترداد في F بدل طباعته</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>unlock with the recovery key on the first line of F (lost passphrase)</source>
        <translation>فتح القفل بمفتاح الاسترداد في السطر الأول من F (عبارة مرور مفقودة)</translation>
    </message>
    <message>
        <source>new keys, passphrase and recovery key: re-encrypt the whole vault</source>
        <translation>مفاتيح وعبارة مرور ومفتاح استرداد جديدة: إعادة تشفير الخزنة كلها</translation>
    </message>
    <message>
        <source>write the new recovery key to F</source>
        <translation>كتابة مفتاح الاسترداد الجديد في F</translation>
    </message>
    <message>
        <source>destroy the vault&apos;s keys (irreversible)</source>
        <translation>إتلاف مفاتيح الخزنة (لا رجعة فيه)</translation>
    </message>
    <message>
        <source>type {word} here when there is no terminal</source>
        <translation>اكتب {word} هنا حين لا توجد طرفية</translation>
    </message>
    <message>
        <source>write an encrypted backup while open</source>
        <translation>كتابة نسخة احتياطية مشفَّرة أثناء الفتح</translation>
    </message>
    <message>
        <source>new or empty folder</source>
        <translation>مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <source>restore a backup into --vault</source>
        <translation>استعادة نسخة احتياطية إلى --vault</translation>
    </message>
    <message>
        <source>a folder written by `fieldkit backup`</source>
        <translation>مجلد كتبه `fieldkit backup`</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key on the first line of F</source>
        <translation>فتح قفل النسخة الاحتياطية بمفتاح الاسترداد في السطر الأول من F</translation>
    </message>
    <message>
        <source>objects documented twice: find them, decide, undo</source>
        <translation>القطع الموثّقة مرتين: العثور عليها، والقرار، والتراجع</translation>
    </message>
    <message>
        <source>possible duplicates, best first</source>
        <translation>التكرارات المحتملة، الأرجح أولًا</translation>
    </message>
    <message>
        <source>list the decisions made instead (latest first)</source>
        <translation>إدراج القرارات المتخذة بدلًا من ذلك (الأحدث أولًا)</translation>
    </message>
    <message>
        <source>(with --decisions) undone ones too</source>
        <translation>(مع --decisions) والقرارات الملغاة أيضًا</translation>
    </message>
    <message>
        <source>the same object, or not the same</source>
        <translation>القطعة نفسها، أو ليست نفسها</translation>
    </message>
    <message>
        <source>the object kept (canonical) when they are the same</source>
        <translation>القطعة المحتفَظ بها (المرجعية) إن كانتا القطعة نفسها</translation>
    </message>
    <message>
        <source>one object: ID2 is merged into ID1</source>
        <translation>قطعة واحدة: تُدمج ID2 في ID1</translation>
    </message>
    <message>
        <source>two objects: never suggest again</source>
        <translation>قطعتان: لا تقترحهما مجددًا أبدًا</translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation>السبب (يُحفظ مع القرار)</translation>
    </message>
    <message>
        <source>undo a decision (restores both records)</source>
        <translation>التراجع عن قرار (يستعيد السجلين)</translation>
    </message>
    <message>
        <source>the decision&apos;s id, or an object of one decided pair</source>
        <translation>معرّف القرار، أو قطعة من زوج اتُّخذ قرار بشأنه</translation>
    </message>
</context>
<context>
    <name>measurements</name>
    <message>
        <source>height</source>
        <extracomment>The dimension words FieldKit&apos;s own records and the CSV example write, lower case.</extracomment>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>diameter</source>
        <translation>القطر</translation>
    </message>
    <message>
        <source>thickness</source>
        <translation>السماكة</translation>
    </message>
    <message>
        <source>circumference</source>
        <translation>المحيط</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>mm</source>
        <extracomment>Unit symbols whose written form differs by script (Arabic and Cyrillic write their own).</extracomment>
        <translation>مم</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>سم</translation>
    </message>
    <message>
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <source>g</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>كغ</translation>
    </message>
    <message>
        <source>{dimension}: {value} {unit}</source>
        <translation>{dimension}: {value} {unit}</translation>
    </message>
    <message>
        <source>{dimension} {value} {unit}</source>
        <extracomment>The PDFs&apos; shorter form, &quot;height 72.5 cm; width 40 cm&quot;.</extracomment>
        <translation>{dimension} {value} {unit}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>القطع</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>تقارير الأضرار</translation>
    </message>
    <message>
        <source>site reports</source>
        <translation>تقارير المواقع</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <source>Merging the records</source>
        <translation>دمج السجلات</translation>
    </message>
    <message>
        <source>Storing the photos</source>
        <translation>حفظ الصور</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>التحقق من الحزمة</translation>
    </message>
    <message>
        <source>Exporting the objects</source>
        <translation>تصدير القطع</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <source>{target}: reading receipts</source>
        <extracomment>What each stage says while it runs (the task contract&apos;s label; ``{target}``: its name).</extracomment>
        <translation>{target}: قراءة إشعارات الاستلام</translation>
    </message>
    <message>
        <source>{target}: picking up bundles</source>
        <translation>{target}: استلام الحزم</translation>
    </message>
    <message>
        <source>{target}: writing a bundle</source>
        <translation>{target}: كتابة حزمة</translation>
    </message>
    <message>
        <source>{target}: copying bundles</source>
        <translation>{target}: نسخ الحزم</translation>
    </message>
    <message>
        <source>{target}: removing acknowledged bundles</source>
        <translation>{target}: إزالة الحزم المؤكَّد استلامها</translation>
    </message>
    <message>
        <source>{target}: listing what the target holds</source>
        <extracomment>What a step inside a stage says instead (``SyncProgress.step``): the stage stays the phase, so a bar over the stages keeps its place while the label says what is being done.</extracomment>
        <translation>{target}: سرد محتويات الهدف</translation>
    </message>
    <message>
        <source>{target}: downloading a bundle</source>
        <translation>{target}: تنزيل حزمة</translation>
    </message>
    <message>
        <source>{target}: verifying a bundle</source>
        <translation>{target}: التحقق من حزمة</translation>
    </message>
    <message>
        <source>{target}: importing a bundle</source>
        <translation>{target}: استيراد حزمة</translation>
    </message>
    <message>
        <source>{target}: keeping a refused file in quarantine</source>
        <translation>{target}: حفظ ملف مرفوض في الحجر</translation>
    </message>
    <message>
        <source>{target}: uploading bundles</source>
        <translation>{target}: رفع الحزم</translation>
    </message>
    <message>
        <source>hashing the archive&apos;s photos</source>
        <translation>حساب بصمات صور الأرشيف</translation>
    </message>
    <message>
        <source>updating the archive&apos;s search</source>
        <translation>تحديث بيانات البحث في الأرشيف</translation>
    </message>
    <message>
        <source>possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Updating this vault for the new version of FieldKit (once only)…</source>
        <translation>جارٍ تحديث هذه الخزنة للإصدار الجديد من FieldKit (مرة واحدة فقط)…</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; is not answering; trying again in {seconds} s (attempt {attempt} of {attempts})…</source>
        <translation>هدف المزامنة «{name}» لا يستجيب؛ محاولة جديدة بعد {seconds} ث (المحاولة {attempt} من {attempts})…</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damage report</source>
        <translation>تقرير الأضرار</translation>
    </message>
    <message>
        <source>Earlier reports on this object: {reports}.</source>
        <translation>تقارير سابقة عن هذه القطعة: {reports}.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>الضرر</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>DAMAGE REPORT</source>
        <translation>تقرير الأضرار</translation>
    </message>
    <message>
        <source>no inventory number</source>
        <translation>بلا رقم جرد</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>{title} (object deleted)</source>
        <translation>{title} (قطعة محذوفة)</translation>
    </message>
    <message>
        <source>This object was deleted from the vault; its damage report is kept and printed as it was recorded.</source>
        <translation>حُذفت هذه القطعة من الخزنة؛ ويُحتفظ بتقرير أضرارها ويُطبع كما سُجّل.</translation>
    </message>
    <message>
        <source>Object not in this vault</source>
        <translation>القطعة ليست في هذه الخزنة</translation>
    </message>
    <message>
        <source>site not recorded</source>
        <translation>الموقع غير مسجل</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>الموقع: {site}</translation>
    </message>
    <message>
        <source>No photograph</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>No photographs are attached to this damage report.</source>
        <translation>لا توجد صور مرفقة بتقرير الأضرار هذا.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>القطعة</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>This report has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>لهذا التقرير تعديلات متعارضة لم تُحل بعد؛ طُبع الدمج التلقائي.</translation>
    </message>
    <message>
        <source>Record {id} · revision {revision}</source>
        <translation>السجل {id} · المراجعة {revision}</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>قائمة الإجلاء والجرد</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>مُعبّأ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
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
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>حاوية</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>{item} is deleted but still in a container: its label is printed; restore it from its history (fieldkit object show {id} --history) or take it out of the container.</source>
        <translation>{item} محذوف لكنه لا يزال في حاوية: طُبع ملصقه؛ استعده من سجله التاريخي (⁦fieldkit object show {id} --history⁩) أو أخرجه من الحاوية.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>مُدقَّق</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>استُلم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>received</source>
        <translation>مستلَم</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>زائد</translation>
    </message>
    <message>
        <source>received, not in its container</source>
        <translation>مستلَم، خارج حاويته</translation>
    </message>
    <message>
        <source>Inventory no. / code</source>
        <translation>رقم الجرد / الرمز</translation>
    </message>
    <message>
        <source>In</source>
        <translation>في</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(ليس في هذه الخزنة)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>{role}:  name {line}   signature {line}   date {date}</source>
        <translation>{role}:  الاسم {line}   التوقيع {line}   التاريخ {date}</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>قيد النقل</translation>
    </message>
    <message>
        <source>{title} — {code}</source>
        <translation>{title} — {code}</translation>
    </message>
    <message>
        <source>{kind} · {items} · to travel inside it</source>
        <translation>{kind} · {items} · توضع داخلها</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>موجودة الآن في</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>عبّأها</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>دقّقها</translation>
    </message>
    <message>
        <source>{state} · {reason} · movement {id}</source>
        <translation>{state} · {reason} · عملية النقل {id}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Expected {expected} · received {received} · missing {missing} · extra {extra}</source>
        <translation>المتوقع {expected} · المستلم {received} · الناقص {missing} · الزائد {extra}</translation>
    </message>
    <message numerus="yes">
        <source>In transit: %n item(s) expected</source>
        <translation>
            <numerusform>قيد النقل: %n عنصر متوقع</numerusform>
            <numerusform>قيد النقل: عنصر واحد متوقع</numerusform>
            <numerusform>قيد النقل: عنصران متوقعان</numerusform>
            <numerusform>قيد النقل: %n عناصر متوقعة</numerusform>
            <numerusform>قيد النقل: %n عنصرًا متوقعًا</numerusform>
            <numerusform>قيد النقل: %n عنصر متوقع</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>أرسلها</translation>
    </message>
    <message>
        <source>{objects} in {containers}</source>
        <translation>{objects} في {containers}</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>لا حاويات</numerusform>
            <numerusform>حاوية واحدة</numerusform>
            <numerusform>حاويتين</numerusform>
            <numerusform>%n حاويات</numerusform>
            <numerusform>%n حاويةً</numerusform>
            <numerusform>%n حاوية</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission no. {number}</source>
        <translation>إذن رقم {number}</translation>
    </message>
    <message>
        <source>The persons named below are authorised to remove the objects listed from the premises of the institution and to take them to the destination stated.</source>
        <translation>يُؤذن للأشخاص المذكورين أدناه بإخراج القطع المدرجة من مباني المؤسسة ونقلها إلى الوجهة المذكورة.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Authorised by (custodian)</source>
        <translation>أذن به (أمين العهدة)</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>قائد الفريق</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Number of objects</source>
        <translation>عدد القطع</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>مكان الانطلاق</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>تاريخ الانطلاق</translation>
    </message>
    <message>
        <source>Time of departure</source>
        <translation>وقت الانطلاق</translation>
    </message>
    <message>
        <source>Destination (with coordinates)</source>
        <translation>الوجهة (مع الإحداثيات)</translation>
    </message>
    <message>
        <source>Custodian (authorising)</source>
        <translation>أمين العهدة (الآذن)</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>موظف الاستلام</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint}</source>
        <translation>البصمة {fingerprint}</translation>
    </message>
    <message>
        <source>Custody transfer {id}</source>
        <translation>نقل العهدة {id}</translation>
    </message>
    <message>
        <source>Accepted: signed by both parties&apos; keys</source>
        <translation>مقبول: موقّع بمفتاحي الطرفين</translation>
    </message>
    <message>
        <source>Not yet accepted by the receiver</source>
        <translation>لم يقبله المستلم بعد</translation>
    </message>
    <message>
        <source>Accepted by (key)</source>
        <translation>قبله (المفتاح)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Last damage</source>
        <translation>آخر ضرر</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>status {values}</source>
        <translation>الحالة {values}</translation>
    </message>
    <message>
        <source>salvage priority {values}</source>
        <translation>أولوية الإنقاذ {values}</translation>
    </message>
    <message>
        <source>Filters: none (every object in the vault).</source>
        <translation>المرشحات: لا شيء (كل القطع في الخزنة).</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>المرشحات: {filters}.</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields (titles, types) are not scrubbed of place names.</source>
        <translation>حُذفت المواقع؛ لم تُنقَّ الحقول الحرة (العناوين، الأنواع) من أسماء الأماكن.</translation>
    </message>
    <message>
        <source>priority {number}: {count}</source>
        <translation>الأولوية {number}: {count}</translation>
    </message>
    <message>
        <source>not set: {count}</source>
        <translation>غير محددة: {count}</translation>
    </message>
    <message>
        <source>with a photograph: {count}</source>
        <translation>مع صورة: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>لا قطع</numerusform>
            <numerusform>قطعة واحدة</numerusform>
            <numerusform>قطعتان</numerusform>
            <numerusform>%n قطع</numerusform>
            <numerusform>%n قطعة</numerusform>
            <numerusform>%n قطعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvage priority: {meanings}.</source>
        <translation>أولوية الإنقاذ: {meanings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>لا مؤسسات</numerusform>
            <numerusform>مؤسسة واحدة</numerusform>
            <numerusform>مؤسستان</numerusform>
            <numerusform>%n مؤسسات</numerusform>
            <numerusform>%n مؤسسة</numerusform>
            <numerusform>%n مؤسسة</numerusform>
        </translation>
    </message>
    <message>
        <source>institution not recorded</source>
        <translation>المؤسسة غير مسجلة</translation>
    </message>
    <message>
        <source>(unnamed vault)</source>
        <translation>(خزنة بلا اسم)</translation>
    </message>
    <message>
        <source>Prepared by {vault} on {date} · identity {fingerprint}</source>
        <translation>أعدّه {vault} في {date} · الهوية {fingerprint}</translation>
    </message>
    <message>
        <source>Total: {totals}</source>
        <translation>المجموع: {totals}</translation>
    </message>
    <message>
        <source>No object matches these filters.</source>
        <translation>لا توجد قطعة تطابق هذه المرشحات.</translation>
    </message>
    <message>
        <source>Packed: ________ of {count}</source>
        <translation>المُعبّأ: ________ من {count}</translation>
    </message>
    <message>
        <source>Checked by: {line}    Date: {date}    Signature: {line}</source>
        <translation>دقّقه: {line}    التاريخ: {date}    التوقيع: {line}</translation>
    </message>
    <message>
        <source>printed {date} by FieldKit {version}, no vault opened</source>
        <translation>طُبع في {date} بواسطة FieldKit {version}، دون فتح خزنة</translation>
    </message>
    <message>
        <source>printed {date} by {name}, identity {fingerprint}</source>
        <translation>طبعه {name} في {date}، الهوية {fingerprint}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>صفحة {number} من {total}</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (تابع)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>تقارير الأضرار</translation>
    </message>
    <message>
        <source>OBJECT ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>No photograph of this object is recorded</source>
        <translation>لا توجد صورة مسجلة لهذه القطعة</translation>
    </message>
    <message numerus="yes">
        <source>%n more photograph(s) are recorded in the vault.</source>
        <translation>
            <numerusform>لا توجد صور أخرى في الخزنة.</numerusform>
            <numerusform>توجد صورة أخرى واحدة في الخزنة.</numerusform>
            <numerusform>توجد صورتان أخريان في الخزنة.</numerusform>
            <numerusform>توجد %n صور أخرى في الخزنة.</numerusform>
            <numerusform>توجد %n صورة أخرى في الخزنة.</numerusform>
            <numerusform>توجد %n صورة أخرى في الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Object ID complete: {done} of {total} — the {categories} Object ID categories and an overall photograph are recorded.</source>
        <translation>Object ID مكتمل: {done} من {total} — سُجلت فئات Object ID ({categories}) وصورة عامة.</translation>
    </message>
    <message>
        <source>Object ID incomplete: {done} of {total} — missing: {names}.</source>
        <translation>Object ID غير مكتمل: {done} من {total} — ينقص: {names}.</translation>
    </message>
    <message>
        <source>This record has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>لهذا السجل تعديلات متعارضة لم تُحل بعد؛ طُبع الدمج التلقائي.</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>معلومات أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier damage report(s) are recorded in the vault.</source>
        <translation>
            <numerusform>لا توجد تقارير أضرار سابقة أخرى في الخزنة.</numerusform>
            <numerusform>يوجد تقرير أضرار سابق آخر في الخزنة.</numerusform>
            <numerusform>يوجد تقريرا أضرار سابقان آخران في الخزنة.</numerusform>
            <numerusform>توجد %n تقارير أضرار سابقة أخرى في الخزنة.</numerusform>
            <numerusform>يوجد %n تقريرًا سابقًا آخر عن الأضرار في الخزنة.</numerusform>
            <numerusform>يوجد %n تقرير أضرار سابق آخر في الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle verification certificate</source>
        <translation>شهادة التحقق من الحزمة</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>trusted (the verifying vault&apos;s own key)</source>
        <translation>موثوق (مفتاح الخزنة المُتحقِّقة نفسها)</translation>
    </message>
    <message>
        <source>unknown: no key to check the signature with was available</source>
        <translation>غير معروف: لم يتوفر مفتاح للتحقق من التوقيع</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>NOT VALID: this bundle failed verification</source>
        <translation>غير صالح: فشل التحقق من هذه الحزمة</translation>
    </message>
    <message>
        <source>VALID: complete, untampered, and signed by a trusted key</source>
        <translation>صالح: كامل وغير معبوث به وموقّع بمفتاح موثوق</translation>
    </message>
    <message>
        <source>VALID, BUT THE SIGNER IS NOT TRUSTED: intact, signed by an untrusted or unknown key</source>
        <translation>صالح، لكن الموقّع غير موثوق: سليم، وموقّع بمفتاح غير موثوق أو غير معروف</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>not trusted: the key is not in the trust store and no identity card given for the check matches</source>
        <translation>غير موثوق: المفتاح ليس في مخزن الثقة ولا تطابقه أي بطاقة هوية معطاة للتحقق</translation>
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
        <source>redacted snapshot, for reading only</source>
        <translation>لقطة منقّحة، للقراءة فقط</translation>
    </message>
    <message>
        <source>NOT VALID: this file is not a FieldKit bundle</source>
        <translation>غير صالح: هذا الملف ليس حزمة FieldKit</translation>
    </message>
    <message>
        <source>NOT VERIFIED: this bundle was made by a newer FieldKit; update FieldKit to verify it</source>
        <translation>لم يُتحقق منها: صُنعت هذه الحزمة بإصدار أحدث من FieldKit؛ حدّث FieldKit للتحقق منها</translation>
    </message>
    <message>
        <source>INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer&apos;s key is not known here</source>
        <translation>سليمة، ولم يُفحص التوقيع: كاملة ولم تتغير، لكن مفتاح الموقّع غير معروف هنا</translation>
    </message>
    <message>
        <source>the identity card given for the check ({file})</source>
        <translation>بطاقة الهوية المعطاة للتحقق ({file})</translation>
    </message>
    <message>
        <source>the minisign public key given for the check ({file})</source>
        <translation>مفتاح minisign العام المعطى للتحقق ({file})</translation>
    </message>
    <message>
        <source>the verifying vault&apos;s own identity</source>
        <translation>هوية الخزنة المُتحقِّقة نفسها</translation>
    </message>
    <message>
        <source>the trust store of the verifying vault</source>
        <translation>مخزن الثقة في الخزنة المُتحقِّقة</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <translation>فُحص التوقيع الخارجي وهو صالح</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>فُحص التوقيع الخارجي وهو غير صالح</translation>
    </message>
    <message>
        <source>the outer signature could not be checked: the signer&apos;s key is not known here</source>
        <translation>تعذّر فحص التوقيع الخارجي: مفتاح الموقّع غير معروف هنا</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>لم يُفحص التوقيع الخارجي</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked; {signature}.</source>
        <translation>فُحصت البنية والاكتمال وسلامة الملفات؛ {signature}.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>لا مراجعات</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%n مراجعات</numerusform>
            <numerusform>%n مراجعة</numerusform>
            <numerusform>%n مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity card(s)</source>
        <translation>
            <numerusform>لا بطاقات هوية</numerusform>
            <numerusform>بطاقة هوية واحدة</numerusform>
            <numerusform>بطاقتا هوية</numerusform>
            <numerusform>%n بطاقات هوية</numerusform>
            <numerusform>%n بطاقة هوية</numerusform>
            <numerusform>%n بطاقة هوية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>لا أحداث تدقيق</numerusform>
            <numerusform>حدث تدقيق واحد</numerusform>
            <numerusform>حدثا تدقيق</numerusform>
            <numerusform>%n أحداث تدقيق</numerusform>
            <numerusform>%n حدث تدقيق</numerusform>
            <numerusform>%n حدث تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation notice(s)</source>
        <translation>
            <numerusform>لا إشعارات إبطال</numerusform>
            <numerusform>إشعار إبطال واحد</numerusform>
            <numerusform>إشعارا إبطال</numerusform>
            <numerusform>%n إشعارات إبطال</numerusform>
            <numerusform>%n إشعار إبطال</numerusform>
            <numerusform>%n إشعار إبطال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not inspected: the file is not a FieldKit bundle.</source>
        <translation>لم يُفحص: الملف ليس حزمة FieldKit.</translation>
    </message>
    <message>
        <source>Not inspected: the bundle was made by a newer FieldKit.</source>
        <translation>لم يُفحص: صُنعت الحزمة بإصدار أحدث من FieldKit.</translation>
    </message>
    <message>
        <source>Inspected.</source>
        <translation>فُحص.</translation>
    </message>
    <message>
        <source>Inspected: {counts}.</source>
        <translation>فُحص: {counts}.</translation>
    </message>
    <message>
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it by verifying the bundle with their vault open).</source>
        <translation>لم يُفحص المحتوى المشفّر: لم يُعطَ مفتاح أي مستلم (يستطيع المستلم فحصه بالتحقق من الحزمة وخزنته مفتوحة).</translation>
    </message>
    <message>
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it with --vault).</source>
        <translation>لم يُفحص المحتوى المشفّر: لم يُعطَ مفتاح أي مستلم (يستطيع المستلم فحصه باستخدام --vault).</translation>
    </message>
    <message>
        <source>Not inspected: the content is only inspected once the outside is valid.</source>
        <translation>لم يُفحص: لا يُفحص المحتوى إلا بعد صلاحية الغلاف الخارجي.</translation>
    </message>
    <message>
        <source>Not inspected: the signer&apos;s key is not known, so the content could not be trusted.</source>
        <translation>لم يُفحص: مفتاح الموقّع غير معروف، لذا لا يمكن الوثوق بالمحتوى.</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools, in the folder that holds the .fkb file:</source>
        <translation>يمكن لأي شخص إعادة الفحوص الخارجية بأدوات قياسية، في المجلد الذي يحوي ملف ‎.fkb:</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools, in the folder that holds the .fkb file and the signer&apos;s minisign public key (from their identity card) saved as {file}:</source>
        <translation>يمكن لأي شخص إعادة الفحوص الخارجية بأدوات قياسية، في المجلد الذي يحوي ملف ‎.fkb ومفتاح minisign العام للموقّع (من بطاقة هويته) محفوظًا باسم {file}:</translation>
    </message>
    <message>
        <source>VERIFICATION CERTIFICATE</source>
        <translation>شهادة التحقق</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>حجم الملف</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 للملف</translation>
    </message>
    <message>
        <source>not computed (the file cannot be read)</source>
        <translation>لم يُحسب (تتعذّر قراءة الملف)</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>مشفّرة</translation>
    </message>
    <message>
        <source>plain (not encrypted)</source>
        <translation>غير مشفّرة</translation>
    </message>
    <message>
        <source>not a FieldKit bundle</source>
        <translation>ليس حزمة FieldKit</translation>
    </message>
    <message>
        <source>{name} (from {source})</source>
        <translation>{name} (من {source})</translation>
    </message>
    <message>
        <source>Not named: the signer is in no trust store used here and no identity card given for the check names them. A name written inside a bundle is only the sender&apos;s claim and is not printed.</source>
        <translation>بلا اسم: الموقّع ليس في أي مخزن ثقة مستخدم هنا ولا تسمّيه أي بطاقة هوية معطاة للتحقق. الاسم المكتوب داخل الحزمة مجرد ادعاء من المرسل ولا يُطبع.</translation>
    </message>
    <message>
        <source>not checked: the signer&apos;s key is not known here</source>
        <translation>لم يُفحص: مفتاح الموقّع غير معروف هنا</translation>
    </message>
    <message>
        <source>none: the file is not a FieldKit bundle</source>
        <translation>لا يوجد: الملف ليس حزمة FieldKit</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, in the vault of {name} (identity {fingerprint})</source>
        <translation>FieldKit {version} على {system}، في خزنة {name} (الهوية {fingerprint})</translation>
    </message>
    <message>
        <source>Trusted keys given for the check</source>
        <translation>المفاتيح الموثوقة المعطاة للتحقق</translation>
    </message>
    <message>
        <source>The signer</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>Sender&apos;s stream</source>
        <translation>تدفق المرسِل</translation>
    </message>
    <message>
        <source>Epoch (since the sender&apos;s last restore)</source>
        <translation>الحقبة (منذ آخر استعادة لدى المرسِل)</translation>
    </message>
    <message>
        <source>Sequence in that epoch</source>
        <translation>التسلسل في هذه الحقبة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Minisign key id</source>
        <translation>معرّف مفتاح minisign</translation>
    </message>
    <message>
        <source>Minisign public key</source>
        <translation>مفتاح minisign العام</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Outer signature</source>
        <translation>التوقيع الخارجي</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>not valid or not checked (see the problems below)</source>
        <translation>غير صالح أو لم يُفحص (انظر المشكلات أدناه)</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>ما الذي فُحص</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>الملفات المفحوصة</translation>
    </message>
    <message>
        <source>Bytes checked</source>
        <translation>البايتات المفحوصة</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Problem {number}</source>
        <translation>المشكلة {number}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>نظام غير معروف</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, no vault opened</source>
        <translation>FieldKit {version} على {system}، دون فتح خزنة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>تحقق بواسطة</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>object records</source>
        <translation>سجلات القطع</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>تقارير الأضرار</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>الحاويات</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <source>handovers</source>
        <translation>عمليات التسليم</translation>
    </message>
    <message>
        <source>duplicate decisions</source>
        <translation>قرارات التكرار</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>In place</source>
        <translation>في مكانها</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>في المخزن</translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation>مُخلاة</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>مُعارة</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>مسروقة</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>مدمَّرة</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>نزاع مسلح</translation>
    </message>
    <message>
        <source>Looting</source>
        <translation>نهب</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>تخريب متعمد</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>حريق</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>فيضان</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>زلزال</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>عاصفة</translation>
    </message>
    <message>
        <source>Structural failure</source>
        <translation>انهيار إنشائي</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>إهمال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Physical forces</source>
        <translation>القوى الفيزيائية</translation>
    </message>
    <message>
        <source>Thieves and vandals</source>
        <translation>اللصوص والمخربون</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>الماء</translation>
    </message>
    <message>
        <source>Pests</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Pollutants</source>
        <translation>الملوثات</translation>
    </message>
    <message>
        <source>Light, UV and IR</source>
        <translation>الضوء والأشعة فوق البنفسجية وتحت الحمراء</translation>
    </message>
    <message>
        <source>Incorrect temperature</source>
        <translation>درجة حرارة غير ملائمة</translation>
    </message>
    <message>
        <source>Incorrect relative humidity</source>
        <translation>رطوبة نسبية غير ملائمة</translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation>التفكك</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>كسر</translation>
    </message>
    <message>
        <source>Loss of parts</source>
        <translation>فقدان أجزاء</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>تشوّه</translation>
    </message>
    <message>
        <source>Cracking</source>
        <translation>تشقق</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>احتراق</translation>
    </message>
    <message>
        <source>Soot</source>
        <translation>سُخام</translation>
    </message>
    <message>
        <source>Water stain</source>
        <translation>بقعة ماء</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>عفن</translation>
    </message>
    <message>
        <source>Corrosion</source>
        <translation>تآكل</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>سحج</translation>
    </message>
    <message>
        <source>Bullet or shrapnel impact</source>
        <translation>أثر رصاصة أو شظية</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>طفيفة</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديدة</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>موضعي</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>واسع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>كلي</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>مرجّح</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>فوري</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالٍ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>منظر عام</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>تفصيل</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>ضرر</translation>
    </message>
    <message>
        <source>With scale</source>
        <translation>مع مقياس</translation>
    </message>
    <message>
        <source>Field conservator</source>
        <translation>مرمّم ميداني</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>مدقّق</translation>
    </message>
    <message>
        <source>1 – save first</source>
        <translation>1 – يُنقذ أولًا</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – عالية</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – متوسطة</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – منخفضة</translation>
    </message>
</context>
</TS>
