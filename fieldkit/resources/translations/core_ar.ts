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
        <source>Overall photograph</source>
        <translation>صورة عامة</translation>
    </message>
</context>
</TS>
