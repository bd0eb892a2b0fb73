<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>cli</name>
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
        <source>Wrote {file}: {size} bytes, {records}, {photos}, sequence {n}.</source>
        <translation>كُتب {file}: {size} بايت، {records}، {photos}، التسلسل {n}.</translation>
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
    <message>
        <source>unknown signer</source>
        <translation>موقّع غير معروف</translation>
    </message>
    <message>
        <source>{file}: VALID, signed by {who} ({fingerprint}), trusted.</source>
        <translation>{file}: صالح، موقّع من {who} ({fingerprint})، موثوق.</translation>
    </message>
    <message>
        <source>{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). Compare the fingerprint with the sender before trusting it.</source>
        <translation>{file}: سليم، لكنه موقّع بمفتاح غير موثوق أو غير معروف ({fingerprint}). قارن البصمة مع المرسل قبل الوثوق به.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}: غير صالح.</translation>
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
        <source>Give the movement: fieldkit move {action} MOVEMENT.</source>
        <translation>حدّد عملية النقل: fieldkit move {action} MOVEMENT.</translation>
    </message>
    <message>
        <source>fieldkit move show takes one movement.</source>
        <translation>يقبل الأمر fieldkit move show عملية نقل واحدة.</translation>
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
    <message>
        <source>Give what arrived (ITEM... as codes, inventory numbers or ids) or --all.</source>
        <translation>حدّد ما وصل (ITEM... رموزًا أو أرقام جرد أو معرّفات) أو --all.</translation>
    </message>
    <message>
        <source>expected {expected}, received {received}, missing {missing}, extra {extra}</source>
        <translation>المتوقع {expected}، المستلم {received}، الناقص {missing}، الزائد {extra}</translation>
    </message>
    <message>
        <source>missing: {item}</source>
        <translation>ناقص: {item}</translation>
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
        <source>items:</source>
        <translation>العناصر:</translation>
    </message>
    <message>
        <source>MISSING: not found at its last reception</source>
        <translation>ناقص: لم يوجد عند آخر استلام له</translation>
    </message>
    <message>
        <source>in transit to {place}</source>
        <translation>قيد النقل إلى {place}</translation>
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
        <source>{merged} was merged into {id}: they are the same object.</source>
        <translation>دُمج {merged} في {id}: إنهما القطعة نفسها.</translation>
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
        <source>In transit</source>
        <translation>قيد النقل</translation>
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
    <name>duplicates</name>
    <message>
        <source>same inventory number after normalising</source>
        <translation>رقم الجرد نفسه بعد التوحيد</translation>
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
        <source>This backup was written by a newer FieldKit.</source>
        <translation>كُتبت هذه النسخة الاحتياطية بإصدار أحدث من FieldKit.</translation>
    </message>
    <message>
        <source>The drive is full: {what} could not be written.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة {what}.</translation>
    </message>
    <message>
        <source>The database of {what} is damaged.</source>
        <translation>قاعدة بيانات {what} تالفة.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>عبارة المرور غير صحيحة لهذه الخزنة.</translation>
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
        <source>This vault uses format version {version}, which this FieldKit cannot read.</source>
        <translation>تستخدم هذه الخزنة إصدار التنسيق {version}، ولا يستطيع FieldKit هذا قراءته.</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}.</source>
        <translation>لا توجد خزنة FieldKit في {folder}.</translation>
    </message>
    <message>
        <source>This vault is open elsewhere (another FieldKit window or command).</source>
        <translation>هذه الخزنة مفتوحة في مكان آخر (نافذة أو أمر FieldKit آخر).</translation>
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
        <translation>الإلحاح</translation>
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
    <name>reports</name>
    <message>
        <source>Damage report</source>
        <translation>تقرير الضرر</translation>
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
        <translation>تقرير الضرر</translation>
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
        <translation>لا توجد صور مرفقة بتقرير الضرر هذا.</translation>
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
            <numerusform>حاويتان</numerusform>
            <numerusform>%n حاويات</numerusform>
            <numerusform>%n حاويةً</numerusform>
            <numerusform>%n حاوية</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission no. {number} · {institution}</source>
        <translation>إذن رقم {number} · {institution}</translation>
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
        <source>printed {date} from vault {vault}, identity {fingerprint}</source>
        <translation>طُبع في {date} من الخزنة {vault}، الهوية {fingerprint}</translation>
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
        <source>not trusted: the key is not in the trust store and no --trust card matches</source>
        <translation>غير موثوق: المفتاح ليس في مخزن الثقة ولا تطابقه أي بطاقة --trust</translation>
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
        <source>the identity card given with --trust ({file})</source>
        <translation>بطاقة الهوية المعطاة مع --trust ({file})</translation>
    </message>
    <message>
        <source>the minisign public key given with --trust ({file})</source>
        <translation>مفتاح minisign العام المعطى مع --trust ({file})</translation>
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
        <translation>فُحصت البنية والاكتمال والثبات؛ {signature}.</translation>
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
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>plain (not encrypted)</source>
        <translation>غير مشفّر</translation>
    </message>
    <message>
        <source>Stream, epoch, sequence</source>
        <translation>التدفق، الحقبة، التسلسل</translation>
    </message>
    <message>
        <source>{stream} · epoch {epoch} · sequence {sequence}</source>
        <translation>{stream} · الحقبة {epoch} · التسلسل {sequence}</translation>
    </message>
    <message>
        <source>{name} (from {source})</source>
        <translation>{name} (من {source})</translation>
    </message>
    <message>
        <source>Not named: the signer is in no trust store used here and no --trust card names them. A name written inside a bundle is only the sender&apos;s claim and is not printed.</source>
        <translation>بلا اسم: الموقّع ليس في أي مخزن ثقة مستخدم هنا ولا تسمّيه أي بطاقة --trust. الاسم المكتوب داخل الحزمة مجرد ادعاء من المرسل ولا يُطبع.</translation>
    </message>
    <message>
        <source>The signer</source>
        <translation>الموقّع</translation>
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
        <source>FieldKit {version} on {system}, with the vault {vault} (identity {fingerprint})</source>
        <translation>FieldKit {version} على {system}، مع الخزنة {vault} (الهوية {fingerprint})</translation>
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
    <message>
        <source>Trusted keys given (--trust)</source>
        <translation>المفاتيح الموثوقة المعطاة (--trust)</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools: unzip the .fkb file, then bagit.py --validate &lt;bundle id&gt; and minisign -Vm &lt;bundle id&gt;/tagmanifest-sha256.txt -p &lt;signer&apos;s key&gt;.pub.</source>
        <translation>يمكن لأي شخص إعادة الفحوص الخارجية بأدوات قياسية: فُكّ ضغط ملف ‎.fkb، ثم bagit.py --validate &lt;bundle id&gt; و minisign -Vm &lt;bundle id&gt;/tagmanifest-sha256.txt -p &lt;signer&apos;s key&gt;.pub.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>In place</source>
        <translation>في مكانه</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>في المخزن</translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation>تم إجلاؤه</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>مُعار</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>مسروق</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>مُدمَّر</translation>
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
        <translation>درجة حرارة غير مناسبة</translation>
    </message>
    <message>
        <source>Incorrect relative humidity</source>
        <translation>رطوبة نسبية غير مناسبة</translation>
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
        <translation>سخام</translation>
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
        <translation>احتكاك</translation>
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
        <translation>طفيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديد</translation>
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
        <translation>فورية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
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
