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
    <message>
        <source>Nothing new to send to these recipients; no bundle was written.</source>
        <translation>Нічого нового для цих одержувачів; пакет не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n редакція запису</numerusform>
            <numerusform>%n редакції записів</numerusform>
            <numerusform>%n редакцій записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {size} bytes, {records}, {photos}, sequence {n}.</source>
        <translation>Записано {file}: {size} байтів, {records}, {photos}, послідовність {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted to: {who} and yourself.</source>
        <translation>Зашифровано для: {who} і вас.</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>нікого іншого</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone with the file can read it.</source>
        <translation>НЕ зашифровано: будь-хто з цим файлом може його прочитати.</translation>
    </message>
    <message>
        <source>{file}: NOT imported. {reason}</source>
        <translation>{file}: НЕ імпортовано. {reason}</translation>
    </message>
    <message>
        <source>{file}: {revisions}, {duplicates} already here, {photos}, {conflicts}.</source>
        <translation>{file}: {revisions}, {duplicates} вже є, {photos}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n нова редакція</numerusform>
            <numerusform>%n нові редакції</numerusform>
            <numerusform>%n нових редакцій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n нове фото</numerusform>
            <numerusform>%n нові фото</numerusform>
            <numerusform>%n нових фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n запис у конфлікті</numerusform>
            <numerusform>%n записи в конфлікті</numerusform>
            <numerusform>%n записів у конфлікті</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>невідомий підписант</translation>
    </message>
    <message>
        <source>{file}: VALID, signed by {who} ({fingerprint}), trusted.</source>
        <translation>{file}: ДІЙСНИЙ, підписав {who} ({fingerprint}), довірений.</translation>
    </message>
    <message>
        <source>{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). Compare the fingerprint with the sender before trusting it.</source>
        <translation>{file}: цілий, але підписаний недовіреним або невідомим ключем ({fingerprint}). Звірте відбиток із відправником, перш ніж довіряти.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}: НЕДІЙСНИЙ.</translation>
    </message>
    <message>
        <source>problem: {text}</source>
        <translation>проблема: {text}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>примітка: {text}</translation>
    </message>
    <message>
        <source>files checked: {files}, bytes: {size}</source>
        <translation>перевірено файлів: {files}, байтів: {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n одиниця</numerusform>
            <numerusform>%n одиниці</numerusform>
            <numerusform>%n одиниць</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(немає в цьому сховищі)</translation>
    </message>
    <message>
        <source>Added location {code}.</source>
        <translation>Додано місце {code}.</translation>
    </message>
    <message>
        <source>Added container {code}.</source>
        <translation>Додано контейнер {code}.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s).</source>
        <translation>
            <numerusform>%n місце.</numerusform>
            <numerusform>%n місця.</numerusform>
            <numerusform>%n місць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s).</source>
        <translation>
            <numerusform>%n контейнер.</numerusform>
            <numerusform>%n контейнери.</numerusform>
            <numerusform>%n контейнерів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the movement: fieldkit move {action} MOVEMENT.</source>
        <translation>Вкажіть переміщення: fieldkit move {action} MOVEMENT.</translation>
    </message>
    <message>
        <source>fieldkit move show takes one movement.</source>
        <translation>fieldkit move show приймає одне переміщення.</translation>
    </message>
    <message>
        <source>Say where the items go: --to LOCATION or --to CONTAINER.</source>
        <translation>Вкажіть, куди вирушають одиниці: --to LOCATION або --to CONTAINER.</translation>
    </message>
    <message numerus="yes">
        <source>Planned the movement of %n item(s).</source>
        <translation>
            <numerusform>Заплановано переміщення %n одиниці.</numerusform>
            <numerusform>Заплановано переміщення %n одиниць.</numerusform>
            <numerusform>Заплановано переміщення %n одиниць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) departed ({with_contents} with the contents of containers); in transit until received.</source>
        <translation>
            <numerusform>Вирушила %n одиниця ({with_contents} разом із вмістом контейнерів); у дорозі до приймання.</numerusform>
            <numerusform>Вирушили %n одиниці ({with_contents} разом із вмістом контейнерів); у дорозі до приймання.</numerusform>
            <numerusform>Вирушило %n одиниць ({with_contents} разом із вмістом контейнерів); у дорозі до приймання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n item(s) into {container}.</source>
        <translation>
            <numerusform>Упаковано %n одиницю в {container}.</numerusform>
            <numerusform>Упаковано %n одиниці в {container}.</numerusform>
            <numerusform>Упаковано %n одиниць в {container}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give what arrived (ITEM... as codes, inventory numbers or ids) or --all.</source>
        <translation>Вкажіть, що прибуло (ITEM... — коди, інвентарні номери чи ідентифікатори), або --all.</translation>
    </message>
    <message>
        <source>expected {expected}, received {received}, missing {missing}, extra {extra}</source>
        <translation>очікувано {expected}, отримано {received}, бракує {missing}, зайвих {extra}</translation>
    </message>
    <message>
        <source>missing: {item}</source>
        <translation>бракує: {item}</translation>
    </message>
    <message>
        <source>extra: {item}</source>
        <translation>зайве: {item}</translation>
    </message>
    <message>
        <source>not in its container: {item}</source>
        <translation>не у своєму контейнері: {item}</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <translation>стан: {state}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>причина: {reason}</translation>
    </message>
    <message>
        <source>from: {place}</source>
        <translation>звідки: {place}</translation>
    </message>
    <message>
        <source>to: {place}</source>
        <translation>куди: {place}</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>одиниці:</translation>
    </message>
    <message>
        <source>MISSING: not found at its last reception</source>
        <translation>БРАКУЄ: не знайдено під час останнього приймання</translation>
    </message>
    <message>
        <source>in transit to {place}</source>
        <translation>у дорозі до {place}</translation>
    </message>
    <message>
        <source>location: {place}</source>
        <translation>місце: {place}</translation>
    </message>
    <message>
        <source>container: {code}</source>
        <translation>контейнер: {code}</translation>
    </message>
    <message>
        <source>custodian: {name} ({fingerprint})</source>
        <translation>відповідальний: {name} ({fingerprint})</translation>
    </message>
    <message>
        <source>Handover recorded; it waits for the receiver&apos;s acceptance.</source>
        <translation>Передачу записано; вона чекає, поки отримувач її прийме.</translation>
    </message>
    <message>
        <source>Accepted, signed with your key. Send it back in a bundle to the giver.</source>
        <translation>Прийнято й підписано вашим ключем. Надішліть її назад у пакеті тому, хто передав.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <source>WAITING FOR YOU</source>
        <translation>ЧЕКАЄ НА ВАС</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>кому: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s).</source>
        <translation>
            <numerusform>%n передача.</numerusform>
            <numerusform>%n передачі.</numerusform>
            <numerusform>%n передач.</numerusform>
        </translation>
    </message>
    <message>
        <source>{decision}: {b} is the same object as {a}</source>
        <translation>{decision}: {b} — той самий об’єкт, що й {a}</translation>
    </message>
    <message>
        <source>{decision}: {a} and {b} are not the same object</source>
        <translation>{decision}: {a} і {b} — не той самий об’єкт</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(скасовано)</translation>
    </message>
    <message>
        <source>(superseded by another decision)</source>
        <translation>(замінено іншим рішенням)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n рішення.</numerusform>
            <numerusform>%n рішення.</numerusform>
            <numerusform>%n рішень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n можливий дублікат.</numerusform>
            <numerusform>%n можливі дублікати.</numerusform>
            <numerusform>%n можливих дублікатів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {b} into {a}: both now name {a}.</source>
        <translation>{b} об’єднано з {a}: обидва тепер вказують на {a}.</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are not the same object.</source>
        <translation>Записано: {a} і {b} — не той самий об’єкт.</translation>
    </message>
    <message>
        <source>Decision {id} (undo: fieldkit duplicates undo {id}).</source>
        <translation>Рішення {id} (скасувати: fieldkit duplicates undo {id}).</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are two records again.</source>
        <translation>Скасовано: {a} і {b} знову два окремі записи.</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} may be suggested again.</source>
        <translation>Скасовано: {a} і {b} можуть знову пропонуватися.</translation>
    </message>
    <message>
        <source>{merged} was merged into {id}: they are the same object.</source>
        <translation>{merged} об’єднано з {id}: це той самий об’єкт.</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>Building</source>
        <translation>Будівля</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Полиця</translation>
    </message>
    <message>
        <source>Temporary store</source>
        <translation>Тимчасове фондосховище</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>Ящик</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Коробка</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Рулон</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Мішок</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>Піддон</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Крихке</translation>
    </message>
    <message>
        <source>This way up</source>
        <translation>Верх</translation>
    </message>
    <message>
        <source>Keep dry</source>
        <translation>Берегти від вологи</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Важке</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Небезпечне</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Евакуація</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Пакування</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Розпакування</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Позика</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Реставрація</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Звіряння наявності</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>У дорозі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Етикетки</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <source>Movement form</source>
        <translation>Бланк переміщення</translation>
    </message>
    <message>
        <source>Evacuation permission</source>
        <translation>Дозвіл на евакуацію</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>Акт передачі</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same inventory number after normalising</source>
        <translation>той самий інвентарний номер після нормалізації</translation>
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
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Скасовано; звіт не записано.</translation>
    </message>
    <message>
        <source>Labels are printed for objects, containers and locations.</source>
        <translation>Етикетки друкуються лише для предметів, контейнерів і місць.</translation>
    </message>
    <message>
        <source>No item was given.</source>
        <translation>Не вказано жодної одиниці.</translation>
    </message>
    <message>
        <source>Give codes or inventory numbers.</source>
        <translation>Вкажіть коди або інвентарні номери.</translation>
    </message>
    <message>
        <source>No decision has this id.</source>
        <translation>Немає рішення з таким ідентифікатором.</translation>
    </message>
    <message>
        <source>Both ids name the same object.</source>
        <translation>Обидва ідентифікатори вказують на той самий об’єкт.</translation>
    </message>
    <message>
        <source>An object merged into another is found under the one it was merged into.</source>
        <translation>Об’єкт, об’єднаний з іншим, знаходиться під тим, з яким його об’єднали.</translation>
    </message>
    <message>
        <source>One of these objects was deleted.</source>
        <translation>Один із цих об’єктів видалено.</translation>
    </message>
    <message>
        <source>Restore it first, or choose another object.</source>
        <translation>Спершу відновіть його або виберіть інший об’єкт.</translation>
    </message>
    <message>
        <source>One of these objects is in conflict.</source>
        <translation>Один із цих об’єктів у конфлікті.</translation>
    </message>
    <message>
        <source>Resolve the conflict first (`fieldkit conflicts show ID`).</source>
        <translation>Спершу розв’яжіть конфлікт (`fieldkit conflicts show ID`).</translation>
    </message>
    <message>
        <source>These two objects already have a decision.</source>
        <translation>Щодо цих двох об’єктів уже є рішення.</translation>
    </message>
    <message>
        <source>Undo it first (`fieldkit duplicates undo ID`) to decide again.</source>
        <translation>Спершу скасуйте його (`fieldkit duplicates undo ID`), щоб вирішити знову.</translation>
    </message>
    <message>
        <source>This decision was already undone.</source>
        <translation>Це рішення вже скасовано.</translation>
    </message>
    <message>
        <source>Decide again to record a new decision.</source>
        <translation>Вирішіть знову, щоб записати нове рішення.</translation>
    </message>
    <message>
        <source>More than one decision starts with this id.</source>
        <translation>Більше ніж одне рішення починається з цього ідентифікатора.</translation>
    </message>
    <message>
        <source>No decision or object has this id.</source>
        <translation>Немає ні рішення, ні об’єкта з таким ідентифікатором.</translation>
    </message>
    <message>
        <source>`fieldkit duplicates list --decisions` lists them.</source>
        <translation>`fieldkit duplicates list --decisions` показує їх.</translation>
    </message>
    <message>
        <source>No decision concerns this object.</source>
        <translation>Жодне рішення не стосується цього об’єкта.</translation>
    </message>
    <message>
        <source>Several decisions concern this object.</source>
        <translation>Цього об’єкта стосуються кілька рішень.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s id instead.</source>
        <translation>Натомість вкажіть ідентифікатор рішення.</translation>
    </message>
    <message>
        <source>The merge this decision made has not arrived in this vault yet.</source>
        <translation>Об’єднання, зроблене цим рішенням, ще не надійшло до цього сховища.</translation>
    </message>
    <message>
        <source>Import the bundles that carry it, then undo again.</source>
        <translation>Імпортуйте пакети, що його містять, і скасуйте знову.</translation>
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
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Kind of location</source>
        <translation>Вид місця</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Усередині</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Kind of container</source>
        <translation>Вид контейнера</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Поводження</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Одиниці</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <source>To location</source>
        <translation>До місця</translation>
    </message>
    <message>
        <source>Into container</source>
        <translation>У контейнер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Departed at</source>
        <translation>Вирушило</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Перемістив</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Дозволив</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Розмір команди</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Прийняв</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримані</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Передав</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Передано кому</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Прийняв</translation>
    </message>
    <message>
        <source>Acceptance notes</source>
        <translation>Примітки до прийняття</translation>
    </message>
    <message>
        <source>Object kept</source>
        <translation>Збережений об’єкт</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Інший запис</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причини</translation>
    </message>
    <message>
        <source>Revision of the object kept</source>
        <translation>Редакція збереженого об’єкта</translation>
    </message>
    <message>
        <source>Revision of the other record</source>
        <translation>Редакція іншого запису</translation>
    </message>
    <message>
        <source>Overall photograph</source>
        <translation>Загальна фотографія</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damage report</source>
        <translation>Звіт про пошкодження</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>DAMAGE REPORT</source>
        <translation>ЗВІТ ПРО ПОШКОДЖЕННЯ</translation>
    </message>
    <message>
        <source>no inventory number</source>
        <translation>без інвентарного номера</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Object not in this vault</source>
        <translation>Предмета немає в цьому сховищі</translation>
    </message>
    <message>
        <source>site not recorded</source>
        <translation>об’єкт не зазначено</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Об’єкт: {site}</translation>
    </message>
    <message>
        <source>No photograph</source>
        <translation>Немає фотографії</translation>
    </message>
    <message>
        <source>No photographs are attached to this damage report.</source>
        <translation>До цього звіту не додано фотографій.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Фотографії</translation>
    </message>
    <message>
        <source>This report has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>Цей звіт має нерозв’язані суперечливі зміни; надруковано автоматичне об’єднання.</translation>
    </message>
    <message>
        <source>Record {id} · revision {revision}</source>
        <translation>Запис {id} · редакція {revision}</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>Список евакуації та інвентаризації</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Упаковано</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>Інв. №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Відправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>received</source>
        <translation>отримано</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>БРАКУЄ</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>зайве</translation>
    </message>
    <message>
        <source>received, not in its container</source>
        <translation>отримано, не у своєму контейнері</translation>
    </message>
    <message>
        <source>Inventory no. / code</source>
        <translation>Інв. № / код</translation>
    </message>
    <message>
        <source>In</source>
        <translation>У</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(немає в цьому сховищі)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n одиниця</numerusform>
            <numerusform>%n одиниці</numerusform>
            <numerusform>%n одиниць</numerusform>
        </translation>
    </message>
    <message>
        <source>{role}:  name {line}   signature {line}   date {date}</source>
        <translation>{role}:  ім’я {line}   підпис {line}   дата {date}</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>у дорозі</translation>
    </message>
    <message>
        <source>{title} — {code}</source>
        <translation>{title} — {code}</translation>
    </message>
    <message>
        <source>{kind} · {items} · to travel inside it</source>
        <translation>{kind} · {items} · вкласти всередину</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Зараз у</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Упакував</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Перевірив</translation>
    </message>
    <message>
        <source>{state} · {reason} · movement {id}</source>
        <translation>{state} · {reason} · переміщення {id}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Expected {expected} · received {received} · missing {missing} · extra {extra}</source>
        <translation>Очікувано {expected} · отримано {received} · бракує {missing} · зайвих {extra}</translation>
    </message>
    <message numerus="yes">
        <source>In transit: %n item(s) expected</source>
        <translation>
            <numerusform>У дорозі: очікується %n одиниця</numerusform>
            <numerusform>У дорозі: очікуються %n одиниці</numerusform>
            <numerusform>У дорозі: очікується %n одиниць</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Відправив</translation>
    </message>
    <message>
        <source>{objects} in {containers}</source>
        <translation>{objects}, упаковані в {containers}</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n контейнер</numerusform>
            <numerusform>%n контейнери</numerusform>
            <numerusform>%n контейнерів</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission no. {number} · {institution}</source>
        <translation>Дозвіл № {number} · {institution}</translation>
    </message>
    <message>
        <source>The persons named below are authorised to remove the objects listed from the premises of the institution and to take them to the destination stated.</source>
        <translation>Особам, зазначеним нижче, дозволено вивезти перелічені предмети з приміщень установи та доставити їх до вказаного місця призначення.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Authorised by (custodian)</source>
        <translation>Дозволив (зберігач)</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Керівник групи</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Кількість осіб</translation>
    </message>
    <message>
        <source>Number of objects</source>
        <translation>Кількість предметів</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>Місце відправлення</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Дата відправлення</translation>
    </message>
    <message>
        <source>Time of departure</source>
        <translation>Час відправлення</translation>
    </message>
    <message>
        <source>Destination (with coordinates)</source>
        <translation>Місце призначення (з координатами)</translation>
    </message>
    <message>
        <source>Custodian (authorising)</source>
        <translation>Зберігач (надає дозвіл)</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Приймальник</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint}</source>
        <translation>відбиток {fingerprint}</translation>
    </message>
    <message>
        <source>Custody transfer {id}</source>
        <translation>Передача на зберігання {id}</translation>
    </message>
    <message>
        <source>Accepted: signed by both parties&apos; keys</source>
        <translation>Прийнято: підписано ключами обох сторін</translation>
    </message>
    <message>
        <source>Not yet accepted by the receiver</source>
        <translation>Отримувач ще не прийняв</translation>
    </message>
    <message>
        <source>Accepted by (key)</source>
        <translation>Прийняв (ключ)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Last damage</source>
        <translation>Останнє пошкодження</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>без фото</translation>
    </message>
    <message>
        <source>status {values}</source>
        <translation>статус {values}</translation>
    </message>
    <message>
        <source>salvage priority {values}</source>
        <translation>пріоритет порятунку {values}</translation>
    </message>
    <message>
        <source>Filters: none (every object in the vault).</source>
        <translation>Фільтри: немає (усі предмети сховища).</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>Фільтри: {filters}.</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields (titles, types) are not scrubbed of place names.</source>
        <translation>Місця пропущено; вільні поля (назви, типи) не очищено від назв місць.</translation>
    </message>
    <message>
        <source>priority {number}: {count}</source>
        <translation>пріоритет {number}: {count}</translation>
    </message>
    <message>
        <source>not set: {count}</source>
        <translation>не вказано: {count}</translation>
    </message>
    <message>
        <source>with a photograph: {count}</source>
        <translation>з фотографією: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n предмет</numerusform>
            <numerusform>%n предмети</numerusform>
            <numerusform>%n предметів</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvage priority: {meanings}.</source>
        <translation>Пріоритет порятунку: {meanings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n установа</numerusform>
            <numerusform>%n установи</numerusform>
            <numerusform>%n установ</numerusform>
        </translation>
    </message>
    <message>
        <source>institution not recorded</source>
        <translation>установу не зазначено</translation>
    </message>
    <message>
        <source>(unnamed vault)</source>
        <translation>(сховище без назви)</translation>
    </message>
    <message>
        <source>Prepared by {vault} on {date} · identity {fingerprint}</source>
        <translation>Підготовлено: {vault}, {date} · ідентичність {fingerprint}</translation>
    </message>
    <message>
        <source>Total: {totals}</source>
        <translation>Разом: {totals}</translation>
    </message>
    <message>
        <source>No object matches these filters.</source>
        <translation>Жоден предмет не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>Packed: ________ of {count}</source>
        <translation>Упаковано: ________ з {count}</translation>
    </message>
    <message>
        <source>Checked by: {line}    Date: {date}    Signature: {line}</source>
        <translation>Перевірив: {line}    Дата: {date}    Підпис: {line}</translation>
    </message>
    <message>
        <source>printed {date} by FieldKit {version}, no vault opened</source>
        <translation>надруковано {date} у FieldKit {version}, сховище не відкрито</translation>
    </message>
    <message>
        <source>printed {date} from vault {vault}, identity {fingerprint}</source>
        <translation>надруковано {date} зі сховища {vault}, ідентичність {fingerprint}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>сторінка {number} з {total}</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (продовження)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>OBJECT ID</source>
        <translation>OBJECT ID</translation>
    </message>
    <message>
        <source>No photograph of this object is recorded</source>
        <translation>Фотографію цього предмета не записано</translation>
    </message>
    <message numerus="yes">
        <source>%n more photograph(s) are recorded in the vault.</source>
        <translation>
            <numerusform>Ще %n фотографію записано у сховищі.</numerusform>
            <numerusform>Ще %n фотографії записано у сховищі.</numerusform>
            <numerusform>Ще %n фотографій записано у сховищі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Object ID complete: {done} of {total} — the {categories} Object ID categories and an overall photograph are recorded.</source>
        <translation>Object ID повний: {done} з {total} — записано {categories} категорій Object ID і загальну фотографію.</translation>
    </message>
    <message>
        <source>Object ID incomplete: {done} of {total} — missing: {names}.</source>
        <translation>Object ID неповний: {done} з {total} — бракує: {names}.</translation>
    </message>
    <message>
        <source>This record has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>Цей запис має нерозв’язані суперечливі зміни; надруковано автоматичне об’єднання.</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Інші відомості</translation>
    </message>
    <message>
        <source>Bundle verification certificate</source>
        <translation>Сертифікат перевірки пакета</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>довірений</translation>
    </message>
    <message>
        <source>trusted (the verifying vault&apos;s own key)</source>
        <translation>довірений (власний ключ сховища, що перевіряє)</translation>
    </message>
    <message>
        <source>not trusted: the key is not in the trust store and no --trust card matches</source>
        <translation>не довірений: ключа немає у сховищі довіри і жодна картка --trust не збігається</translation>
    </message>
    <message>
        <source>unknown: no key to check the signature with was available</source>
        <translation>невідомий: не було ключа для перевірки підпису</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>ВІДКЛИКАНО</translation>
    </message>
    <message>
        <source>NOT VALID: this bundle failed verification</source>
        <translation>НЕДІЙСНИЙ: пакет не пройшов перевірку</translation>
    </message>
    <message>
        <source>VALID: complete, untampered, and signed by a trusted key</source>
        <translation>ДІЙСНИЙ: повний, незмінений і підписаний довіреним ключем</translation>
    </message>
    <message>
        <source>VALID, BUT THE SIGNER IS NOT TRUSTED: intact, signed by an untrusted or unknown key</source>
        <translation>ДІЙСНИЙ, АЛЕ ПІДПИСАНТ НЕ ДОВІРЕНИЙ: цілий, підписаний недовіреним або невідомим ключем</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читається</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байтів</translation>
    </message>
    <message>
        <source>the identity card given with --trust ({file})</source>
        <translation>картка ідентичності, передана з --trust ({file})</translation>
    </message>
    <message>
        <source>the minisign public key given with --trust ({file})</source>
        <translation>відкритий ключ minisign, переданий з --trust ({file})</translation>
    </message>
    <message>
        <source>the verifying vault&apos;s own identity</source>
        <translation>власна ідентичність сховища, що перевіряє</translation>
    </message>
    <message>
        <source>the trust store of the verifying vault</source>
        <translation>сховище довіри сховища, що перевіряє</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <translation>зовнішній підпис перевірено, він дійсний</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>зовнішній підпис перевірено, він НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>the outer signature could not be checked: the signer&apos;s key is not known here</source>
        <translation>зовнішній підпис не вдалося перевірити: ключ підписанта тут невідомий</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>зовнішній підпис не перевірено</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked; {signature}.</source>
        <translation>Структуру, повноту й незмінність перевірено; {signature}.</translation>
    </message>
    <message>
        <source>Inspected.</source>
        <translation>Оглянуто.</translation>
    </message>
    <message>
        <source>Inspected: {counts}.</source>
        <translation>Оглянуто: {counts}.</translation>
    </message>
    <message>
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it with --vault).</source>
        <translation>Зашифрований вміст не оглянуто: ключа одержувача не надано (одержувач може оглянути його з --vault).</translation>
    </message>
    <message>
        <source>Not inspected: the content is only inspected once the outside is valid.</source>
        <translation>Не оглянуто: вміст оглядають лише тоді, коли зовнішня частина дійсна.</translation>
    </message>
    <message>
        <source>Not inspected: the signer&apos;s key is not known, so the content could not be trusted.</source>
        <translation>Не оглянуто: ключ підписанта невідомий, тож вмісту не можна довіряти.</translation>
    </message>
    <message>
        <source>VERIFICATION CERTIFICATE</source>
        <translation>СЕРТИФІКАТ ПЕРЕВІРКИ</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Розмір файлу</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 файлу</translation>
    </message>
    <message>
        <source>not computed (the file cannot be read)</source>
        <translation>не обчислено (файл не читається)</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Ідентифікатор пакета</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>зашифрований</translation>
    </message>
    <message>
        <source>plain (not encrypted)</source>
        <translation>відкритий (не зашифрований)</translation>
    </message>
    <message>
        <source>Stream, epoch, sequence</source>
        <translation>Потік, епоха, послідовність</translation>
    </message>
    <message>
        <source>{stream} · epoch {epoch} · sequence {sequence}</source>
        <translation>{stream} · епоха {epoch} · послідовність {sequence}</translation>
    </message>
    <message>
        <source>{name} (from {source})</source>
        <translation>{name} (з {source})</translation>
    </message>
    <message>
        <source>Not named: the signer is in no trust store used here and no --trust card names them. A name written inside a bundle is only the sender&apos;s claim and is not printed.</source>
        <translation>Без імені: підписанта немає в жодному використаному тут сховищі довіри, і жодна картка --trust його не називає. Ім’я всередині пакета — лише твердження відправника, його не друкують.</translation>
    </message>
    <message>
        <source>The signer</source>
        <translation>Підписант</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Minisign key id</source>
        <translation>Ідентифікатор ключа minisign</translation>
    </message>
    <message>
        <source>Minisign public key</source>
        <translation>Відкритий ключ minisign</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Довіра</translation>
    </message>
    <message>
        <source>Outer signature</source>
        <translation>Зовнішній підпис</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>дійсний</translation>
    </message>
    <message>
        <source>not valid or not checked (see the problems below)</source>
        <translation>недійсний або не перевірений (див. проблеми нижче)</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Що перевірено</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Перевірено файлів</translation>
    </message>
    <message>
        <source>Bytes checked</source>
        <translation>Перевірено байтів</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <source>Problem {number}</source>
        <translation>Проблема {number}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Виявлені проблеми</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>невідомій системі</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, with the vault {vault} (identity {fingerprint})</source>
        <translation>FieldKit {version} на {system}, зі сховищем {vault} (ідентичність {fingerprint})</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, no vault opened</source>
        <translation>FieldKit {version} на {system}, сховище не відкрито</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Час перевірки</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Trusted keys given (--trust)</source>
        <translation>Передані довірені ключі (--trust)</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools: unzip the .fkb file, then bagit.py --validate &lt;bundle id&gt; and minisign -Vm &lt;bundle id&gt;/tagmanifest-sha256.txt -p &lt;signer&apos;s key&gt;.pub.</source>
        <translation>Будь-хто може повторити зовнішні перевірки стандартними засобами: розпакуйте файл .fkb, потім bagit.py --validate &lt;bundle id&gt; і minisign -Vm &lt;bundle id&gt;/tagmanifest-sha256.txt -p &lt;signer&apos;s key&gt;.pub.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>In place</source>
        <translation>На місці</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>У фондосховищі</translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation>Евакуйовано</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Видано тимчасово</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Зниклий</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Викрадений</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Знищений</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Збройний конфлікт</translation>
    </message>
    <message>
        <source>Looting</source>
        <translation>Мародерство</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Вандалізм</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Пожежа</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Повінь</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>Землетрус</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Буря</translation>
    </message>
    <message>
        <source>Structural failure</source>
        <translation>Руйнування конструкцій</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Занедбаність</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Physical forces</source>
        <translation>Фізичні сили</translation>
    </message>
    <message>
        <source>Thieves and vandals</source>
        <translation>Злодії та вандали</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <source>Pests</source>
        <translation>Шкідники</translation>
    </message>
    <message>
        <source>Pollutants</source>
        <translation>Забруднювачі</translation>
    </message>
    <message>
        <source>Light, UV and IR</source>
        <translation>Світло, ультрафіолет та інфрачервоне випромінювання</translation>
    </message>
    <message>
        <source>Incorrect temperature</source>
        <translation>Неправильна температура</translation>
    </message>
    <message>
        <source>Incorrect relative humidity</source>
        <translation>Неправильна відносна вологість</translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation>Дисоціація</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Розлам</translation>
    </message>
    <message>
        <source>Loss of parts</source>
        <translation>Втрата частин</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>Деформація</translation>
    </message>
    <message>
        <source>Cracking</source>
        <translation>Розтріскування</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Опік</translation>
    </message>
    <message>
        <source>Soot</source>
        <translation>Кіптява</translation>
    </message>
    <message>
        <source>Water stain</source>
        <translation>Пляма від води</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Пліснява</translation>
    </message>
    <message>
        <source>Corrosion</source>
        <translation>Корозія</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Стирання</translation>
    </message>
    <message>
        <source>Bullet or shrapnel impact</source>
        <translation>Слід кулі або уламка</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначне</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Помірне</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тяжке</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Локальне</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Часткове</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>Значне</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Повне</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Імовірно</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Можливо</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Негайна</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Середня</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>Загальний вигляд</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Деталь</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Напис</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>With scale</source>
        <translation>Зі шкалою</translation>
    </message>
    <message>
        <source>1 – save first</source>
        <translation>1 – рятувати першим</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – висока</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – середня</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – низька</translation>
    </message>
</context>
</TS>
