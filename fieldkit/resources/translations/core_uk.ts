<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>cli</name>
    <message>
        <source>cancelled.</source>
        <translation>скасовано.</translation>
    </message>
    <message>
        <source>an internal error stopped this command (report id {report_id}). Please send the report id and the log file to your support contact.</source>
        <translation>внутрішня помилка зупинила цю команду (номер звіту {report_id}). Надішліть номер звіту й файл журналу своїй службі підтримки.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Файл журналу: {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Check the folder, or create a vault with `fieldkit init`.</source>
        <translation>Перевірте теку або створіть сховище командою `fieldkit init`.</translation>
    </message>
    <message>
        <source>Choose an empty folder, or open the existing vault instead.</source>
        <translation>Виберіть порожню теку або відкрийте наявне сховище.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again. If the passphrase is lost, use the recovery key (`fieldkit passwd --recovery-key-file FILE`).</source>
        <translation>Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз. Якщо парольну фразу втрачено, скористайтеся ключем відновлення (`fieldkit passwd --recovery-key-file FILE`).</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as printed; dashes and spaces do not matter.</source>
        <translation>Введіть ключ відновлення точно як надруковано; дефіси й пробіли не мають значення.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window or command that has this vault open, then retry.</source>
        <translation>Закрийте інше вікно чи команду FieldKit, що відкрили це сховище, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Its data cannot be recovered by anyone; restore a backup if you have one.</source>
        <translation>Ніхто не може відновити його дані; відновіть резервну копію, якщо вона є.</translation>
    </message>
    <message>
        <source>Restore the vault from a backup, or open it with the FieldKit that made it.</source>
        <translation>Відновіть сховище з резервної копії або відкрийте його тією версією FieldKit, що його створила.</translation>
    </message>
    <message>
        <source>Free some space (or choose another drive) and try again; nothing was changed.</source>
        <translation>Звільніть місце (або виберіть інший диск) і спробуйте ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <source>The drive is write-protected or read-only: choose another folder or drive.</source>
        <translation>Диск захищено від запису або лише для читання: виберіть іншу теку чи диск.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was imported from this file.</source>
        <translation>Попросіть відправника про нову копію; з цього файлу нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The file may come from a newer FieldKit: update FieldKit and try again.</source>
        <translation>Можливо, файл створено новішою версією FieldKit: оновіть FieldKit і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The file was encrypted for someone else; ask the sender to include your key.</source>
        <translation>Файл зашифровано для іншої особи; попросіть відправника додати ваш ключ.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the sender, then `fieldkit trust add` their card.</source>
        <translation>Звірте відбиток із відправником, потім додайте його картку командою `fieldkit trust add`.</translation>
    </message>
    <message>
        <source>The disk is full while writing {what}.</source>
        <translation>Диск заповнено під час запису {what}.</translation>
    </message>
    <message>
        <source>FieldKit may not write {what}: the drive is read-only or protected.</source>
        <translation>FieldKit не може записати {what}: диск лише для читання або захищений.</translation>
    </message>
    <message>
        <source>This backup was written by a newer FieldKit.</source>
        <translation>Цю резервну копію записано новішою версією FieldKit.</translation>
    </message>
    <message>
        <source>The drive is full: {what} could not be written.</source>
        <translation>Диск заповнено: не вдалося записати {what}.</translation>
    </message>
    <message>
        <source>The database of {what} is damaged.</source>
        <translation>Базу даних {what} пошкоджено.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>Парольна фраза не підходить до цього сховища.</translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault.</source>
        <translation>Цей ключ відновлення не від цього сховища.</translation>
    </message>
    <message>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>Заголовок сховища (vault.json) пошкоджено.</translation>
    </message>
    <message>
        <source>This vault uses format version {version}, which this FieldKit cannot read.</source>
        <translation>Це сховище має версію формату {version}, яку цей FieldKit не вміє читати.</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}.</source>
        <translation>У {folder} немає сховища FieldKit.</translation>
    </message>
    <message>
        <source>This vault is open elsewhere (another FieldKit window or command).</source>
        <translation>Це сховище відкрито деінде (в іншому вікні чи команді FieldKit).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Inventory number</source>
        <translation>Інвентарний номер</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>Тип предмета</translation>
    </message>
    <message>
        <source>Materials &amp; techniques</source>
        <translation>Матеріали й техніки</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Розміри</translation>
    </message>
    <message>
        <source>Inscriptions &amp; markings</source>
        <translation>Написи й позначки</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Дата або період</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Особливі прикмети</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Місце походження</translation>
    </message>
    <message>
        <source>Related written material</source>
        <translation>Пов’язані письмові матеріали</translation>
    </message>
    <message>
        <source>Cross references</source>
        <translation>Перехресні посилання</translation>
    </message>
    <message>
        <source>Date documented</source>
        <translation>Дата документування</translation>
    </message>
    <message>
        <source>ICOM Red List category</source>
        <translation>Категорія Червоного списку ICOM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>Поточне місцезнаходження</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координати</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>Пріоритет порятунку</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Значущість</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>Час огляду</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Оцінювач</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>Event from</source>
        <translation>Подія з</translation>
    </message>
    <message>
        <source>Event to</source>
        <translation>Подія до</translation>
    </message>
    <message>
        <source>Agents of deterioration</source>
        <translation>Чинники руйнування</translation>
    </message>
    <message>
        <source>Damage types</source>
        <translation>Типи пошкоджень</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжкість</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Поширеність</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <source>Damage observed</source>
        <translation>Виявлені пошкодження</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Вжиті заходи</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Рекомендовані заходи</translation>
    </message>
    <message>
        <source>Remaining hazards</source>
        <translation>Залишкові загрози</translation>
    </message>
    <message>
        <source>Overall photograph</source>
        <translation>Загальна фотографія</translation>
    </message>
</context>
</TS>
