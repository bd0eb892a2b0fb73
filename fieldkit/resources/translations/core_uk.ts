<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>archive</name>
    <message>
        <source>bundles</source>
        <translation>пакети</translation>
    </message>
    <message>
        <source>records</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>редакції</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>конфлікти</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>фотографії</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>у черзі</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>невдалі</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>у карантині</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відхилені</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>об’єднано</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>повторна спроба</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>object</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>звіт про пошкодження</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>container</source>
        <translation>контейнер</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>переміщення</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>передача</translation>
    </message>
    <message>
        <source>duplicate_decision</source>
        <translation>рішення щодо дублікатів</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>використання: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиційні аргументи</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметри</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показати цю довідку й вийти</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>потрібні такі аргументи: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимий вибір: %(value)r (виберіть з %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нерозпізнані аргументи: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>очікується один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>очікується щонайбільше один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>очікується щонайменше один аргумент</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>очікується аргументів: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>очікується аргументів: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустиме значення %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>не дозволено разом з аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>потрібен один з аргументів %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явний аргумент %r проігноровано</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не вдається відкрити «%(filename)s»: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{label}: {percent}%</source>
        <translation>{label}: {percent}%</translation>
    </message>
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
        <source>--plain and --to do not go together: a plain bundle is for anyone.</source>
        <translation>--plain і --to не поєднуються: незашифрований пакет — для всіх.</translation>
    </message>
    <message>
        <source>Redacted export: locations, coordinates, sites and photo GPS are removed. Free-text fields (descriptions, notes…) are NOT scrubbed: check them for places.</source>
        <translation>Знеособлений експорт: місця, координати, пам’ятки та GPS фото вилучено. Поля довільного тексту (описи, нотатки…) НЕ очищено: перевірте їх на назви місць.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Увага: {text}</translation>
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
        <source>Wrote {file}: {size}, {records}, {photos}, sequence {n}.</source>
        <translation>Записано {file}: {size}, {records}, {photos}, послідовність {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Cancelled while importing {file}: nothing from it or the files after it was kept. Imported completely before it: %n bundle(s).</source>
        <translation>
            <numerusform>Скасовано під час імпорту {file}: нічого з нього й наступних файлів не збережено. Повністю імпортовано перед ним: %n пакет.</numerusform>
            <numerusform>Скасовано під час імпорту {file}: нічого з нього й наступних файлів не збережено. Повністю імпортовано перед ним: %n пакети.</numerusform>
            <numerusform>Скасовано під час імпорту {file}: нічого з нього й наступних файлів не збережено. Повністю імпортовано перед ним: %n пакетів.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (not verified)</source>
        <translation>{name} (не перевірено)</translation>
    </message>
    <message>
        <source>damage report of {date} on {number}</source>
        <translation>звіт про пошкодження від {date} щодо {number}</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number} «{title}»</translation>
    </message>
    <message>
        <source>{record} that you deleted was kept by {person}: it is back.</source>
        <translation>Ви видалили {record}, але версію {person} збережено: запис повернувся.</translation>
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
        <source>{file}: INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer&apos;s key is not known here ({fingerprint}).</source>
        <translation>{file}: ЦІЛИЙ, ПІДПИС НЕ ПЕРЕВІРЕНО: повний і незмінений, але ключ підписанта тут невідомий ({fingerprint}).</translation>
    </message>
    <message>
        <source>{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). Compare the fingerprint with the sender before trusting it.</source>
        <translation>{file}: цілий, але підписаний недовіреним або невідомим ключем ({fingerprint}). Звірте відбиток із відправником, перш ніж довіряти.</translation>
    </message>
    <message>
        <source>{file}: NOT VERIFIED: it was made by a newer FieldKit; update FieldKit.</source>
        <translation>{file}: НЕ ПЕРЕВІРЕНО: його створено новішим FieldKit; оновіть FieldKit.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file}: НЕДІЙСНИЙ.</translation>
    </message>
    <message>
        <source>  Its own card says it is from {who}.</source>
        <translation>  Його власна картка каже, що він від {who}.</translation>
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
        <source>--dry-run goes with `fieldkit move receive`.</source>
        <translation>--dry-run використовується з `fieldkit move receive`.</translation>
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
        <source>fieldkit move cancel takes one movement.</source>
        <translation>fieldkit move cancel приймає одне переміщення.</translation>
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
    <message numerus="yes">
        <source>Note: %n of them recorded destroyed or deleted ({items}); check their status.</source>
        <translation>
            <numerusform>Увага: %n з них записана як знищена або видалена ({items}); перевірте її стан.</numerusform>
            <numerusform>Увага: %n з них записані як знищені або видалені ({items}); перевірте їхній стан.</numerusform>
            <numerusform>Увага: %n з них записані як знищені або видалені ({items}); перевірте їхній стан.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give what arrived (ITEM... as codes, inventory numbers or ids) or --all.</source>
        <translation>Вкажіть, що прибуло (ITEM... — коди, інвентарні номери чи ідентифікатори), або --all.</translation>
    </message>
    <message>
        <source>recorded missing, now received: {item}</source>
        <translation>був записаний як зниклий, тепер отримано: {item}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробний запуск: нічого не записано.</translation>
    </message>
    <message>
        <source>expected {expected}, received {received}, missing {missing}, extra {extra}</source>
        <translation>очікувано {expected}, отримано {received}, зниклих {missing}, зайвих {extra}</translation>
    </message>
    <message>
        <source>missing: {item}</source>
        <translation>зниклий: {item}</translation>
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
        <source>{item}: back at {place}</source>
        <translation>{item}: повернуто до {place}</translation>
    </message>
    <message>
        <source>{item}: no place recorded before this departure</source>
        <translation>{item}: до цього відправлення місце не записано</translation>
    </message>
    <message>
        <source>Departure cancelled: the movement is deleted; its history keeps it.</source>
        <translation>Відправлення скасовано: переміщення видалено; його історія це зберігає.</translation>
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
        <source>{field}: {value}</source>
        <extracomment>Each language&apos;s name in itself, for the language choice (never translated). Plural forms per language, in Qt Linguist&apos;s order. Thousands separators of numbers in displayed text. Digits stay Western in every language, as in the rest of FieldKit&apos;s messages; French writes « 5 001 » (narrow no-break space), Ukrainian « 5 001 » (no-break space), so a count never breaks across two lines. Decimal separators of numbers in displayed text (&quot;2,4 s&quot; in French and Ukrainian). A stored message&apos;s JSON starts with this key, so a plain English reason stored by an older FieldKit (or typed by a person) is never mistaken for one. What separates the items of a DISPLAYED list, per language: (between items, between items that hold commas themselves). Arabic has its own comma «،» and semicolon «؛»; French puts a no-break space before « ; ». ``--json``, the exports (CSV, LIDO, Linked Art) and stored values are contracts and keep &quot;, &quot; and &quot;; &quot; whatever the language. A &quot;Label: value&quot; line of the command line (``object show``, ``move show``, …). French puts a no-break space before the colon (« Statut : Évacué »), as its catalog says once for all.</extracomment>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>одиниці:</translation>
    </message>
    <message>
        <source>MISSING: not found at its last reception</source>
        <translation>ЗНИКЛИЙ: не знайдено під час останнього приймання</translation>
    </message>
    <message>
        <source>in transit to {place}</source>
        <translation>у дорозі до {place}</translation>
    </message>
    <message>
        <source>location: not recorded</source>
        <translation>місце: не записано</translation>
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
    <message numerus="yes">
        <source>contents: %n item(s)</source>
        <translation>
            <numerusform>вміст: %n одиниця</numerusform>
            <numerusform>вміст: %n одиниці</numerusform>
            <numerusform>вміст: %n одиниць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>movements: %n</source>
        <translation>
            <numerusform>переміщення: %n</numerusform>
            <numerusform>переміщення: %n</numerusform>
            <numerusform>переміщень: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>MISSING at this reception</source>
        <translation>ЗНИКЛИЙ під час цього приймання</translation>
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
    <message>
        <source>Bringing the archive up to this version of FieldKit (once): every record&apos;s search is filled again, so numbers and photo captions are found as on a laptop.</source>
        <translation>Оновлення архіву до цієї версії FieldKit (один раз): пошукові дані кожного запису заповнюються знову, щоб числа й підписи до фотографій знаходилися так само, як на ноутбуці.</translation>
    </message>
    <message>
        <source>To decide, open a coordinator&apos;s vault holding both records: fieldkit duplicates decide ID1 ID2 --same|--not-same. The decision reaches the archive in that vault&apos;s next bundle.</source>
        <translation>Щоб ухвалити рішення, відкрийте сховище координатора, що містить обидва записи: fieldkit duplicates decide ID1 ID2 --same|--not-same. Рішення потрапить до архіву з наступним пакетом цього сховища.</translation>
    </message>
    <message>
        <source>Archive schema ready (version {version}).</source>
        <translation>Схема архіву готова (версія {version}).</translation>
    </message>
    <message>
        <source>Versioning: on.</source>
        <translation>Керування версіями: увімкнено.</translation>
    </message>
    <message>
        <source>Versioning: OFF.</source>
        <translation>Керування версіями: ВИМКНЕНО.</translation>
    </message>
    <message>
        <source>Object lock: {mode} mode.</source>
        <translation>Блокування об’єктів (Object Lock): режим {mode}.</translation>
    </message>
    <message>
        <source>Object lock: OFF.</source>
        <translation>Блокування об’єктів (Object Lock): ВИМКНЕНО.</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Увага: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known, {failed} not stored.</source>
        <translation>
            <numerusform>%n пакет поставлено в чергу, {held} у карантині, {known} уже відомі, {failed} не збережено.</numerusform>
            <numerusform>%n пакети поставлено в чергу, {held} у карантині, {known} уже відомі, {failed} не збережено.</numerusform>
            <numerusform>%n пакетів поставлено в чергу, {held} у карантині, {known} уже відомі, {failed} не збережено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued, {held} quarantined, {known} already known.</source>
        <translation>
            <numerusform>%n пакет поставлено в чергу, {held} у карантині, {known} уже відомі.</numerusform>
            <numerusform>%n пакети поставлено в чергу, {held} у карантині, {known} уже відомі.</numerusform>
            <numerusform>%n пакетів поставлено в чергу, {held} у карантині, {known} уже відомі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once you have checked a sender&apos;s fingerprint and trusted their card for every worker host (fieldkit archive trust add CARD.fkid --verified), run `fieldkit archive requeue` to merge their quarantined bundles.</source>
        <translation>Перевіривши відбиток відправника й довірившись його картці для кожного робочого вузла архіву (fieldkit archive trust add CARD.fkid --verified), виконайте `fieldkit archive requeue`, щоб об’єднати його пакети з карантину.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) queued again; {kept} still quarantined.</source>
        <translation>
            <numerusform>%n пакет знову поставлено в чергу; {kept} досі в карантині.</numerusform>
            <numerusform>%n пакети знову поставлено в чергу; {kept} досі в карантині.</numerusform>
            <numerusform>%n пакетів знову поставлено в чергу; {kept} досі в карантині.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted {name} as {role} on every worker host of the archive (each applies it before its next bundle).</source>
        <translation>Довіру до {name} з роллю «{role}» надано на кожному робочому вузлі архіву (кожен застосовує її перед своїм наступним пакетом).</translation>
    </message>
    <message>
        <source>Revoked {name} ({fingerprint}) on every worker host of the archive: bundles signed by this key after the last one merged are quarantined.</source>
        <translation>Відкликано {name} ({fingerprint}) на кожному робочому вузлі архіву: пакети, підписані цим ключем після останнього злитого, потрапляють у карантин.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>відкликано</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) trusted for every worker host.</source>
        <translation>
            <numerusform>%n картка довірена для кожного робочого вузла.</numerusform>
            <numerusform>%n картки довірені для кожного робочого вузла.</numerusform>
            <numerusform>%n карток довірені для кожного робочого вузла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) revoked for every worker host.</source>
        <translation>
            <numerusform>%n ключ відкликано для кожного робочого вузла.</numerusform>
            <numerusform>%n ключі відкликано для кожного робочого вузла.</numerusform>
            <numerusform>%n ключів відкликано для кожного робочого вузла.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {bundle}: {state}: {reason}</source>
        <translation>Пакет {bundle}: {state}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) run.</source>
        <translation>
            <numerusform>Виконано %n завдання.</numerusform>
            <numerusform>Виконано %n завдання.</numerusform>
            <numerusform>Виконано %n завдань.</numerusform>
        </translation>
    </message>
    <message>
        <source>quarantined {bundle}: {reason}</source>
        <translation>у карантині {bundle}: {reason}</translation>
    </message>
    <message>
        <source>failed {bundle}: {reason} (fieldkit archive requeue retries it)</source>
        <translation>невдалий {bundle}: {reason} (fieldkit archive requeue спробує знову)</translation>
    </message>
    <message>
        <source>refused {object} ({size} bytes): {reason}</source>
        <translation>відхилено {object} ({size} байтів): {reason}</translation>
    </message>
    <message>
        <source>Key {key} revoked by {issuer}&apos;s notice.</source>
        <translation>Ключ {key} відкликано повідомленням {issuer}.</translation>
    </message>
    <message>
        <source>Revision {revision} of {record} is dated more than a day ahead of the archive&apos;s clock.</source>
        <translation>Редакцію {revision} запису {record} датовано більш ніж на день наперед від годинника архіву.</translation>
    </message>
    <message>
        <source>(in conflict)</source>
        <translation>(у конфлікті)</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of more than %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>Знайдено понад %n запис; показано перші {shown}; --limit N показує більше.</numerusform>
            <numerusform>Знайдено понад %n записи; показано перші {shown}; --limit N показує більше.</numerusform>
            <numerusform>Знайдено понад %n записів; показано перші {shown}; --limit N показує більше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n records found are listed; --limit N lists more.</source>
        <translation>
            <numerusform>Показано перші {shown} з %n знайденого запису; --limit N показує більше.</numerusform>
            <numerusform>Показано перші {shown} з %n знайдених записів; --limit N показує більше.</numerusform>
            <numerusform>Показано перші {shown} з %n знайдених записів; --limit N показує більше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Знайдено %n запис.</numerusform>
            <numerusform>Знайдено %n записи.</numerusform>
            <numerusform>Знайдено %n записів.</numerusform>
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
        <source>Wrote {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked.</source>
        <translation>
            <numerusform>Перевірено %n пакет.</numerusform>
            <numerusform>Перевірено %n пакети.</numerusform>
            <numerusform>Перевірено %n пакетів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked.</source>
        <translation>
            <numerusform>Перевірено %n фотографію.</numerusform>
            <numerusform>Перевірено %n фотографії.</numerusform>
            <numerusform>Перевірено %n фотографій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n проблема.</numerusform>
            <numerusform>%n проблеми.</numerusform>
            <numerusform>%n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) given their retention now.</source>
        <translation>
            <numerusform>Тепер %n пакет має строк зберігання.</numerusform>
            <numerusform>Тепер %n пакети мають строк зберігання.</numerusform>
            <numerusform>Тепер %n пакетів мають строк зберігання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention (object lock): nothing in the storage prevents their deletion. `fieldkit archive verify --retain` gives them their retention.</source>
        <translation>
            <numerusform>%n злитий пакет лежить без строку зберігання (блокування об’єктів): ніщо в бакеті не перешкоджає його видаленню. `fieldkit archive verify --retain` встановлює йому строк зберігання.</numerusform>
            <numerusform>%n злиті пакети лежать без строку зберігання (блокування об’єктів): ніщо в бакеті не перешкоджає їх видаленню. `fieldkit archive verify --retain` встановлює їм строк зберігання.</numerusform>
            <numerusform>%n злитих пакетів лежить без строку зберігання (блокування об’єктів): ніщо в бакеті не перешкоджає їх видаленню. `fieldkit archive verify --retain` встановлює їм строк зберігання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged bundle(s) stored without retention, because the bucket has no object lock or the retention is 0 days: nothing in the storage prevents their deletion.</source>
        <translation>
            <numerusform>%n злитий пакет лежить без строку зберігання, бо бакет не має блокування об’єктів або строк зберігання — 0 днів: ніщо в бакеті не перешкоджає його видаленню.</numerusform>
            <numerusform>%n злиті пакети лежать без строку зберігання, бо бакет не має блокування об’єктів або строк зберігання — 0 днів: ніщо в бакеті не перешкоджає їх видаленню.</numerusform>
            <numerusform>%n злитих пакетів лежить без строку зберігання, бо бакет не має блокування об’єктів або строк зберігання — 0 днів: ніщо в бакеті не перешкоджає їх видаленню.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--json lists them all).</source>
        <translation>
            <numerusform>… і ще %n (--json показує всі).</numerusform>
            <numerusform>… і ще %n (--json показує всі).</numerusform>
            <numerusform>… і ще %n (--json показує всі).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Index emptied; %n bundle(s) queued again. Merging…</source>
        <translation>
            <numerusform>Індекс очищено; %n пакет знову в черзі. Об’єднання…</numerusform>
            <numerusform>Індекс очищено; %n пакети знову в черзі. Об’єднання…</numerusform>
            <numerusform>Індекс очищено; %n пакетів знову в черзі. Об’єднання…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt: {records} records, {revisions} revisions.</source>
        <translation>Перебудовано: записів — {records}, редакцій — {revisions}.</translation>
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
        <source>Give the fields with --json FILE (or --json - to read standard input).</source>
        <translation>Вкажіть поля через --json FILE (або --json -, щоб читати стандартний ввід).</translation>
    </message>
    <message>
        <source>Added object {label}.</source>
        <translation>Об’єкт {label} додано.</translation>
    </message>
    <message>
        <source>Saved object {label}.</source>
        <translation>Об’єкт {label} збережено.</translation>
    </message>
    <message>
        <source>Restored object {label}.</source>
        <translation>Об’єкт {label} відновлено.</translation>
    </message>
    <message>
        <source>Added damage report {label}.</source>
        <translation>Звіт про пошкодження {label} додано.</translation>
    </message>
    <message>
        <source>Saved damage report {label}.</source>
        <translation>Звіт про пошкодження {label} збережено.</translation>
    </message>
    <message>
        <source>Restored damage report {label}.</source>
        <translation>Звіт про пошкодження {label} відновлено.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n objects now share this inventory number.</source>
        <translation>
            <numerusform>Увага: %n об’єкт тепер має цей інвентарний номер.</numerusform>
            <numerusform>Увага: %n об’єкти тепер мають цей інвентарний номер.</numerusform>
            <numerusform>Увага: %n об’єктів тепер мають цей інвентарний номер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted; its history is kept.</source>
        <translation>Видалено; історію збережено.</translation>
    </message>
    <message>
        <source>{merged} is an object of its own again: its merge into {id} was undone.</source>
        <translation>{merged} знову окремий об’єкт: його злиття з {id} скасовано.</translation>
    </message>
    <message>
        <source>{merged} was merged into {id}: they are the same object.</source>
        <translation>{merged} об’єднано з {id}: це той самий об’єкт.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>(in conflict: see `fieldkit conflicts show`)</source>
        <translation>(у конфлікті: див. `fieldkit conflicts show`)</translation>
    </message>
    <message>
        <source>{shown} (as documented: {documented})</source>
        <translation>{shown} (як задокументовано: {documented})</translation>
    </message>
    <message>
        <source>photo ({role}): {hash}</source>
        <translation>фото ({role}): {hash}</translation>
    </message>
    <message>
        <source>Object ID missing: {fields}</source>
        <translation>Бракує в Object ID: {fields}</translation>
    </message>
    <message>
        <source>Object ID: complete</source>
        <translation>Object ID: повний</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>Історія (спершу найстаріше):</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>НЕДІЙСНИЙ ПІДПИС</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>підписано</translation>
    </message>
    <message>
        <source>unverified author</source>
        <translation>неперевірений автор</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>(history incomplete: an earlier version has not arrived yet)</source>
        <translation>(історія неповна: попередня версія ще не надійшла)</translation>
    </message>
    <message>
        <source>(dated ahead of this computer&apos;s clock)</source>
        <translation>(датовано пізніше, ніж показує годинник цього комп’ютера)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>повний</translation>
    </message>
    <message>
        <source>missing {count}</source>
        <translation>бракує {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s).</source>
        <translation>
            <numerusform>%n об’єкт.</numerusform>
            <numerusform>%n об’єкти.</numerusform>
            <numerusform>%n об’єктів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s).</source>
        <translation>
            <numerusform>%n звіт про пошкодження.</numerusform>
            <numerusform>%n звіти про пошкодження.</numerusform>
            <numerusform>%n звітів про пошкодження.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop app is not part of this FieldKit version yet; use the commands listed by `fieldkit --help`.</source>
        <translation>Застосунку ще немає в цій версії FieldKit; використовуйте команди з `fieldkit --help`.</translation>
    </message>
    <message>
        <source>not a whole number: {value}</source>
        <translation>не ціле число: {value}</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>має бути щонайменше 1</translation>
    </message>
    <message>
        <source>--verify checks the whole log; --limit and --action only apply to listing.</source>
        <translation>--verify перевіряє весь журнал; --limit і --action діють лише на перелік.</translation>
    </message>
    <message>
        <source>No audit events.</source>
        <translation>Немає подій аудиту.</translation>
    </message>
    <message>
        <source>No {action} events.</source>
        <translation>Немає подій {action}.</translation>
    </message>
    <message>
        <source>Audit log intact: {count} events, head {head}.</source>
        <translation>Журнал аудиту цілий: подій — {count}, голова {head}.</translation>
    </message>
    <message>
        <source>The audit log is NOT intact (problems: {count}): it was altered outside FieldKit. Keep this vault as evidence and compare it with a backup.</source>
        <translation>Журнал аудиту НЕ цілий (проблем: {count}): його змінено поза FieldKit. Збережіть це сховище як доказ і порівняйте з резервною копією.</translation>
    </message>
    <message>
        <source>needs a person ({reason})</source>
        <translation>потрібна людина ({reason})</translation>
    </message>
    <message>
        <source>disputed: {fields}</source>
        <translation>спірні: {fields}</translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation>об’єднується без конфлікту</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n версія</numerusform>
            <numerusform>%n версії</numerusform>
            <numerusform>%n версій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation>
            <numerusform>%n запис у конфлікті.</numerusform>
            <numerusform>%n записи в конфлікті.</numerusform>
            <numerusform>%n записів у конфлікті.</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>ви</translation>
    </message>
    <message>
        <source>version {revision} by {who}</source>
        <translation>версія {revision} від {who}</translation>
    </message>
    <message>
        <source>(winner)</source>
        <translation>(переможна)</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>ВИДАЛЕНО</translation>
    </message>
    <message>
        <source>Needs a person: {reason}.</source>
        <translation>Потрібна людина: {reason}.</translation>
    </message>
    <message>
        <source>Resolved: merge revision {revision} written.</source>
        <translation>Розв’язано: записано редакцію об’єднання {revision}.</translation>
    </message>
    <message>
        <source>Created the demo vault in {path} (passphrase: {passphrase}).</source>
        <translation>Демонстраційне сховище створено в {path} (парольна фраза: {passphrase}).</translation>
    </message>
    <message>
        <source>Opened the demo vault in {path} (passphrase: {passphrase}).</source>
        <translation>Демонстраційне сховище відкрито в {path} (парольна фраза: {passphrase}).</translation>
    </message>
    <message>
        <source>Generated {objects} objects ({incomplete} with incomplete Object ID), {damage} damage reports, {sites} site reports and {photos} photos in {seconds} s ({rate} records/s).</source>
        <translation>Створено за {seconds} с ({rate} записів/с): об’єктів: {objects} (з неповним Object ID: {incomplete}), звітів про пошкодження: {damage}, звітів про пам’ятки: {sites}, фото: {photos}.</translation>
    </message>
    <message>
        <source>It holds {objects} objects, {damage} damage reports, {sites} site reports and {photos} photos (--objects applies only when the demo vault is created).</source>
        <translation>Містить: об’єктів: {objects}, звітів про пошкодження: {damage}, звітів про пам’ятки: {sites}, фото: {photos} (--objects діє лише під час створення демонстраційного сховища).</translation>
    </message>
    <message>
        <source>It holds {objects} objects, {damage} damage reports, {sites} site reports and {photos} photos.</source>
        <translation>Містить: об’єктів: {objects}, звітів про пошкодження: {damage}, звітів про пам’ятки: {sites}, фото: {photos}.</translation>
    </message>
    <message>
        <source>Its collection was interrupted while being generated: delete the folder and run `fieldkit demo` again for a complete one.</source>
        <translation>Створення колекції було перервано: видаліть теку й знову запустіть `fieldkit demo`, щоб отримати повну.</translation>
    </message>
    <message>
        <source>The desktop app arrives in a later version; nothing more to open for now.</source>
        <translation>Застосунок з’явиться в наступній версії; поки більше нічого відкрити.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n об’єкт</numerusform>
            <numerusform>%n об’єкти</numerusform>
            <numerusform>%n об’єктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s)</source>
        <translation>
            <numerusform>%n звіт про пошкодження</numerusform>
            <numerusform>%n звіти про пошкодження</numerusform>
            <numerusform>%n звітів про пошкодження</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in {folder}</source>
        <translation>
            <numerusform>%n фото в {folder}</numerusform>
            <numerusform>%n фото в {folder}</numerusform>
            <numerusform>%n фото в {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file} ({format}): {parts}.</source>
        <translation>Записано {file} ({format}): {parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge (`fieldkit conflicts list` shows them).</source>
        <translation>
            <numerusform>%n об’єкт у конфлікті: експортовано як автоматичне об’єднання (`fieldkit conflicts list` їх показує).</numerusform>
            <numerusform>%n об’єкти в конфлікті: експортовано як автоматичне об’єднання (`fieldkit conflicts list` їх показує).</numerusform>
            <numerusform>%n об’єктів у конфлікті: експортовано як автоматичне об’єднання (`fieldkit conflicts list` їх показує).</numerusform>
        </translation>
    </message>
    <message>
        <source>(key id {id})</source>
        <translation>(ідентифікатор ключа {id})</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Організація:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <source>Minisign public key:</source>
        <translation>Відкритий ключ minisign:</translation>
    </message>
    <message>
        <source>Age recipient:</source>
        <translation>Одержувач age:</translation>
    </message>
    <message>
        <source>Identity card written to {path}.</source>
        <translation>Ідентифікаційну картку записано в {path}.</translation>
    </message>
    <message>
        <source>Minisign public key written to {path}.</source>
        <translation>Відкритий ключ minisign записано в {path}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}. Read it to whoever imports your card (in person or by phone) so they can check it.</source>
        <translation>Відбиток: {fingerprint}. Прочитайте його тому, хто імпортує вашу картку (особисто або телефоном), щоб він міг перевірити.</translation>
    </message>
    <message>
        <source>--no-passphrase was given together with a passphrase for the exported key.</source>
        <translation>--no-passphrase задано разом з парольною фразою для експортованого ключа.</translation>
    </message>
    <message>
        <source>No passphrase for the exported key was given and there is no terminal to ask for one.</source>
        <translation>Парольну фразу для експортованого ключа не задано, і немає термінала, щоб її запитати.</translation>
    </message>
    <message>
        <source>Use --key-passphrase-file FILE, set {variable}, or add --no-passphrase.</source>
        <translation>Використайте --key-passphrase-file FILE, задайте {variable} або додайте --no-passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ; no key was written.</source>
        <translation>Дві парольні фрази різні; ключ не записано.</translation>
    </message>
    <message>
        <source>The transport key was written to {path}, protected by the passphrase you gave. Stock age opens files sent to {recipient} with `age -d -i {path} FILE` (it asks for that passphrase).</source>
        <translation>Транспортний ключ записано в {path}, захищений вказаною парольною фразою. Інструмент age відкриває файли, надіслані {recipient}, командою `age -d -i {path} FILE` (він запитає цю фразу).</translation>
    </message>
    <message>
        <source>Warning: {path} holds the transport secret key UNPROTECTED: anyone who copies it can read bundles sent to this vault. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>Увага: {path} містить секретний транспортний ключ БЕЗ ЗАХИСТУ (UNPROTECTED): будь-хто, хто його скопіює, прочитає пакети для цього сховища. Тримайте його на зашифрованому диску й видаліть, коли він більше не потрібен.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>етикетки</translation>
    </message>
    <message>
        <source>packing list</source>
        <translation>пакувальний лист</translation>
    </message>
    <message>
        <source>movement form</source>
        <translation>бланк переміщення</translation>
    </message>
    <message>
        <source>handover certificate</source>
        <translation>акт передачі</translation>
    </message>
    <message>
        <source>evacuation permission</source>
        <translation>дозвіл на евакуацію</translation>
    </message>
    <message numerus="yes">
        <source>{document}, %n item(s)</source>
        <translation>
            <numerusform>{document}, %n одиниця</numerusform>
            <numerusform>{document}, %n одиниці</numerusform>
            <numerusform>{document}, %n одиниць</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Примітка: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: {what}, %n page(s).</source>
        <translation>
            <numerusform>Записано {file}: {what}, %n сторінка.</numerusform>
            <numerusform>Записано {file}: {what}, %n сторінки.</numerusform>
            <numerusform>Записано {file}: {what}, %n сторінок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Object ID sheet(s)</source>
        <translation>
            <numerusform>%n аркуш Object ID</numerusform>
            <numerusform>%n аркуші Object ID</numerusform>
            <numerusform>%n аркушів Object ID</numerusform>
        </translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>звіт про пошкодження</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields are not scrubbed of place names.</source>
        <translation>Місця пропущено; з полів довільного тексту назви місць не вилучено.</translation>
    </message>
    <message>
        <source>verification certificate</source>
        <translation>сертифікат перевірки</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a rate like 200k or 1M (bytes per second).</source>
        <translation>«{value}» — не швидкість на кшталт 200k або 1M (байтів за секунду).</translation>
    </message>
    <message>
        <source>A bandwidth limit is at least 1k (bytes per second).</source>
        <translation>Обмеження швидкості — щонайменше 1k (байтів за секунду).</translation>
    </message>
    <message>
        <source>--to goes with `fieldkit sync target add NAME PATH`.</source>
        <translation>--to використовується з `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>{option} goes with `fieldkit sync target add NAME s3://BUCKET/PREFIX`.</source>
        <translation>{option} використовується з `fieldkit sync target add NAME s3://BUCKET/PREFIX`.</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Використання: {usage}</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; is {path}.</source>
        <translation>Ціль синхронізації «{name}» — {path}.</translation>
    </message>
    <message>
        <source>Bundles there go to: {recipients}.</source>
        <translation>Пакети там призначені: {recipients}.</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; removed; nothing on it was touched.</source>
        <translation>Ціль синхронізації «{name}» вилучено; на ній нічого не зачеплено.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit delivered there stay on it; delete them by hand once their recipients have them.</source>
        <translation>
            <numerusform>%n пакет, доставлений туди FieldKit, лишається там; видаліть його вручну, коли одержувачі його отримають.</numerusform>
            <numerusform>%n пакети, доставлені туди FieldKit, лишаються там; видаліть їх вручну, коли одержувачі їх отримають.</numerusform>
            <numerusform>%n пакетів, доставлених туди FieldKit, лишаються там; видаліть їх вручну, коли одержувачі їх отримають.</numerusform>
        </translation>
    </message>
    <message>
        <source>An S3 target needs its endpoint: `fieldkit sync target add {name} {url} --endpoint URL`.</source>
        <translation>Ціль S3 потребує кінцевої точки: `fieldkit sync target add {name} {url} --endpoint URL`.</translation>
    </message>
    <message>
        <source>Sync target &apos;{name}&apos; is {path} on {endpoint}.</source>
        <translation>Ціль синхронізації «{name}» — {path} на {endpoint}.</translation>
    </message>
    <message>
        <source>Its credentials are kept only inside this vault (encrypted).</source>
        <translation>Її облікові дані зберігаються лише в цьому сховищі (зашифровано).</translation>
    </message>
    <message>
        <source>Note: {problem}; the target is kept, and synced when it answers.</source>
        <translation>Примітка: {problem}; ціль збережено, її синхронізують, коли вона відповість.</translation>
    </message>
    <message>
        <source>No sync target yet; add one with `fieldkit sync target add NAME PATH`.</source>
        <translation>Цілей синхронізації ще немає; додайте ціль через `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>Note: {name} ({fingerprint}…) is not in your trust store: their bundles will be quarantined until you trust their card.</source>
        <translation>Примітка: {name} ({fingerprint}…) немає серед ваших довірених: його пакети буде поміщено в карантин, доки ви не довіритеся його картці.</translation>
    </message>
    <message>
        <source>every verified coordinator</source>
        <translation>кожен перевірений координатор</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>доступна</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>недоступна</translation>
    </message>
    <message>
        <source>{place} on {endpoint}</source>
        <translation>{place} на {endpoint}</translation>
    </message>
    <message>
        <source>bundles waiting: {waiting}, awaiting acknowledgement: {awaiting}, quarantined: {quarantined}</source>
        <translation>пакетів в очікуванні: {waiting}, чекають підтвердження: {awaiting}, у карантині: {quarantined}</translation>
    </message>
    <message>
        <source>not yet sent: {revisions}, {photos} (the next sync exports them)</source>
        <translation>ще не надіслано: {revisions}, {photos} (наступна синхронізація їх експортує)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n редакція</numerusform>
            <numerusform>%n редакції</numerusform>
            <numerusform>%n редакцій</numerusform>
        </translation>
    </message>
    <message>
        <source>bytes pending: {size}</source>
        <translation>байтів в очікуванні: {size}</translation>
    </message>
    <message>
        <source>last push: {push}, last pull: {pull}</source>
        <translation>останнє надсилання: {push}, останнє отримання: {pull}</translation>
    </message>
    <message>
        <source>quarantine: {text}</source>
        <translation>карантин: {text}</translation>
    </message>
    <message>
        <source>last problem: {text}</source>
        <translation>остання проблема: {text}</translation>
    </message>
    <message>
        <source>Nothing is quarantined.</source>
        <translation>У карантині нічого немає.</translation>
    </message>
    <message>
        <source>{target}: sent {sent} bundle(s) ({exported} new, {revisions} revision(s)); imported {imported} bundle(s) with {new} new revision(s); {acknowledged} acknowledged, {removed} removed from the target; {waiting} waiting.</source>
        <translation>{target}: надіслано пакетів: {sent} (нових: {exported}, редакцій: {revisions}); імпортовано пакетів: {imported}, нових редакцій: {new}; підтверджено: {acknowledged}, вилучено з цілі: {removed}; в очікуванні: {waiting}.</translation>
    </message>
    <message>
        <source>quarantined {file}: {reason}</source>
        <translation>у карантин {file}: {reason}</translation>
    </message>
    <message>
        <source>No sync target is set up; add one with `fieldkit sync target add NAME PATH`.</source>
        <translation>Жодної цілі синхронізації не налаштовано; додайте ціль через `fieldkit sync target add NAME PATH`.</translation>
    </message>
    <message>
        <source>No sync target is reachable right now; bundles wait in the outbox.</source>
        <translation>Жодна ціль синхронізації зараз недоступна; пакети чекають у вихідних.</translation>
    </message>
    <message>
        <source>Warning: you now trust more than one card named like {name}: this one (fingerprint {fingerprint}…) and {others}. Make sure each is who you think, and rename one with --name so they cannot be mixed up.</source>
        <translation>Увага: ви тепер довіряєте кільком карткам з назвою, схожою на {name}: цій (відбиток {fingerprint}…) та {others}. Переконайтеся, що кожна — саме та, і перейменуйте одну через --name, щоб їх не сплутати.</translation>
    </message>
    <message>
        <source>(the card says {name})</source>
        <translation>(картка каже {name})</translation>
    </message>
    <message>
        <source>(the role its card claims)</source>
        <translation>(роль, яку вказує картка)</translation>
    </message>
    <message>
        <source>Trusted {name}{claim} as {role}{claimed_role}.</source>
        <translation>Довіру надано {name}{claim} у ролі {role}{claimed_role}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Відбиток: {fingerprint}</translation>
    </message>
    <message>
        <source>Marked as verified: you compared this fingerprint with its holder.</source>
        <translation>Позначено як перевірену: ви звірили цей відбиток з його власником.</translation>
    </message>
    <message>
        <source>Not verified yet: compare the fingerprint above aloud with its holder (in person or by phone; they see theirs with `fieldkit identity show`), then run this again with --verified.</source>
        <translation>Ще не перевірено: звірте вголос відбиток вище з його власником (особисто або телефоном; він бачить свій через `fieldkit identity show`), потім запустіть це знову з --verified.</translation>
    </message>
    <message>
        <source>Until then it does not receive bundles unless you name it with `export --to`.</source>
        <translation>До того часу вона не отримує пакетів, якщо ви не вкажете її через `export --to`.</translation>
    </message>
    <message>
        <source>This vault trusts no keys yet: add a card with `fieldkit trust add FILE.fkid`.</source>
        <translation>Це сховище ще не довіряє жодному ключу: додайте картку через `fieldkit trust add FILE.fkid`.</translation>
    </message>
    <message>
        <source>Some trusted cards have the same name (or names that look the same): tell them apart by fingerprint, and rename one with `fieldkit trust add CARD.fkid --name NAME`.</source>
        <translation>Деякі довірені картки мають однакову назву (або схожі назви): розрізняйте їх за відбитком і перейменуйте одну через `fieldkit trust add CARD.fkid --name NAME`.</translation>
    </message>
    <message>
        <source>Unverified coordinators do not receive bundles unless named with `export --to`. To verify one, compare its fingerprint with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.</source>
        <translation>Неперевірені координатори не отримують пакетів, якщо їх не вказано через `export --to`. Щоб перевірити координатора, звірте його відбиток з власником особисто або телефоном (він читає свій через `fieldkit identity show`), потім запустіть `fieldkit trust add CARD.fkid --verified`.</translation>
    </message>
    <message>
        <source>{name} ({fingerprint}) was already revoked on {date}.</source>
        <translation>{name} ({fingerprint}) уже відкликано {date}.</translation>
    </message>
    <message>
        <source>Revoked {name} ({fingerprint}): bundles and revisions signed by this key are no longer accepted.</source>
        <translation>Відкликано {name} ({fingerprint}): пакети й редакції, підписані цим ключем, більше не приймаються.</translation>
    </message>
    <message>
        <source>{label} {percent}%</source>
        <translation>{label} {percent}%</translation>
    </message>
    <message>
        <source>The recovery key was written to {path}: print it, then delete the file.</source>
        <translation>Ключ відновлення записано в {path}: надрукуйте його, потім видаліть файл.</translation>
    </message>
    <message>
        <source>Your recovery key (shown only this once). Write it down or print it and keep it apart from this computer: it opens the vault if the passphrase is forgotten.</source>
        <translation>Ваш ключ відновлення (показано лише цього разу). Запишіть або надрукуйте його й зберігайте окремо від цього комп’ютера: він відкриває сховище, якщо парольну фразу забуто.</translation>
    </message>
    <message>
        <source>Creating the vault (measuring this computer&apos;s speed for the key)…</source>
        <translation>Створення сховища (вимірювання швидкості цього комп’ютера для ключа)…</translation>
    </message>
    <message>
        <source>Created a vault in {path} (id {id}).</source>
        <translation>Сховище створено в {path} (ідентифікатор {id}).</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before still open with the old one.</source>
        <translation>Парольну фразу змінено. Давніші резервні копії й далі відкриваються старою.</translation>
    </message>
    <message>
        <source>Re-encrypting the database and every photo with new keys…</source>
        <translation>Перешифрування бази даних і кожного фото новими ключами…</translation>
    </message>
    <message>
        <source>Done: new keys and the new passphrase; the old passphrase and recovery key no longer open this vault. Backups made before keep their old keys and still open with the old passphrase and recovery key: destroy them if those may be compromised.</source>
        <translation>Готово: нові ключі й нова парольна фраза; стара парольна фраза і старий ключ відновлення більше не відкривають це сховище. Резервні копії, зроблені раніше, зберігають старі ключі й досі відкриваються старою парольною фразою та ключем відновлення: знищте їх, якщо ці дані могли бути скомпрометовані.</translation>
    </message>
    <message>
        <source>This vault is already shredded.</source>
        <translation>Це сховище вже знищено.</translation>
    </message>
    <message>
        <source>Shredding needs a typed confirmation and there is no terminal.</source>
        <translation>Знищення потребує введеного підтвердження, а термінала немає.</translation>
    </message>
    <message>
        <source>Add --confirm {word} to destroy the vault&apos;s keys for good.</source>
        <translation>Додайте --confirm {word}, щоб остаточно знищити ключі сховища.</translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {path}. Nobody, not even with the recovery key, will ever read it again.</source>
        <translation>Це знищує ключі сховища в {path}. Ніхто, навіть з ключем відновлення, більше ніколи його не прочитає.</translation>
    </message>
    <message>
        <source>Type {word} to confirm: </source>
        <translation>Введіть {word} для підтвердження: </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was destroyed.</source>
        <translation>Не підтверджено; нічого не знищено.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are destroyed. On SSDs and USB sticks old copies of blocks may survive; full-disk encryption protects against that.</source>
        <translation>Ключі сховища знищено. На SSD і USB-накопичувачах можуть лишитися старі копії блоків; від цього захищає повне шифрування диска.</translation>
    </message>
    <message>
        <source>Backup written to {path} (files: {files}, bytes: {size}). It opens with this vault&apos;s current passphrase and recovery key.</source>
        <translation>Резервну копію записано в {path} (файлів: {files}, байтів: {size}). Вона відкривається поточною парольною фразою й ключем відновлення цього сховища.</translation>
    </message>
    <message>
        <source>The vault is open in another FieldKit window or command: the backup is a consistent snapshot, and is not listed in the vault&apos;s audit log.</source>
        <translation>Сховище відкрите в іншому вікні чи команді FieldKit: резервна копія — узгоджений знімок і не вноситься до журналу аудиту сховища.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault&apos;s media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>%n фото не вдалося зберегти в резервній копії: у теці медіафайлів сховища бракує його файлу. Резервна копія позначає його як відсутнє:</numerusform>
            <numerusform>%n фото не вдалося зберегти в резервній копії: у теці медіафайлів сховища бракує їхніх файлів. Резервна копія позначає їх як відсутні:</numerusform>
            <numerusform>%n фото не вдалося зберегти в резервній копії: у теці медіафайлів сховища бракує їхніх файлів. Резервна копія позначає їх як відсутні:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored into {path}. Its bundles now start a new series, so colleagues can tell them apart from those sent before the backup.</source>
        <translation>Відновлено в {path}. Його пакети тепер починають нову серію, тож колеги відрізнять їх від надісланих до резервної копії.</translation>
    </message>
    <message>
        <source>It has the same identity key as the original: use it INSTEAD of the lost or damaged vault, never both, or colleagues receive two different versions of your work.</source>
        <translation>Воно має той самий ключ ідентичності, що й оригінал: використовуйте його ЗАМІСТЬ втраченого чи пошкодженого сховища, ніколи не обидва, інакше колеги отримають дві різні версії вашої роботи.</translation>
    </message>
    <message numerus="yes">
        <source>The restored vault lacks %n photo(s): the vault had lost their files before this backup was made, and the backup lists them as missing:</source>
        <translation>
            <numerusform>У відновленому сховищі бракує %n фото: сховище втратило його файл ще до створення цієї резервної копії, і резервна копія позначає його як відсутнє:</numerusform>
            <numerusform>У відновленому сховищі бракує %n фото: сховище втратило їхні файли ще до створення цієї резервної копії, і резервна копія позначає їх як відсутні:</numerusform>
            <numerusform>У відновленому сховищі бракує %n фото: сховище втратило їхні файли ще до створення цієї резервної копії, і резервна копія позначає їх як відсутні:</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>рядок {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}, column &apos;{column}&apos;: {problem}</source>
        <translation>рядок {row}, стовпець «{column}»: {problem}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n рядок</numerusform>
            <numerusform>%n рядки</numerusform>
            <numerusform>%n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows} ({encoding}; columns separated by {sep})</source>
        <translation>{file}: {rows} ({encoding}; роздільник стовпців: {sep})</translation>
    </message>
    <message>
        <source>{file}: {rows} ({encoding}, detected; columns separated by {sep})</source>
        <translation>{file}: {rows} ({encoding}, визначено; роздільник стовпців: {sep})</translation>
    </message>
    <message numerus="yes">
        <source>; %n empty row(s) skipped.</source>
        <translation>
            <numerusform>; пропущено %n порожній рядок.</numerusform>
            <numerusform>; пропущено %n порожні рядки.</numerusform>
            <numerusform>; пропущено %n порожніх рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>день/місяць/рік</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>місяць/день/рік</translation>
    </message>
    <message>
        <source>Dates such as 14/03/2026 are read as {order} (--date-order).</source>
        <translation>Дати на кшталт 14/03/2026 читаються як {order} (--date-order).</translation>
    </message>
    <message>
        <source>Dates such as 14/03/2026 are read as {order}: a date in the file can only be read that way (--date-order changes it).</source>
        <translation>Дати на кшталт 14/03/2026 читаються як {order}: одну з дат файлу можна прочитати лише так (--date-order це змінює).</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({how}).</source>
        <translation>Кодування: {encoding} ({how}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; → {field}</source>
        <translation>«{column}» → {field}</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>Стовпці: {columns}.</translation>
    </message>
    <message>
        <source>{count} column(s) without a header</source>
        <translation>стовпців без заголовка: {count}</translation>
    </message>
    <message>
        <source>Not imported: {columns} (skipped with --map, or empty).</source>
        <translation>Не імпортовано: {columns} (пропущено через --map або порожнє).</translation>
    </message>
    <message>
        <source>Rows as read ({encoding}; check that the letters look right):</source>
        <translation>Рядки, як їх прочитано ({encoding}; перевірте, чи літери правильні):</translation>
    </message>
    <message>
        <source>row {row}: {cells}</source>
        <translation>рядок {row}: {cells}</translation>
    </message>
    <message>
        <source>Warning: duplicate inventory numbers in the file: {numbers}.</source>
        <translation>Увага: інвентарні номери повторюються у файлі: {numbers}.</translation>
    </message>
    <message>
        <source>Warning: duplicate inventory numbers already in the vault: {numbers}.</source>
        <translation>Увага: інвентарні номери вже є у сховищі: {numbers}.</translation>
    </message>
    <message>
        <source>{number} (rows {rows})</source>
        <translation>{number} (рядки {rows})</translation>
    </message>
    <message>
        <source>They are imported anyway (unique within a vault is warned, not enforced).</source>
        <translation>Їх однаково імпортовано (унікальність у сховищі — попередження, а не вимога).</translation>
    </message>
    <message>
        <source>{count} of these record(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>Записів, уже надісланих до інших сховищ у пакетах: {count}; їх буде видалено й там, коли піде наступний пакет.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… і ще {count}.</translation>
    </message>
    <message>
        <source>Dry run: undoing import {number} would delete {count} record(s); nothing was changed.</source>
        <translation>Пробний запуск: скасування імпорту {number} видалило б записів: {count}; нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>у %n рядку</numerusform>
            <numerusform>у %n рядках</numerusform>
            <numerusform>у %n рядках</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors} {in_rows}; nothing was changed.</source>
        <translation>{errors} {in_rows}; нічого не змінено.</translation>
    </message>
    <message>
        <source>{errors} {in_rows}; nothing was imported.</source>
        <translation>{errors} {in_rows}; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Correct them in the spreadsheet and import again (--dry-run checks without importing).</source>
        <translation>Виправте їх в електронній таблиці й імпортуйте знову (--dry-run перевіряє без імпорту).</translation>
    </message>
    <message>
        <source>Dry run: {count} object(s) would be imported; nothing was changed.</source>
        <translation>Пробний запуск: буде імпортовано об’єктів: {count}; нічого не змінено.</translation>
    </message>
    <message>
        <source>Imported {count} object(s) in one transaction ({seconds} s).</source>
        <translation>Імпортовано об’єктів: {count}, однією транзакцією ({seconds} с).</translation>
    </message>
    <message>
        <source>Import {number}; to undo it: fieldkit object import-csv --undo {number}</source>
        <translation>Імпорт {number}; щоб скасувати його: fieldkit object import-csv --undo {number}</translation>
    </message>
    <message>
        <source>{label}: {percent}% ({done}/{total})</source>
        <translation>{label}: {percent}% ({done}/{total})</translation>
    </message>
    <message>
        <source>{label}: {done}</source>
        <translation>{label}: {done}</translation>
    </message>
    <message>
        <source>Warning: --db carries a password, and other users of this computer can read it in the list of running processes; set {variable} or use a .pgpass file instead.</source>
        <translation>Увага: --db містить пароль, і інші користувачі цього комп’ютера можуть прочитати його у списку запущених процесів; натомість задайте {variable} або скористайтеся файлом .pgpass.</translation>
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
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>зниклий</translation>
    </message>
    <message>
        <source>In transit to {place}</source>
        <translation>У дорозі до {place}</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>У дорозі</translation>
    </message>
    <message>
        <source>deleted — restore or take out of the container</source>
        <translation>видалено — відновіть або вийміть з контейнера</translation>
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
    <name>dates</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same inventory number after normalising</source>
        <translation>той самий інвентарний номер після нормалізації</translation>
    </message>
    <message>
        <source>the inventory numbers have the same digits</source>
        <translation>інвентарні номери мають ті самі цифри</translation>
    </message>
    <message>
        <source>the same photo</source>
        <translation>та сама фотографія</translation>
    </message>
    <message>
        <source>photos {percent} % alike</source>
        <translation>фотографії схожі на {percent} %</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>та сама назва</translation>
    </message>
    <message>
        <source>titles alike</source>
        <translation>схожі назви</translation>
    </message>
    <message>
        <source>titles alike across scripts</source>
        <translation>схожі назви, записані різними абетками</translation>
    </message>
    <message>
        <source>measurements equal</source>
        <translation>однакові розміри</translation>
    </message>
    <message>
        <source>measurements within {percent} %</source>
        <translation>розміри відрізняються не більше ніж на {percent} %</translation>
    </message>
    <message>
        <source>same institution</source>
        <translation>та сама установа</translation>
    </message>
    <message>
        <source>same type of object</source>
        <translation>той самий тип об’єкта</translation>
    </message>
    <message>
        <source>materials alike</source>
        <translation>схожі матеріали</translation>
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
        <source>Choose a folder that exists (or create this one), then try again.</source>
        <translation>Виберіть теку, яка існує (або створіть цю), і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: its folder does not exist.</source>
        <translation>FieldKit не може записати {what}: його теки не існує.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: a folder of that name is already there.</source>
        <translation>FieldKit не може записати {what}: тека з такою назвою вже є.</translation>
    </message>
    <message>
        <source>Choose another name, then try again.</source>
        <translation>Виберіть іншу назву і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: the name or the path is too long.</source>
        <translation>FieldKit не може записати {what}: назва або шлях задовгі.</translation>
    </message>
    <message>
        <source>Choose a shorter name or a folder nearer the top of the drive, then try again.</source>
        <translation>Виберіть коротшу назву або теку ближче до кореня диска і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>FieldKit cannot write {what}: too many files are open at once.</source>
        <translation>FieldKit не може записати {what}: забагато файлів відкрито одночасно.</translation>
    </message>
    <message>
        <source>Close other programs (or restart FieldKit), then try again.</source>
        <translation>Закрийте інші програми (або перезапустіть FieldKit) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The system refused to write {what} ({reason}).</source>
        <translation>Система не дала записати {what} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again.</source>
        <translation>Перевірте, що диск досі під’єднано і він працює, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>резервну копію</translation>
    </message>
    <message>
        <source>Run the backup again; nothing was written.</source>
        <translation>Запустіть резервне копіювання знову; нічого не записано.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase or keys changed while the backup was made.</source>
        <translation>Парольна фраза або ключі сховища змінилися під час резервного копіювання.</translation>
    </message>
    <message>
        <source>The backup was cancelled; the incomplete copy was removed.</source>
        <translation>Резервне копіювання скасовано; неповну копію видалено.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was restored.</source>
        <translation>Відновлення скасовано; нічого не відновлено.</translation>
    </message>
    <message>
        <source>Use another backup; nothing was restored.</source>
        <translation>Скористайтеся іншою резервною копією; нічого не відновлено.</translation>
    </message>
    <message>
        <source>The vault changed while the backup was made.</source>
        <translation>Сховище змінилося під час резервного копіювання.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are being changed (rekey) in the app that has it open.</source>
        <translation>Ключі сховища зараз змінюються (rekey) у застосунку, який його відкрив.</translation>
    </message>
    <message>
        <source>Wait until the app has finished, then run the backup again.</source>
        <translation>Дочекайтеся, поки застосунок завершить, і запустіть резервне копіювання знову.</translation>
    </message>
    <message>
        <source>The backup folder {path} is a link.</source>
        <translation>Тека резервної копії {path} є посиланням.</translation>
    </message>
    <message>
        <source>Choose a new folder, not a link.</source>
        <translation>Виберіть нову теку, а не посилання.</translation>
    </message>
    <message>
        <source>The backup folder {path} is not empty.</source>
        <translation>Тека резервної копії {path} не порожня.</translation>
    </message>
    <message>
        <source>Choose a new folder.</source>
        <translation>Виберіть нову теку.</translation>
    </message>
    <message>
        <source>The backup&apos;s file list in {path} is damaged.</source>
        <translation>Список файлів резервної копії в {path} пошкоджено.</translation>
    </message>
    <message>
        <source>{path} is not a complete FieldKit backup (backup.json is missing).</source>
        <translation>{path} не є повною резервною копією FieldKit (бракує backup.json).</translation>
    </message>
    <message>
        <source>Choose the folder that `fieldkit backup` wrote, or another backup.</source>
        <translation>Виберіть теку, яку записала команда `fieldkit backup`, або іншу резервну копію.</translation>
    </message>
    <message>
        <source>The backup&apos;s backup.json in {path} is damaged.</source>
        <translation>Файл backup.json резервної копії в {path} пошкоджено.</translation>
    </message>
    <message>
        <source>{path} is not a FieldKit backup.</source>
        <translation>{path} не є резервною копією FieldKit.</translation>
    </message>
    <message>
        <source>This backup was written by a newer FieldKit.</source>
        <translation>Цю резервну копію записано новішою версією FieldKit.</translation>
    </message>
    <message>
        <source>The backup&apos;s file list in {path} names an unexpected file.</source>
        <translation>Список файлів резервної копії в {path} називає неочікуваний файл.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit head in {path} is damaged.</source>
        <translation>Вершину журналу аудиту резервної копії в {path} пошкоджено.</translation>
    </message>
    <message>
        <source>The backup in {path} is damaged: {file} is missing or altered.</source>
        <translation>Резервну копію в {path} пошкоджено: {file} відсутній або змінений.</translation>
    </message>
    <message>
        <source>The backup in {path} is damaged: its audit log does not match.</source>
        <translation>Резервну копію в {path} пошкоджено: її журнал аудиту не збігається.</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>сховище</translation>
    </message>
    <message>
        <source>The drive is full: {what} could not be written.</source>
        <translation>Диск заповнено: не вдалося записати {what}.</translation>
    </message>
    <message>
        <source>FieldKit must write {what}, but it is on a read-only drive.</source>
        <translation>FieldKit має записати {what}, але диск доступний лише для читання.</translation>
    </message>
    <message>
        <source>Remove the drive&apos;s write protection, or copy the folder to a writable drive and use it there.</source>
        <translation>Зніміть захист від запису з диска або скопіюйте теку на диск, придатний для запису, і працюйте там.</translation>
    </message>
    <message>
        <source>The system does not let FieldKit write {what}.</source>
        <translation>Система не дозволяє FieldKit записати {what}.</translation>
    </message>
    <message>
        <source>Another program is using {what}.</source>
        <translation>Інша програма використовує {what}.</translation>
    </message>
    <message>
        <source>The database of the vault is damaged.</source>
        <translation>Базу даних сховища пошкоджено.</translation>
    </message>
    <message>
        <source>The database of the backup is damaged.</source>
        <translation>Базу даних резервної копії пошкоджено.</translation>
    </message>
    <message>
        <source>The database of {what} is damaged.</source>
        <translation>Базу даних {what} пошкоджено.</translation>
    </message>
    <message>
        <source>The drive holding {what} reported a read or write error.</source>
        <translation>Не вдалося прочитати або записати {what}: диск повідомив про помилку.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then try again; nothing was changed.</source>
        <translation>Перевірте, що диск досі під’єднано і він працює, і спробуйте ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this vault header.</source>
        <translation>Базу даних сховища пошкоджено, або вона не належить до цього заголовка сховища.</translation>
    </message>
    <message>
        <source>The vault database is missing.</source>
        <translation>Базу даних сховища не знайдено.</translation>
    </message>
    <message>
        <source>The vault header is damaged ({field} is missing).</source>
        <translation>Заголовок сховища пошкоджено (бракує {field}).</translation>
    </message>
    <message>
        <source>The vault header is damaged ({field} is not valid).</source>
        <translation>Заголовок сховища пошкоджено ({field} недійсне).</translation>
    </message>
    <message>
        <source>The vault header is damaged (its key derivation settings are not valid).</source>
        <translation>Заголовок сховища пошкоджено (його параметри виведення ключа недійсні).</translation>
    </message>
    <message>
        <source>The vault header is damaged (unknown recovery key method).</source>
        <translation>Заголовок сховища пошкоджено (невідомий метод ключа відновлення).</translation>
    </message>
    <message>
        <source>The vault header has no passphrase key.</source>
        <translation>У заголовку сховища немає ключа парольної фрази.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>Парольна фраза не підходить до цього сховища.</translation>
    </message>
    <message>
        <source>The vault header has no recovery key.</source>
        <translation>У заголовку сховища немає ключа відновлення.</translation>
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
        <source>This folder&apos;s vault.json is not a FieldKit vault header.</source>
        <translation>Файл vault.json у цій теці не є заголовком сховища FieldKit.</translation>
    </message>
    <message>
        <source>This vault uses format version {version}, which this FieldKit cannot read.</source>
        <translation>Це сховище має версію формату {version}, яку цей FieldKit не вміє читати.</translation>
    </message>
    <message>
        <source>The vault header is damaged (no vault id).</source>
        <translation>Заголовок сховища пошкоджено (немає ідентифікатора сховища).</translation>
    </message>
    <message>
        <source>The vault header is damaged (no keys).</source>
        <translation>Заголовок сховища пошкоджено (немає ключів).</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}.</source>
        <translation>У {folder} немає сховища FieldKit.</translation>
    </message>
    <message>
        <source>The vault header in {folder} cannot be read.</source>
        <translation>Не вдається прочитати заголовок сховища в {folder}.</translation>
    </message>
    <message>
        <source>This vault is open elsewhere (another FieldKit window or command).</source>
        <translation>Це сховище відкрито деінде (в іншому вікні чи команді FieldKit).</translation>
    </message>
    <message>
        <source>The vault in {folder} is on a read-only drive, and FieldKit must write there to open it.</source>
        <translation>Сховище в {folder} розташоване на диску лише для читання, а FieldKit має туди записувати, щоб його відкрити.</translation>
    </message>
    <message>
        <source>Remove the drive&apos;s write protection, or copy the vault folder to a writable drive and open it there.</source>
        <translation>Зніміть захист від запису з диска або скопіюйте теку сховища на диск, придатний для запису, і відкрийте його там.</translation>
    </message>
    <message>
        <source>salvage priority must be from 1 to 4.</source>
        <translation>пріоритет евакуації має бути від 1 до 4.</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Скасовано; звіт не записано.</translation>
    </message>
    <message>
        <source>Labels are printed for objects, containers and locations.</source>
        <translation>Етикетки друкуються лише для об’єктів, контейнерів і місць.</translation>
    </message>
    <message>
        <source>{problem} ({typed})</source>
        <translation>{problem} ({typed})</translation>
    </message>
    <message>
        <source>{typed} is deleted and in no container.</source>
        <translation>{typed} видалено, і він не лежить у жодному контейнері.</translation>
    </message>
    <message>
        <source>Restore it from its history first (fieldkit object list --deleted gives its id), then print its label.</source>
        <translation>Спершу відновіть його з історії (fieldkit object list --deleted показує його ідентифікатор), потім надрукуйте етикетку.</translation>
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
        <source>That revision is the merge that absorbed this object.</source>
        <translation>Ця редакція — це злиття, що поглинуло цей об’єкт.</translation>
    </message>
    <message>
        <source>Choose the revision before it to bring it back.</source>
        <translation>Виберіть попередню редакцію, щоб відновити його.</translation>
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
    <message>
        <source>is empty</source>
        <translation>порожній</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>є абсолютним шляхом</translation>
    </message>
    <message>
        <source>contains a backslash (a Windows path separator)</source>
        <translation>містить зворотну скісну риску (роздільник шляхів Windows)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>містить символ NUL</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>містить керівний символ</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>починається з літери диска</translation>
    </message>
    <message>
        <source>starts with a home folder reference (~)</source>
        <translation>починається з посилання на домашню теку (~)</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;, which leads outside its folder</source>
        <translation>містить «..», що веде за межі його теки</translation>
    </message>
    <message>
        <source>contains a &apos;.&apos; part</source>
        <translation>містить частину «.»</translation>
    </message>
    <message>
        <source>has an empty part (a doubled or trailing &apos;/&apos;)</source>
        <translation>має порожню частину (подвоєна або кінцева «/»)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…і ще %n проблема.</numerusform>
            <numerusform>…і ще %n проблеми.</numerusform>
            <numerusform>…і ще %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} і {last}</translation>
    </message>
    <message>
        <source>{file} has an empty line ({line}), which BagIt does not allow.</source>
        <translation>{file} має порожній рядок ({line}), чого BagIt не дозволяє.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>Не вдалося прочитати {file} ({reason}).</translation>
    </message>
    <message>
        <source>{file} changed size while it was being checked.</source>
        <translation>{file} змінив розмір під час перевірки.</translation>
    </message>
    <message>
        <source>{file} starts with a byte-order mark, which BagIt forbids.</source>
        <translation>{file} починається з мітки порядку байтів, яку BagIt забороняє.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 text; FieldKit reads only UTF-8 tag files.</source>
        <translation>{file} не є коректним текстом UTF-8; FieldKit читає лише файли тегів у UTF-8.</translation>
    </message>
    <message>
        <source>{file} does not begin with the line &apos;{line}&apos;.</source>
        <translation>{file} не починається рядком «{line}».</translation>
    </message>
    <message>
        <source>{file} gives the BagIt version {version}, not M.N.</source>
        <translation>{file} вказує версію BagIt {version}, а не M.N.</translation>
    </message>
    <message>
        <source>{file} does not declare its encoding (&apos;{line}&apos;).</source>
        <translation>{file} не оголошує свого кодування («{line}»).</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n line(s); BagIt allows exactly two.</source>
        <translation>
            <numerusform>{file} має %n рядок; BagIt дозволяє рівно два.</numerusform>
            <numerusform>{file} має %n рядки; BagIt дозволяє рівно два.</numerusform>
            <numerusform>{file} має %n рядків; BagIt дозволяє рівно два.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} has whitespace that BagIt {version} forbids: each line must be &apos;Label: value&apos; with exactly one space after the colon.</source>
        <translation>{file} містить пробіли, які BagIt {version} забороняє: кожен рядок має бути «Label: value» рівно з одним пробілом після двокрапки.</translation>
    </message>
    <message>
        <source>This bag uses BagIt version {version}; FieldKit reads versions 0.97 and 1.0.</source>
        <translation>Цей пакунок використовує BagIt версії {version}; FieldKit читає версії 0.97 і 1.0.</translation>
    </message>
    <message>
        <source>{file} line {line} is indented but continues nothing.</source>
        <translation>{file}, рядок {line}: має відступ, але нічого не продовжує.</translation>
    </message>
    <message>
        <source>{file} line {line} is not of the form &apos;Label: value&apos;.</source>
        <translation>{file}, рядок {line}: не має вигляду «Label: value».</translation>
    </message>
    <message>
        <source>{file} line {line} has whitespace around the label {label}, which BagIt 1.0 forbids.</source>
        <translation>{file}, рядок {line}: пробіли навколо мітки {label}, що BagIt 1.0 забороняє.</translation>
    </message>
    <message>
        <source>{file} line {line} needs a space after the colon.</source>
        <translation>{file}, рядок {line}: потрібен пробіл після двокрапки.</translation>
    </message>
    <message>
        <source>{file} line {line} is not a checksum followed by a file name.</source>
        <translation>{file}, рядок {line}: це не контрольна сума з ім’ям файлу після неї.</translation>
    </message>
    <message>
        <source>{file} line {line} has a checksum of the wrong length for {algorithm}.</source>
        <translation>{file}, рядок {line}: контрольна сума неправильної довжини для {algorithm}.</translation>
    </message>
    <message>
        <source>{file} line {line} marks {path} with &apos;*&apos; as md5sum does; strict BagIt validators refuse this.</source>
        <translation>{file}, рядок {line}: {path} позначено «*», як робить md5sum; суворі валідатори BagIt це відхиляють.</translation>
    </message>
    <message>
        <source>{file} line {line} writes {path} with a leading &apos;./&apos;; strict BagIt validators refuse this.</source>
        <translation>{file}, рядок {line}: {path} записано з початковим «./»; суворі валідатори BagIt це відхиляють.</translation>
    </message>
    <message>
        <source>{file} line {line} names {path}, which {reason}.</source>
        <translation>{file}, рядок {line}: {path} — {reason}.</translation>
    </message>
    <message>
        <source>{file} lists {path}, which is outside the data/ folder; a payload manifest lists only payload files.</source>
        <translation>{file} перелічує {path}, що поза текою data/; маніфест вмісту перелічує лише файли вмісту.</translation>
    </message>
    <message>
        <source>{file} lists the payload file {path}; a tag manifest lists only tag files.</source>
        <translation>{file} перелічує файл вмісту {path}; маніфест тегів перелічує лише файли тегів.</translation>
    </message>
    <message>
        <source>{file} lists {path} twice (lines {first} and {second}).</source>
        <translation>{file} перелічує {path} двічі (рядки {first} і {second}).</translation>
    </message>
    <message>
        <source>{file} lists {path} and {other}, which differ only in letter case or Unicode normalisation.</source>
        <translation>{file} перелічує {path} і {other}, які відрізняються лише регістром літер або нормалізацією Unicode.</translation>
    </message>
    <message>
        <source>Checking the bag was cancelled.</source>
        <translation>Перевірку пакунка скасовано.</translation>
    </message>
    <message>
        <source>{file} is {size} bytes, too large for a tag file FieldKit reads.</source>
        <translation>{file} має {size} байтів — завелико для файлу тегів, який читає FieldKit.</translation>
    </message>
    <message>
        <source>{file} lists {path}, which is stored as {stored} in another Unicode normalisation.</source>
        <translation>{file} перелічує {path}, що збережений як {stored} в іншій нормалізації Unicode.</translation>
    </message>
    <message>
        <source>The bag has no {file}, so it is not a BagIt bag.</source>
        <translation>У пакунку немає {file}, тож це не пакунок BagIt.</translation>
    </message>
    <message>
        <source>This bag&apos;s tag files are in {encoding}; FieldKit reads only UTF-8 tag files.</source>
        <translation>Файли тегів цього пакунка в кодуванні {encoding}; FieldKit читає лише файли тегів у UTF-8.</translation>
    </message>
    <message>
        <source>This bag has a fetch.txt: holey bags, whose files are to be downloaded, are not supported.</source>
        <translation>У цьому пакунку є fetch.txt: пакунки з пропусками, файли яких треба завантажити, не підтримуються.</translation>
    </message>
    <message>
        <source>data is a file, but it must be the payload folder.</source>
        <translation>data — це файл, а має бути текою вмісту.</translation>
    </message>
    <message>
        <source>The bag has no data/ folder.</source>
        <translation>У пакунку немає теки data/.</translation>
    </message>
    <message>
        <source>{file} uses the checksum algorithm {algorithm}, which FieldKit does not support.</source>
        <translation>{file} використовує алгоритм контрольної суми {algorithm}, який FieldKit не підтримує.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (a manifest-&lt;algorithm&gt;.txt file).</source>
        <translation>У пакунку немає маніфесту вмісту (файлу manifest-&lt;algorithm&gt;.txt).</translation>
    </message>
    <message>
        <source>{file} and {other} differ only in letter case or Unicode normalisation, so they would be one file on Windows and macOS.</source>
        <translation>{file} і {other} відрізняються лише регістром або нормалізацією Unicode, тож у Windows і macOS вони стали б одним файлом.</translation>
    </message>
    <message>
        <source>{file} gives Payload-Oxum more than once.</source>
        <translation>{file} вказує Payload-Oxum більше одного разу.</translation>
    </message>
    <message>
        <source>{file} gives Payload-Oxum as {value}, not bytes.files.</source>
        <translation>{file} вказує Payload-Oxum як {value}, а не байти.файли.</translation>
    </message>
    <message>
        <source>Payload-Oxum in {file} says {files} and {size}, but the payload has {actual_files} and {actual_size}.</source>
        <translation>Payload-Oxum у {file} вказує {files} і {size}, але вміст має {actual_files} і {actual_size}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is in the bag but not listed in {manifests}.</source>
        <translation>{file} є в пакунку, але не перелічений у {manifests}.</translation>
    </message>
    <message>
        <source>{file} lists itself, which no checksum can satisfy.</source>
        <translation>{file} перелічує сам себе, чого жодна контрольна сума не може задовольнити.</translation>
    </message>
    <message>
        <source>{file} does not list the payload manifest {other}.</source>
        <translation>{file} не перелічує маніфест вмісту {other}.</translation>
    </message>
    <message>
        <source>{file} is listed in {manifests} but missing from the bag.</source>
        <translation>{file} перелічений у {manifests}, але його немає в пакунку.</translation>
    </message>
    <message>
        <source>{file} is listed in some tag manifests but not in {manifests}.</source>
        <translation>{file} перелічений у деяких маніфестах тегів, але не в {manifests}.</translation>
    </message>
    <message>
        <source>The bag has no tag manifest, so bagit.txt, bag-info.txt and the manifests are not protected by checksums.</source>
        <translation>У пакунку немає маніфесту тегів, тож bagit.txt, bag-info.txt і маніфести не захищені контрольними сумами.</translation>
    </message>
    <message>
        <source>{file} is not listed in any tag manifest, so nothing checks it.</source>
        <translation>{file} не перелічений у жодному маніфесті тегів, тож ніщо його не перевіряє.</translation>
    </message>
    <message>
        <source>There is no {file} to go with {other}.</source>
        <translation>Немає {file} у парі з {other}.</translation>
    </message>
    <message>
        <source>This bag&apos;s payload manifests use only {algorithms}, which catches accidents but not deliberate tampering.</source>
        <translation>Маніфести вмісту цього пакунка використовують лише {algorithms}, що виявляє випадкові пошкодження, але не навмисну підробку.</translation>
    </message>
    <message>
        <source>This bag&apos;s tag manifests use only {algorithms}, which catches accidents but not deliberate tampering.</source>
        <translation>Маніфести тегів цього пакунка використовують лише {algorithms}, що виявляє випадкові пошкодження, але не навмисну підробку.</translation>
    </message>
    <message>
        <source>{file} is a file the operating system made, probably bagged by accident.</source>
        <translation>{file} — файл, створений операційною системою, імовірно доданий випадково.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>Не вдалося прочитати {file}.</translation>
    </message>
    <message>
        <source>{file} does not match its checksum in {manifests}: it was changed or damaged.</source>
        <translation>{file} не відповідає своїй контрольній сумі в {manifests}: його змінено або пошкоджено.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON.</source>
        <translation>{file} не є коректним JSON.</translation>
    </message>
    <message>
        <source>This is not a FieldKit bundle ({file}).</source>
        <translation>Це не пакет FieldKit ({file}).</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}, which this FieldKit cannot read.</source>
        <translation>Цей пакет має версію формату {version}, яку цей FieldKit не може прочитати.</translation>
    </message>
    <message>
        <source>{file} is missing fields or has wrong values.</source>
        <translation>У {file} бракує полів або є хибні значення.</translation>
    </message>
    <message>
        <source>{file} is not a readable bundle: {problem}.</source>
        <translation>{file} не є придатним до читання пакетом: {problem}.</translation>
    </message>
    <message>
        <source>The bundle member {member} {problem}.</source>
        <translation>Елемент пакета {member}: {problem}.</translation>
    </message>
    <message>
        <source>{file} has {size} bytes at offset {offset} that belong to no member.</source>
        <translation>{file} має {size} байтів зі зсувом {offset}, що не належать жодному елементу.</translation>
    </message>
    <message>
        <source>{file} is a multi-part (split) archive, which bundles never are.</source>
        <translation>{file} — багатотомний (розділений) архів, а пакети такими не бувають.</translation>
    </message>
    <message>
        <source>the extra field of {where} is cut short</source>
        <translation>додаткове поле {where} обірване</translation>
    </message>
    <message>
        <source>{where} repeats an extra field</source>
        <translation>{where} повторює додаткове поле</translation>
    </message>
    <message>
        <source>{where} lacks the ZIP64 field its sizes need</source>
        <translation>{where} бракує поля ZIP64, потрібного для його розмірів</translation>
    </message>
    <message>
        <source>the ZIP64 field of {where} is cut short</source>
        <translation>поле ZIP64 {where} обірване</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>це не звичайний файл</translation>
    </message>
    <message>
        <source>{what} lies beyond the end of the file</source>
        <translation>{what} лежить за кінцем файлу</translation>
    </message>
    <message>
        <source>{what} is cut short</source>
        <translation>{what} обірвано</translation>
    </message>
    <message>
        <source>{file} is empty, not a bundle.</source>
        <translation>{file} порожній, це не пакет.</translation>
    </message>
    <message>
        <source>{file} has {count} entries, more than the {limit} a bundle may hold.</source>
        <translation>{file} має {count} записів — більше за {limit}, які може містити пакет.</translation>
    </message>
    <message>
        <source>its central directory does not end where the end record is</source>
        <translation>його центральний каталог не закінчується там, де запис кінця</translation>
    </message>
    <message>
        <source>{file} contains no files.</source>
        <translation>{file} не містить жодного файлу.</translation>
    </message>
    <message>
        <source>it is too short to be a ZIP archive</source>
        <translation>він закороткий для архіву ZIP</translation>
    </message>
    <message>
        <source>it has no ZIP end record (not a ZIP, or truncated)</source>
        <translation>він не має запису кінця ZIP (не ZIP або обірваний)</translation>
    </message>
    <message>
        <source>its ZIP64 end record is missing</source>
        <translation>його запис кінця ZIP64 відсутній</translation>
    </message>
    <message>
        <source>its end record counts its entries inconsistently</source>
        <translation>його запис кінця непослідовно рахує записи</translation>
    </message>
    <message>
        <source>its ZIP64 end record lies outside the file</source>
        <translation>його запис кінця ZIP64 лежить поза файлом</translation>
    </message>
    <message>
        <source>its ZIP64 end record is damaged</source>
        <translation>його запис кінця ZIP64 пошкоджено</translation>
    </message>
    <message>
        <source>its ZIP64 end record has the wrong length</source>
        <translation>його запис кінця ZIP64 має неправильну довжину</translation>
    </message>
    <message>
        <source>its ZIP64 end record counts its entries inconsistently</source>
        <translation>його запис кінця ZIP64 непослідовно рахує записи</translation>
    </message>
    <message>
        <source>its two end records disagree</source>
        <translation>два його записи кінця не збігаються</translation>
    </message>
    <message>
        <source>its central directory does not fit in the file</source>
        <translation>його центральний каталог не вміщається у файл</translation>
    </message>
    <message>
        <source>its central directory is larger than its entries</source>
        <translation>його центральний каталог більший за його записи</translation>
    </message>
    <message>
        <source>its central directory is cut short</source>
        <translation>його центральний каталог обірваний</translation>
    </message>
    <message>
        <source>entry {number} of the central directory</source>
        <translation>запис {number} центрального каталогу</translation>
    </message>
    <message>
        <source>{where} is damaged</source>
        <translation>{where} пошкоджено</translation>
    </message>
    <message>
        <source>its central directory is longer than declared</source>
        <translation>його центральний каталог довший, ніж оголошено</translation>
    </message>
    <message>
        <source>has a name of {size} bytes, longer than the {limit} allowed</source>
        <translation>має ім’я завдовжки {size} байтів, довше за дозволені {limit}</translation>
    </message>
    <message>
        <source>{file} has oversized extra data in {where}.</source>
        <translation>{file} має завеликі додаткові дані в {where}.</translation>
    </message>
    <message>
        <source>is encrypted; bundle members never are</source>
        <translation>зашифрований; елементи пакета ніколи не шифруються</translation>
    </message>
    <message>
        <source>uses ZIP features FieldKit does not read ({flags})</source>
        <translation>використовує можливості ZIP, яких FieldKit не читає ({flags})</translation>
    </message>
    <message>
        <source>is compressed (method {method}); bundle members are stored uncompressed</source>
        <translation>стиснутий (метод {method}); елементи пакета зберігаються без стиснення</translation>
    </message>
    <message>
        <source>needs a newer ZIP version than bundles use</source>
        <translation>потребує новішої версії ZIP, ніж використовують пакети</translation>
    </message>
    <message>
        <source>carries a second, alternative name</source>
        <translation>має друге, альтернативне ім’я</translation>
    </message>
    <message>
        <source>has two different sizes, so it is not stored as is</source>
        <translation>має два різні розміри, тож збережений не як є</translation>
    </message>
    <message>
        <source>is a folder entry with content</source>
        <translation>є записом теки з вмістом</translation>
    </message>
    <message>
        <source>is {size} bytes, more than the {limit} allowed</source>
        <translation>має {size} байтів — більше за дозволені {limit}</translation>
    </message>
    <message>
        <source>{file} declares more than the {limit} bytes a bundle may hold.</source>
        <translation>{file} оголошує більше за {limit} байтів, які може містити пакет.</translation>
    </message>
    <message>
        <source>the data of {member} lies outside the archive</source>
        <translation>дані {member} лежать поза архівом</translation>
    </message>
    <message>
        <source>its central directory has bytes that belong to no entry</source>
        <translation>його центральний каталог має байти, що не належать жодному запису</translation>
    </message>
    <message>
        <source>{file} has a member name that is not valid UTF-8.</source>
        <translation>{file} має ім’я елемента, що не є коректним UTF-8.</translation>
    </message>
    <message>
        <source>{file} has a member name that is not UTF-8 (a legacy code page), which bundles never use.</source>
        <translation>{file} має ім’я елемента не в UTF-8 (застаріла кодова сторінка), чого пакети ніколи не використовують.</translation>
    </message>
    <message>
        <source>is a symbolic link; bundles hold only plain files</source>
        <translation>є символьним посиланням; пакети містять лише звичайні файли</translation>
    </message>
    <message>
        <source>is a special file (device, pipe or socket); bundles hold only plain files</source>
        <translation>є спеціальним файлом (пристрій, канал або сокет); пакети містять лише звичайні файли</translation>
    </message>
    <message>
        <source>is marked as a folder but named like a file</source>
        <translation>позначений як тека, але названий як файл</translation>
    </message>
    <message>
        <source>is named like a folder but marked as a file</source>
        <translation>названий як тека, але позначений як файл</translation>
    </message>
    <message>
        <source>contains &apos;:&apos;, which Windows reads as a drive or stream name</source>
        <translation>містить «:», що Windows читає як ім’я диска або потоку</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>трапляється двічі</translation>
    </message>
    <message>
        <source>The bundle members {member} and {other} differ only in letter case or Unicode normalisation, so they would overwrite each other.</source>
        <translation>Елементи пакета {member} і {other} відрізняються лише регістром або нормалізацією Unicode, тож перезаписали б один одного.</translation>
    </message>
    <message>
        <source>it holds {member} and no bundle folder</source>
        <translation>він містить {member} і жодної теки пакета</translation>
    </message>
    <message>
        <source>lies at the top level; a bundle holds exactly one folder</source>
        <translation>лежить на верхньому рівні; пакет містить рівно одну теку</translation>
    </message>
    <message>
        <source>{file} holds more than one top-level folder ({names}); a bundle holds exactly one.</source>
        <translation>{file} містить більше однієї теки верхнього рівня ({names}); пакет містить рівно одну.</translation>
    </message>
    <message>
        <source>The bundle member {member} is a file, but {other} is inside it.</source>
        <translation>Елемент пакета {member} — файл, але {other} лежить усередині нього.</translation>
    </message>
    <message>
        <source>overlaps another member (a trick used by ZIP bombs)</source>
        <translation>перекриває інший елемент (прийом ZIP-бомб)</translation>
    </message>
    <message>
        <source>The data of the last bundle member overlaps the central directory of {file}.</source>
        <translation>Дані останнього елемента пакета перекривають центральний каталог {file}.</translation>
    </message>
    <message>
        <source>the local header of {member}</source>
        <translation>локальний заголовок {member}</translation>
    </message>
    <message>
        <source>{where} is cut short</source>
        <translation>{where} обірвано</translation>
    </message>
    <message>
        <source>has a different name in its local header than in the central directory</source>
        <translation>має в локальному заголовку інше ім’я, ніж у центральному каталозі</translation>
    </message>
    <message>
        <source>has different flags in its local header than in the central directory</source>
        <translation>має в локальному заголовку інші прапорці, ніж у центральному каталозі</translation>
    </message>
    <message>
        <source>has a local header that disagrees with the central directory</source>
        <translation>має локальний заголовок, що суперечить центральному каталогу</translation>
    </message>
    <message>
        <source>has a data descriptor that disagrees with the central directory</source>
        <translation>має дескриптор даних, що суперечить центральному каталогу</translation>
    </message>
    <message>
        <source>The bundle member {member} is damaged: its CRC-32 checksum does not match.</source>
        <translation>Елемент пакета {member} пошкоджено: його контрольна сума CRC-32 не збігається.</translation>
    </message>
    <message>
        <source>The bundle member {member} is cut short: the file changed or is damaged.</source>
        <translation>Елемент пакета {member} обірвано: файл змінився або пошкоджений.</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be read.</source>
        <translation>Не вдається прочитати файл довіри {path}.</translation>
    </message>
    <message>
        <source>{path} is neither a FieldKit identity card nor a minisign public key.</source>
        <translation>{path} не є ні ідентифікаційною карткою FieldKit, ні відкритим ключем minisign.</translation>
    </message>
    <message>
        <source>{file} is missing from the bundle.</source>
        <translation>У пакеті бракує {file}.</translation>
    </message>
    <message>
        <source>{file} is too large for what it should hold.</source>
        <translation>{file} завеликий для того, що має містити.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity and the outer signature were checked; the encrypted content was not inspected.</source>
        <translation>Перевірено структуру, повноту, цілісність і зовнішній підпис; зашифрований вміст не переглядався.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity, the outer and inner signatures, every revision and its author&apos;s signature, and every photo were checked.</source>
        <translation>Перевірено структуру, повноту, цілісність, зовнішній і внутрішній підписи, кожну редакцію з підписом її автора та кожне фото.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from this bundle was kept.</source>
        <translation>Імпорт скасовано; нічого з цього пакета не збережено.</translation>
    </message>
    <message>
        <source>This is a redacted snapshot: it is for reading and verifying, never for merging.</source>
        <translation>Це знімок із вилученими даними: він для читання й перевірки, а не для злиття.</translation>
    </message>
    <message>
        <source>This file is larger than any bundle FieldKit writes, so it was not downloaded.</source>
        <translation>Цей файл більший за будь-який пакет, який записує FieldKit, тож його не завантажено.</translation>
    </message>
    <message>
        <source>data/records.ndjson changed after it was verified.</source>
        <translation>data/records.ndjson змінився після перевірки.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content could not be checked.</source>
        <translation>Не вдалося перевірити вміст пакета.</translation>
    </message>
    <message>
        <source>Written by the archive itself; nothing to merge.</source>
        <translation>Записано самим архівом; нічого об’єднувати.</translation>
    </message>
    <message>
        <source>The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender, trust their card with `fieldkit archive trust add CARD.fkid --verified`, then run `fieldkit archive requeue`.</source>
        <translation>Пакет підписано недовіреним або невідомим ключем; звірте відбиток із відправником, довіртеся його картці командою `fieldkit archive trust add CARD.fkid --verified`, потім виконайте `fieldkit archive requeue`.</translation>
    </message>
    <message>
        <source>Another file with this bundle id was merged already.</source>
        <translation>Інший файл із цим ідентифікатором пакета вже об’єднано.</translation>
    </message>
    <message>
        <source>Quarantined.</source>
        <translation>У карантині.</translation>
    </message>
    <message>
        <source>Failed {count} times; last error: {error}</source>
        <translation>Не вдалося {count} разів; остання помилка: {error}</translation>
    </message>
    <message>
        <source>The archive&apos;s PostgreSQL database cannot be reached ({detail}).</source>
        <translation>База даних PostgreSQL архіву недоступна ({detail}).</translation>
    </message>
    <message>
        <source>The archive&apos;s PostgreSQL database cannot be reached.</source>
        <translation>База даних PostgreSQL архіву недоступна.</translation>
    </message>
    <message>
        <source>Bundle {number} of stream {stream} from {sender} is missing.</source>
        <translation>Бракує пакета {number} від {sender} (серія пакетів {stream}).</translation>
    </message>
    <message>
        <source>Bundles {bundles} both claim sequence {sequence} of stream {stream} from {sender}.</source>
        <translation>Пакети {bundles} претендують на той самий номер {sequence} потоку {stream} від {sender}.</translation>
    </message>
    <message>
        <source>The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender and trust their card, or import with --accept-untrusted.</source>
        <translation>Пакет підписано недовіреним або невідомим ключем; звірте відбиток із відправником і довіртеся його картці або імпортуйте з --accept-untrusted.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>Не вдається прочитати {file}.</translation>
    </message>
    <message>
        <source>This bundle was written by this vault; there is nothing to import.</source>
        <translation>Цей пакет записано цим сховищем; імпортувати нічого.</translation>
    </message>
    <message>
        <source>{number} in {container}: deleted on another laptop while packed here — restore or take out of the container.</source>
        <translation>{number} у {container}: видалено на іншому комп’ютері, поки його було запаковано тут — відновіть або вийміть з контейнера.</translation>
    </message>
    <message>
        <source>Bundles {first} and {second} both claim sequence {sequence} of stream {stream}.</source>
        <translation>Пакети {first} і {second} обидва претендують на номер {sequence} потоку {stream}.</translation>
    </message>
    <message>
        <source>A trusted coordinator revoked the key {key}; it is now revoked here too.</source>
        <translation>Довірений координатор відкликав ключ {key}; тепер він відкликаний і тут.</translation>
    </message>
    <message>
        <source>data/records.ndjson line {number} changed after it was verified.</source>
        <translation>Рядок {number} файлу data/records.ndjson змінився після перевірки.</translation>
    </message>
    <message>
        <source>{count} photo(s) referenced by this bundle are not in it yet.</source>
        <translation>Фото, на які посилається цей пакет, але яких у ньому ще немає: {count}.</translation>
    </message>
    <message>
        <source>Bundle {sequence} of stream {stream} from {sender} has not been received yet.</source>
        <translation>Пакет {sequence} потоку {stream} від {sender} ще не отримано.</translation>
    </message>
    <message>
        <source>A revision has an unknown record kind.</source>
        <translation>Одна з версій має невідомий тип запису.</translation>
    </message>
    <message>
        <source>Revision {revision} is dated more than a day ahead of this computer&apos;s clock.</source>
        <translation>Версію {revision} датовано більш ніж на добу пізніше за годинник цього комп’ютера.</translation>
    </message>
    <message>
        <source>Revision {revision} starts a handover but {problem}.</source>
        <translation>Версія {revision} починає передачу, але {problem}.</translation>
    </message>
    <message>
        <source>The bundle was refused whole; ask its sender where the handover came from.</source>
        <translation>Пакет відхилено повністю; запитайте відправника, звідки ця передача.</translation>
    </message>
    <message>
        <source>Revision {revision} accepts a handover but is not signed by its receiver.</source>
        <translation>Версія {revision} приймає передачу, але не підписана її отримувачем.</translation>
    </message>
    <message>
        <source>The bundle was refused whole; ask its sender where the acceptance came from.</source>
        <translation>Пакет відхилено повністю; запитайте відправника, звідки це прийняття.</translation>
    </message>
    <message>
        <source>{file} names another bundle than its folder.</source>
        <translation>{file} називає інший пакет, ніж його тека.</translation>
    </message>
    <message>
        <source>{file} names another sender than {other}.</source>
        <translation>{file} називає іншого відправника, ніж {other}.</translation>
    </message>
    <message>
        <source>{file} is not covered by the signed tag manifest.</source>
        <translation>{file} не охоплений підписаним маніфестом тегів.</translation>
    </message>
    <message>
        <source>The signed tag manifest does not list {file}.</source>
        <translation>Підписаний маніфест тегів не перелічує {file}.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; give their identity card with --trust.</source>
        <translation>Ключ підписанта тут невідомий, тож підпис не вдалося перевірити; вкажіть його ідентифікаційну картку через --trust.</translation>
    </message>
    <message>
        <source>The file could not be read as a FieldKit bundle, so neither a signature nor any content was checked.</source>
        <translation>Файл не вдалося прочитати як пакет FieldKit, тож ні підпис, ні вміст не перевірено.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: the signed comment does not match {other}.</source>
        <translation>{file}: підписаний коментар не відповідає {other}.</translation>
    </message>
    <message>
        <source>The signer was checked against a bare minisign key: their FieldKit fingerprint could not be confirmed.</source>
        <translation>Підписанта перевірено лише за ключем minisign: його відбиток FieldKit не вдалося підтвердити.</translation>
    </message>
    <message>
        <source>This vault is not one of the bundle&apos;s recipients.</source>
        <translation>Це сховище не є одним з одержувачів пакета.</translation>
    </message>
    <message>
        <source>The signer&apos;s key was revoked later; this bundle comes from before the revocation.</source>
        <translation>Ключ підписанта відкликано пізніше; цей пакет створено до відкликання.</translation>
    </message>
    <message>
        <source>The signer&apos;s key has been revoked; this bundle comes after that.</source>
        <translation>Ключ підписанта відкликано; цей пакет створено після того.</translation>
    </message>
    <message>
        <source>{file} has no valid sender card.</source>
        <translation>{file} не має дійсної картки відправника.</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <translation>Бракує {file}.</translation>
    </message>
    <message>
        <source>{file} is not a JSON object.</source>
        <translation>{file} не є об’єктом JSON.</translation>
    </message>
    <message>
        <source>{file} belongs to another bundle or stream position.</source>
        <translation>{file} належить іншому пакету або іншій позиції в потоці.</translation>
    </message>
    <message>
        <source>The inner signer is not the outer signer.</source>
        <translation>Внутрішній підписант не є зовнішнім підписантом.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Перевірку скасовано.</translation>
    </message>
    <message>
        <source>{file} line {line} is not valid.</source>
        <translation>{file}, рядок {line}: недійсний.</translation>
    </message>
    <message>
        <source>{file} line {line}: {problem}</source>
        <translation>{file}, рядок {line}: {problem}</translation>
    </message>
    <message>
        <source>A revision changes the kind of its record.</source>
        <translation>Редакція змінює тип свого запису.</translation>
    </message>
    <message>
        <source>A revision names a parent from another record.</source>
        <translation>Редакція посилається на батьківську редакцію іншого запису.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was imported before with other content; this copy was refused.</source>
        <translation>Пакет {bundle} уже імпортовано з іншим вмістом; цю копію відхилено.</translation>
    </message>
    <message>
        <source>{file} line {line} is not a valid revision.</source>
        <translation>{file}, рядок {line}: це не дійсна редакція.</translation>
    </message>
    <message>
        <source>Revision {revision} is by an author whose card is not included.</source>
        <translation>Редакцію {revision} створив автор, чия картка не додана.</translation>
    </message>
    <message>
        <source>{file} line {line}: revision {revision} has an invalid author signature.</source>
        <translation>{file}, рядок {line}: редакція {revision} має недійсний підпис автора.</translation>
    </message>
    <message>
        <source>{file} is not a FieldKit bundle ({reason}).</source>
        <translation>{file} не є пакетом FieldKit ({reason}).</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; add their identity card to “Keys you trust” and verify again.</source>
        <translation>Ключ підписанта тут невідомий, тож підпис не вдалося перевірити; додайте його ідентифікаційну картку до «Ключі, яким Ви довіряєте» і перевірте знову.</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <extracomment>Notes whose way out is a command-line option, and the words of the app for it: an auditor reading the app or a certificate it made has no --trust to type (r11 UI trial #7).</extracomment>
        <translation>зовнішній підпис перевірено, він дійсний</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>зовнішній підпис перевірено, він НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>the outer signature could not be checked, as the signer&apos;s key is not known here</source>
        <translation>зовнішній підпис не вдалося перевірити, бо ключ підписанта тут невідомий</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>зовнішній підпис не перевірено</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and hold; {signature}; the content was not inspected.</source>
        <translation>Структуру, повноту й цілісність перевірено, вони в порядку; {signature}; вміст не переглядався.</translation>
    </message>
    <message>
        <source>Structure, completeness, fixity and the outer signature were checked and hold; the content was inspected and failed.</source>
        <translation>Структуру, повноту, цілісність і зовнішній підпис перевірено, вони в порядку; вміст переглянуто, перевірку не пройдено.</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and hold; the bundle was made by a newer FieldKit, so neither its signature nor its content was checked: update FieldKit to verify it.</source>
        <translation>Структуру, повноту й цілісність перевірено, вони в порядку; пакет створено новішою версією FieldKit, тож ні його підпис, ні вміст не перевірено: оновіть FieldKit, щоб перевірити його.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it was cut short</source>
        <translation>це не архів ZIP, або його обрізано</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>він порожній</translation>
    </message>
    <message>
        <source>it contains no files</source>
        <translation>він не містить жодного файлу</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked and failed; {signature}; the content was not inspected.</source>
        <translation>Структуру, повноту й цілісність перевірено, перевірку не пройдено; {signature}; вміст не переглядався.</translation>
    </message>
    <message>
        <source>{name}, {organisation} (not verified)</source>
        <translation>{name}, {organisation} (не перевірено)</translation>
    </message>
    <message>
        <source>{name} (not verified)</source>
        <translation>{name} (не перевірено)</translation>
    </message>
    <message>
        <source>A record snapshot line appears in a bundle of revisions.</source>
        <translation>Рядок знімка запису трапився в пакеті редакцій.</translation>
    </message>
    <message>
        <source>{file} line {line} has an unknown type.</source>
        <translation>{file}, рядок {line}: невідомий тип.</translation>
    </message>
    <message>
        <source>{file} has no photo list.</source>
        <translation>{file} не має списку фото.</translation>
    </message>
    <message>
        <source>{file} is not listed in {other}.</source>
        <translation>{file} не перелічений у {other}.</translation>
    </message>
    <message>
        <source>{file} is listed in {other} but missing.</source>
        <translation>{file} перелічений у {other}, але його бракує.</translation>
    </message>
    <message>
        <source>{file}: the photo does not match its hash.</source>
        <translation>{file}: фото не відповідає своєму гешу.</translation>
    </message>
    <message>
        <source>{file} line {line} is too long.</source>
        <translation>{file}, рядок {line}: задовгий.</translation>
    </message>
    <message>
        <source>{file} does not match its hash in {other}.</source>
        <translation>{file} не відповідає своєму гешу в {other}.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file.</source>
        <translation>{path} не є придатним до читання файлом JSON.</translation>
    </message>
    <message>
        <source>The JSON must be an object of field names and values.</source>
        <translation>JSON має бути об’єктом з назв полів і значень.</translation>
    </message>
    <message>
        <source>--objects must be zero or more.</source>
        <translation>--objects має бути нулем або більше.</translation>
    </message>
    <message>
        <source>--objects can be at most {limit}.</source>
        <translation>--objects може бути щонайбільше {limit}.</translation>
    </message>
    <message>
        <source>{path} holds a real vault, not a demo vault; `demo` leaves it alone.</source>
        <translation>{path} містить справжнє сховище, а не демонстраційне; `demo` його не чіпає.</translation>
    </message>
    <message>
        <source>Give another folder with --vault, or run `fieldkit demo` without --vault.</source>
        <translation>Вкажіть іншу теку через --vault або запустіть `fieldkit demo` без --vault.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файлу {path} не існує.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Не вдається прочитати файл {path}.</translation>
    </message>
    <message>
        <source>The JSON input is larger than {size} MiB.</source>
        <translation>Вхідний JSON більший за {size} МіБ.</translation>
    </message>
    <message>
        <source>The JSON input must be an object of field names and values.</source>
        <translation>Вхідний JSON має бути об’єктом з назв полів і значень.</translation>
    </message>
    <message>
        <source>The photo {path} does not exist.</source>
        <translation>Фото {path} не існує.</translation>
    </message>
    <message>
        <source>This vault was shredded: its keys were destroyed.</source>
        <translation>Це сховище знищено: його ключі знищено.</translation>
    </message>
    <message>
        <source>The folder for the recovery key file {path} does not exist; nothing was changed.</source>
        <translation>Теки для файлу ключа відновлення {path} не існує; нічого не змінено.</translation>
    </message>
    <message>
        <source>Create the folder or choose another file, then run the command again.</source>
        <translation>Створіть теку або виберіть інший файл, потім запустіть команду знову.</translation>
    </message>
    <message>
        <source>The recovery key file {path} already exists; nothing was changed.</source>
        <translation>Файл ключа відновлення {path} уже існує; нічого не змінено.</translation>
    </message>
    <message>
        <source>Choose a new file name (the existing file may hold the key that still opens the vault).</source>
        <translation>Виберіть нову назву файлу (наявний файл може містити ключ, що досі відкриває сховище).</translation>
    </message>
    <message>
        <source>The minisign public key is not valid base64.</source>
        <translation>Відкритий ключ minisign не є коректним base64.</translation>
    </message>
    <message>
        <source>This is not a minisign Ed25519 public key.</source>
        <translation>Це не відкритий ключ minisign Ed25519.</translation>
    </message>
    <message>
        <source>The minisign public key file is empty.</source>
        <translation>Файл відкритого ключа minisign порожній.</translation>
    </message>
    <message>
        <source>The signature file is not text.</source>
        <translation>Файл підпису не є текстом.</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>Файл підпису не у форматі minisign.</translation>
    </message>
    <message>
        <source>The signature file has no trusted comment.</source>
        <translation>Файл підпису не має довіреного коментаря.</translation>
    </message>
    <message>
        <source>The signature file is not valid base64.</source>
        <translation>Файл підпису не є коректним base64.</translation>
    </message>
    <message>
        <source>The signature file is not a minisign Ed25519 signature.</source>
        <translation>Файл підпису не є підписом minisign Ed25519.</translation>
    </message>
    <message>
        <source>The signature was made with another key.</source>
        <translation>Підпис зроблено іншим ключем.</translation>
    </message>
    <message>
        <source>The signature does not match the signed file.</source>
        <translation>Підпис не відповідає підписаному файлу.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>Довірений коментар підпису змінено.</translation>
    </message>
    <message>
        <source>Save the sheet as CSV from your spreadsheet program (File &gt; Save as &gt; CSV UTF-8) and try again; nothing was imported.</source>
        <translation>Збережіть аркуш як CSV у програмі електронних таблиць (Файл &gt; Зберегти як &gt; CSV UTF-8) і спробуйте ще раз; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>--encoding {value}: unknown encoding.</source>
        <translation>--encoding {value}: невідоме кодування.</translation>
    </message>
    <message>
        <source>Use e.g. {examples}.</source>
        <translation>Використайте, наприклад, {examples}.</translation>
    </message>
    <message>
        <source>lines {numbers} and more</source>
        <translation>рядках {numbers} та інших</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>рядку {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>рядках {numbers}</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Не вдається прочитати файл {file}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} не є звичайним файлом.</translation>
    </message>
    <message>
        <source>The file {file} could not be read.</source>
        <translation>Не вдалося прочитати файл {file}.</translation>
    </message>
    <message>
        <source>given with --encoding</source>
        <translation>задано через --encoding</translation>
    </message>
    <message>
        <source>detected: UTF-8 byte-order mark</source>
        <translation>визначено: мітка порядку байтів UTF-8</translation>
    </message>
    <message>
        <source>detected: UTF-16 byte-order mark</source>
        <translation>визначено: мітка порядку байтів UTF-16</translation>
    </message>
    <message>
        <source>detected: the whole file is valid UTF-8</source>
        <translation>визначено: увесь файл — коректний UTF-8</translation>
    </message>
    <message>
        <source>detected: the whole file is ASCII</source>
        <translation>визначено: увесь файл в ASCII</translation>
    </message>
    <message>
        <source>detected: not UTF-8, and its {count} accented letters all read as Western European words</source>
        <translation>визначено: не UTF-8, і всі його літери з діакритикою ({count}) читаються як західноєвропейські слова</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, and FieldKit cannot tell its encoding for sure (the first letters that are not plain ASCII are on line {line}).</source>
        <translation>{file} не є текстом UTF-8, і FieldKit не може напевно визначити його кодування (перші літери поза простим ASCII — у рядку {line}).</translation>
    </message>
    <message>
        <source>Save it as CSV UTF-8 from your spreadsheet program, or give its encoding with --encoding, e.g. {examples}; check with --dry-run, which shows rows as read. Nothing was imported.</source>
        <translation>Збережіть його як CSV UTF-8 у програмі електронних таблиць або вкажіть кодування через --encoding, наприклад {examples}; перевірте з --dry-run, що показує рядки, як їх прочитано. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} has a UTF-8 byte-order mark but {count} byte(s) that are not UTF-8, on {lines}.</source>
        <translation>{file} має мітку порядку байтів UTF-8, але й байти не в UTF-8 (кількість: {count}) у {lines}.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except for {count} byte(s) that are not UTF-8, on {lines}.</source>
        <translation>{file} — текст UTF-8, крім байтів не в UTF-8 (кількість: {count}) у {lines}.</translation>
    </message>
    <message>
        <source>Correct the line(s) named (type the letters there again) and save the file as CSV UTF-8; or, if the whole file is in another encoding, give it with --encoding (check with --dry-run). Nothing was imported.</source>
        <translation>Виправте названі рядки (наберіть там літери знову) і збережіть файл як CSV UTF-8; або, якщо весь файл в іншому кодуванні, вкажіть його через --encoding (перевірте з --dry-run). Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} does not start with a {encoding} byte-order mark.</source>
        <translation>{file} не починається з мітки порядку байтів {encoding}.</translation>
    </message>
    <message>
        <source>Give --encoding {little} (as Windows writes it) or {big} instead; nothing was imported.</source>
        <translation>Натомість укажіть --encoding {little} (як пише Windows) або {big}; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Check --encoding (e.g. {examples}), or leave it out to detect the encoding; or correct those lines. Nothing was imported.</source>
        <translation>Перевірте --encoding (наприклад {examples}) або пропустіть його, щоб кодування визначилося; або виправте ці рядки. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Correct those lines, or save the sheet again as CSV UTF-8. Nothing was imported.</source>
        <translation>Виправте ці рядки або знову збережіть таблицю як CSV UTF-8. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} text: {lines} cannot be read as {encoding}.</source>
        <translation>{file} не є коректним текстом {encoding}: у {lines} не вдається прочитати як {encoding}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a CSV file.</source>
        <translation>{path} — тека; вкажіть файл CSV.</translation>
    </message>
    <message>
        <source>The file {file} is larger than {size} GB.</source>
        <translation>Файл {file} більший за {size} ГБ.</translation>
    </message>
    <message>
        <source>Split the sheet into smaller CSV files and import them one by one.</source>
        <translation>Розділіть таблицю на менші файли CSV та імпортуйте їх по одному.</translation>
    </message>
    <message>
        <source>Close the spreadsheet program, then import again.</source>
        <translation>Закрийте програму електронних таблиць і імпортуйте знову.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no header row.</source>
        <translation>{file} порожній: немає рядка заголовків.</translation>
    </message>
    <message>
        <source>--delimiter {value}: give one character such as &apos;,&apos; &apos;;&apos; or &apos;tab&apos;.</source>
        <translation>--delimiter {value}: вкажіть один символ, як-от &apos;,&apos; &apos;;&apos; або &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>a workbook (.xlsx or .ods), not a CSV file</source>
        <translation>робоча книга (.xlsx або .ods), а не файл CSV</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls), not a CSV file</source>
        <translation>робоча книга Excel 97-2003 (.xls), а не файл CSV</translation>
    </message>
    <message>
        <source>a PDF document, not a CSV file</source>
        <translation>документ PDF, а не файл CSV</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes between its letters: it looks like {encoding} text without a byte-order mark.</source>
        <translation>{file} містить байти NUL між літерами: схоже на текст {encoding} без мітки порядку байтів.</translation>
    </message>
    <message>
        <source>Read it as {encoding} (--encoding {codec}), or save the sheet as CSV UTF-8 from your spreadsheet program. Nothing was imported.</source>
        <translation>Прочитайте його як {encoding} (--encoding {codec}) або збережіть аркуш як CSV UTF-8 у програмі електронних таблиць. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is a binary file, not CSV text.</source>
        <translation>{file} містить байти NUL: це двійковий файл, а не текст CSV.</translation>
    </message>
    <message>
        <source>Save the sheet as CSV from your spreadsheet program; if it is UTF-16 text without a byte-order mark, give --encoding {little} or {big}. Nothing was imported.</source>
        <translation>Збережіть аркуш як CSV у програмі електронних таблиць; якщо це текст UTF-16 без мітки порядку байтів, укажіть --encoding {little} або {big}. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} changed while it was being read; nothing was imported.</source>
        <translation>{file} змінився під час читання; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} is {what}.</source>
        <translation>{file} — {what}.</translation>
    </message>
    <message>
        <source>{file} holds binary data, not CSV text.</source>
        <translation>{file} містить двійкові дані, а не текст CSV.</translation>
    </message>
    <message>
        <source>{file} has {count} columns; FieldKit reads at most {limit} (the widest sheet Excel or LibreOffice makes).</source>
        <translation>{file} має стовпців: {count}; FieldKit читає щонайбільше {limit} (найширша таблиця, яку створюють Excel або LibreOffice).</translation>
    </message>
    <message>
        <source>Delete the empty columns at the right of the sheet, save it as CSV again and import it; nothing was imported.</source>
        <translation>Видаліть порожні стовпці праворуч у таблиці, знову збережіть її як CSV та імпортуйте; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows.</source>
        <translation>{file} має понад {limit} рядків.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is longer than {limit} characters: it is not a spreadsheet row.</source>
        <translation>Рядок {line} файлу {file} довший за {limit} символів: це не рядок таблиці.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has a cell longer than {limit} characters (a field holds at most {most}); is a quote left open?</source>
        <translation>Рядок {row} файлу {file} має клітинку довшу за {limit} символів (поле вміщує щонайбільше {most}); чи не лишилися відкриті лапки?</translation>
    </message>
    <message>
        <source>{file} ends inside a quoted cell that starts at row {row} or after; a quote (&quot;) is left open.</source>
        <translation>{file} закінчується всередині клітинки в лапках, що починається в рядку {row} або далі; лапки (&quot;) лишилися відкритими.</translation>
    </message>
    <message>
        <source>Row {row} of {file} is not valid CSV: a quoted cell is not closed properly.</source>
        <translation>Рядок {row} файлу {file} не є коректним CSV: клітинку в лапках закрито неправильно.</translation>
    </message>
    <message>
        <source>--map {value}: write COLUMN=field, e.g. --map &quot;Inv. No.=inventory_number&quot;.</source>
        <translation>--map {value}: пишіть СТОВПЕЦЬ=поле, наприклад --map &quot;Inv. No.=inventory_number&quot;.</translation>
    </message>
    <message>
        <source>--map: &apos;{value}&apos; is not a field of object records.</source>
        <translation>--map: «{value}» не є полем записів об’єктів.</translation>
    </message>
    <message>
        <source>Known fields: {fields} (or &apos;-&apos; to skip a column).</source>
        <translation>Відомі поля: {fields} (або &apos;-&apos;, щоб пропустити стовпець).</translation>
    </message>
    <message>
        <source>--map: the file has no column {value} (it has {count}).</source>
        <translation>--map: у файлі немає стовпця {value} (їх усього {count}).</translation>
    </message>
    <message>
        <source>--map: several columns are named &apos;{value}&apos;.</source>
        <translation>--map: кілька стовпців мають назву «{value}».</translation>
    </message>
    <message>
        <source>Name the column by its position instead, e.g. --map &quot;#{number}=…&quot;.</source>
        <translation>Натомість назвіть стовпець за його позицією, наприклад --map &quot;#{number}=…&quot;.</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;{value}&apos;.</source>
        <translation>--map: у файлі немає стовпця «{value}».</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>Його стовпці: {columns}.</translation>
    </message>
    <message>
        <source>--map names the column &apos;{column}&apos; twice.</source>
        <translation>--map називає стовпець «{column}» двічі.</translation>
    </message>
    <message>
        <source>--map: columns &apos;{first}&apos; and &apos;{second}&apos; both map to {field}.</source>
        <translation>--map: стовпці «{first}» і «{second}» обидва відповідають полю {field}.</translation>
    </message>
    <message>
        <source>The columns &apos;{first}&apos; and &apos;{second}&apos; both look like {field}.</source>
        <translation>Стовпці «{first}» і «{second}» обидва схожі на {field}.</translation>
    </message>
    <message>
        <source>Choose with --map, e.g. --map &quot;{column}=-&quot; to skip one of them.</source>
        <translation>Виберіть через --map, наприклад --map &quot;{column}=-&quot;, щоб пропустити один з них.</translation>
    </message>
    <message>
        <source>None of the columns matches a field of object records (columns: {columns}).</source>
        <translation>Жоден стовпець не відповідає полю записів об’єктів (стовпці: {columns}).</translation>
    </message>
    <message>
        <source>Map them with --map &quot;COLUMN=field&quot;, e.g. --map &quot;Inv. No.=inventory_number&quot;; fields: {fields}.</source>
        <translation>Зіставте їх через --map &quot;СТОВПЕЦЬ=поле&quot;, наприклад --map &quot;Inv. No.=inventory_number&quot;; поля: {fields}.</translation>
    </message>
    <message>
        <source>{field} is a date with day and month in an order the file does not show (no day above 12 anywhere); import again with --date-order dmy (day/month/year) or mdy (month/day/year).</source>
        <translation>Поле {field} — дата, у якій файл не показує порядку дня й місяця (ніде немає дня, більшого за 12); імпортуйте ще раз із --date-order dmy (день/місяць/рік) або mdy (місяць/день/рік).</translation>
    </message>
    <message>
        <source>{field} is a date written day/month/year or month/day/year, and the file has both; correct the others in the spreadsheet, or import again with --date-order dmy or mdy.</source>
        <translation>Поле {field} — дата, записана як день/місяць/рік або місяць/день/рік, а у файлі є обидва порядки; виправте інші в таблиці або імпортуйте ще раз із --date-order dmy чи mdy.</translation>
    </message>
    <message>
        <source>{field} is not a date that exists (such as 31 February).</source>
        <translation>Поле {field} — не дата, що існує (як-от 31 лютого).</translation>
    </message>
    <message>
        <source>{field} must be written like “{example}” or “55 x 35 cm”.</source>
        <translation>Поле {field} слід записувати як «{example}» або «55 x 35 cm».</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{item}, {more}</source>
        <translation>{item}, {more}</translation>
    </message>
    <message>
        <source>{problem} The cell holds “{value}”.</source>
        <translation>{problem} Клітинка містить «{value}».</translation>
    </message>
    <message>
        <source>{problem} The cell holds “{value}”; did you mean “{suggestion}”?</source>
        <translation>{problem} Клітинка містить «{value}»; можливо, ви мали на увазі «{suggestion}»?</translation>
    </message>
    <message>
        <source>{count} inventory number(s) appear more than once in the file (imported anyway: unique within a vault is warned, not enforced).</source>
        <translation>Інвентарних номерів, що трапляються у файлі кілька разів: {count} (однаково імпортовано: унікальність у сховищі — попередження, а не вимога).</translation>
    </message>
    <message>
        <source>{count} inventory number(s) are already in the vault (imported anyway, as new objects; importing the same file twice doubles it).</source>
        <translation>Інвентарних номерів, що вже є у сховищі: {count} (однаково імпортовано як нові об’єкти; імпорт того самого файлу двічі його подвоює).</translation>
    </message>
    <message>
        <source>{count} cell(s) begin like a spreadsheet formula (=, +, -, @); they are stored as plain text and never evaluated.</source>
        <translation>Клітинок, що починаються як формула (=, +, -, @): {count}; їх збережено як простий текст і ніколи не обчислено.</translation>
    </message>
    <message>
        <source>{count} row(s) have no inventory number; they are imported without one (add it later in FieldKit, or in the spreadsheet before importing).</source>
        <translation>Рядків без інвентарного номера: {count}; їх імпортовано без номера (додайте його потім у FieldKit або в таблиці перед імпортом).</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; ({field}) is not imported: its {count} value(s) are left out, and every object is imported without this field.</source>
        <translation>Стовпець «{column}» ({field}) не імпортується: його значення ({count}) пропущено, і кожен об’єкт імпортується без цього поля.</translation>
    </message>
    <message>
        <source>Cross references and duplicates in the vault were not checked.</source>
        <translation>Перехресні посилання та дублікати у сховищі не перевірено.</translation>
    </message>
    <message>
        <source>this row has {cells} cells but the header has {columns} columns.</source>
        <translation>цей рядок має клітинок: {cells}, а заголовок — стовпців: {columns}.</translation>
    </message>
    <message>
        <source>cross reference: {problem}</source>
        <translation>перехресне посилання: {problem}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Скасовано; нічого не імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>The file has {count} error(s); nothing was imported.</source>
        <translation>
            <numerusform>У файлі {count} помилка; нічого не імпортовано.</numerusform>
            <numerusform>У файлі {count} помилки; нічого не імпортовано.</numerusform>
            <numerusform>У файлі {count} помилок; нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them in the spreadsheet and import again.</source>
        <translation>Виправте їх в електронній таблиці й імпортуйте знову.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported.</source>
        <translation>{file} змінився під час імпорту; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{file} was changed after it was checked; nothing was imported.</source>
        <translation>{file} змінено після перевірки; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Check the file again, then import it.</source>
        <translation>Перевірте файл ще раз, потім імпортуйте його.</translation>
    </message>
    <message>
        <source>These columns hold data but match no field: {columns}; nothing was imported.</source>
        <translation>Ці стовпці містять дані, але не відповідають жодному полю: {columns}; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Map each to a field (e.g. --map &quot;{column}=notes&quot;) or skip it on purpose (--map &quot;{column}=-&quot;). Fields: {fields}.</source>
        <translation>Зіставте кожен з полем (наприклад --map &quot;{column}=notes&quot;) або навмисно пропустіть (--map &quot;{column}=-&quot;). Поля: {fields}.</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} і ще {count}</translation>
    </message>
    <message>
        <source>--undo undoes an import already made; give it without a spreadsheet file.</source>
        <translation>--undo скасовує вже зроблений імпорт; вказуйте його без файлу таблиці.</translation>
    </message>
    <message>
        <source>--include-edited goes with --undo.</source>
        <translation>--include-edited використовується з --undo.</translation>
    </message>
    <message>
        <source>Give the spreadsheet to import, or --undo LAST to undo the last import.</source>
        <translation>Укажіть таблицю для імпорту або --undo LAST, щоб скасувати останній імпорт.</translation>
    </message>
    <message>
        <source>Check the id or inventory number (`fieldkit object list` shows them).</source>
        <translation>Перевірте ідентифікатор або інвентарний номер (їх показує `fieldkit object list`).</translation>
    </message>
    <message>
        <source>No object has this id or inventory number.</source>
        <translation>Немає об’єкта з таким ідентифікатором або інвентарним номером.</translation>
    </message>
    <message>
        <source>No damage report has this id or inventory number.</source>
        <translation>Немає звіту про пошкодження з таким ідентифікатором або інвентарним номером.</translation>
    </message>
    <message>
        <source>No location has this id, inventory number or code.</source>
        <translation>Немає місця з таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>No container has this id, inventory number or code.</source>
        <translation>Немає контейнера з таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>No movement has this id, inventory number or code.</source>
        <translation>Немає переміщення з таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>No handover has this id, inventory number or code.</source>
        <translation>Немає передачі з таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>No duplicate decision has this id, inventory number or code.</source>
        <translation>Немає рішення щодо дублікатів із таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>No record has this id, inventory number or code.</source>
        <translation>Немає запису з таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>Look at the newer values, choose which to keep, then save again.</source>
        <translation>Перегляньте новіші значення, виберіть, які залишити, і збережіть знову.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you started editing it.</source>
        <translation>Цей запис змінив хтось інший відтоді, як ви почали його редагувати.</translation>
    </message>
    <message>
        <source>Type more characters of the id, or use the full id.</source>
        <translation>Введіть більше символів ідентифікатора або повний ідентифікатор.</translation>
    </message>
    <message>
        <source>Several records (objects and containers) have this number or code.</source>
        <translation>Кілька записів (об’єкти й контейнери) мають цей номер або код.</translation>
    </message>
    <message>
        <source>Remove it from the record&apos;s photos, add it again, then save.</source>
        <translation>Приберіть його з фото запису, додайте знову, потім збережіть.</translation>
    </message>
    <message>
        <source>A photo&apos;s role must be one of: {roles}.</source>
        <translation>Роль фотографії має бути однією з: {roles}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Скасовано; нічого не збережено.</translation>
    </message>
    <message>
        <source>A photo added to this record is no longer in the vault.</source>
        <translation>Фото, додане до цього запису, більше немає у сховищі.</translation>
    </message>
    <message>
        <source>A decision about possible duplicates cannot be typed or edited.</source>
        <translation>Рішення щодо можливих дублікатів не можна ввести чи змінити.</translation>
    </message>
    <message>
        <source>Decide with `fieldkit duplicates decide`, undo with `duplicates undo`.</source>
        <translation>Вирішуйте через `fieldkit duplicates decide`, скасовуйте через `duplicates undo`.</translation>
    </message>
    <message>
        <source>A damage report needs an object, or a site when it is about a place.</source>
        <translation>Звіт про пошкодження потребує об’єкта або пам’ятки, якщо він стосується місця.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>A location cannot be inside itself.</source>
        <translation>Місце не може бути всередині самого себе.</translation>
    </message>
    <message>
        <source>Another location or container already has this code.</source>
        <translation>Інше місце або контейнер уже має цей код.</translation>
    </message>
    <message>
        <source>Codes are printed on labels and scanned: choose one not used yet.</source>
        <translation>Коди друкують на етикетках і сканують: виберіть код, якого ще не використано.</translation>
    </message>
    <message>
        <source>A container cannot be packed into itself.</source>
        <translation>Контейнер не можна вкласти в самого себе.</translation>
    </message>
    <message>
        <source>A handover is written by its giver: from_party must be you.</source>
        <translation>Передачу оформлює той, хто передає: from_party має бути ви.</translation>
    </message>
    <message>
        <source>An accepted handover cannot change what was handed over, by whom, to whom or when.</source>
        <translation>У прийнятій передачі не можна змінити, що передано, ким, кому і коли.</translation>
    </message>
    <message>
        <source>Record a new handover instead.</source>
        <translation>Натомість оформіть нову передачу.</translation>
    </message>
    <message>
        <source>Only the giver can change a handover.</source>
        <translation>Змінити передачу може лише той, хто передає.</translation>
    </message>
    <message>
        <source>Only the receiver can accept a handover, in their own vault.</source>
        <translation>Прийняти передачу може лише одержувач, у власному сховищі.</translation>
    </message>
    <message>
        <source>Send the handover to the receiver in a bundle; they accept it there.</source>
        <translation>Надішліть передачу одержувачеві в пакеті; він прийме її у себе.</translation>
    </message>
    <message>
        <source>This record was deleted; it cannot be edited.</source>
        <translation>Цей запис видалено; його не можна редагувати.</translation>
    </message>
    <message>
        <source>The changes must be a JSON object of field names and values.</source>
        <translation>Зміни мають бути об’єктом JSON із назв полів і значень.</translation>
    </message>
    <message>
        <source>This record has no such photo.</source>
        <translation>У цьому записі немає такої фотографії.</translation>
    </message>
    <message>
        <source>This object was merged into another one.</source>
        <translation>Цей об’єкт об’єднано з іншим.</translation>
    </message>
    <message>
        <source>Undo the merge (`fieldkit duplicates undo ID`), or delete the object it was merged into by that object&apos;s own id.</source>
        <translation>Скасуйте об’єднання (`fieldkit duplicates undo ID`) або видаліть об’єкт, з яким його об’єднали, за ідентифікатором самого того об’єкта.</translation>
    </message>
    <message>
        <source>This handover was accepted by its receiver; it cannot be deleted.</source>
        <translation>Цю передачу прийняв її одержувач; її не можна видалити.</translation>
    </message>
    <message>
        <source>This item is packed in a container or in transit.</source>
        <translation>Ця одиниця запакована в контейнер або перебуває в дорозі.</translation>
    </message>
    <message>
        <source>Unpack it or receive it at a location first, then delete it.</source>
        <translation>Спершу розпакуйте її або прийміть у місці, а тоді видаліть.</translation>
    </message>
    <message>
        <source>This container still holds items.</source>
        <translation>У цьому контейнері ще є одиниці.</translation>
    </message>
    <message>
        <source>Unpack them first: move them to a location or into another container, then delete it.</source>
        <translation>Спершу розпакуйте їх: перемістіть до місця або в інший контейнер, а тоді видаліть його.</translation>
    </message>
    <message>
        <source>That revision is the deletion itself.</source>
        <translation>Ця редакція — і є саме видалення.</translation>
    </message>
    <message>
        <source>Choose the revision before it to bring the record back.</source>
        <translation>Виберіть попередню редакцію, щоб повернути запис.</translation>
    </message>
    <message>
        <source>More than one revision of this record starts with this id.</source>
        <translation>З цього ідентифікатора починається більше ніж одна редакція цього запису.</translation>
    </message>
    <message>
        <source>This record has no revision with this id.</source>
        <translation>У цього запису немає редакції з таким ідентифікатором.</translation>
    </message>
    <message>
        <source>The record&apos;s history lists its revisions and their ids.</source>
        <translation>Історія запису показує його редакції та їхні ідентифікатори.</translation>
    </message>
    <message>
        <source>Several objects have this inventory number.</source>
        <translation>Кілька об’єктів мають цей інвентарний номер.</translation>
    </message>
    <message>
        <source>Use the object&apos;s id instead.</source>
        <translation>Натомість використайте ідентифікатор об’єкта.</translation>
    </message>
    <message>
        <source>Several locations or containers have this code.</source>
        <translation>Кілька місць або контейнерів мають цей код.</translation>
    </message>
    <message>
        <source>Use the id instead.</source>
        <translation>Натомість використайте ідентифікатор.</translation>
    </message>
    <message>
        <source>More than one record starts with this id.</source>
        <translation>З цього ідентифікатора починається більше ніж один запис.</translation>
    </message>
    <message>
        <source>No object or container has this id, inventory number or code.</source>
        <translation>Немає об’єкта чи контейнера з таким ідентифікатором, інвентарним номером або кодом.</translation>
    </message>
    <message>
        <source>An item is an object (`fieldkit object list`) or a container (`fieldkit container list`).</source>
        <translation>Одиниця — це об’єкт (`fieldkit object list`) або контейнер (`fieldkit container list`).</translation>
    </message>
    <message>
        <source>A cross reference is the inventory number of several objects.</source>
        <translation>Перехресне посилання — це інвентарний номер кількох об’єктів.</translation>
    </message>
    <message>
        <source>Choose the object from the suggestions (it is then stored by its id).</source>
        <translation>Виберіть об’єкт із підказок (тоді його буде збережено за ідентифікатором).</translation>
    </message>
    <message>
        <source>Correct the value and save again; nothing was saved.</source>
        <translation>Виправте значення й збережіть знову; нічого не збережено.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>Поле {field} має бути текстом.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>Поле {field} довше за {max} символів.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>Поле {field} містить керівні символи.</translation>
    </message>
    <message>
        <source>{field} contains an invalid character (a lone surrogate).</source>
        <translation>Поле {field} містить недопустимий символ (одиночний сурогат).</translation>
    </message>
    <message>
        <source>{field} contains invisible formatting characters or line breaks (such as direction overrides).</source>
        <translation>Поле {field} містить невидимі символи форматування або розриви рядків (як-от примусову зміну напрямку).</translation>
    </message>
    <message>
        <source>Type the value again plainly, without copying it from formatted text.</source>
        <translation>Введіть значення ще раз простим текстом, не копіюючи його з форматованого тексту.</translation>
    </message>
    <message>
        <source>A caption is one line of text.</source>
        <translation>Підпис — це один рядок тексту.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>Поле {field} має бути одним із: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>Поле {field} має бути списком.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 4.</source>
        <translation>Поле {field} має бути цілим числом від 1 до 4.</translation>
    </message>
    <message>
        <source>{field} must be from 1 (first to save) to 4; got {number}.</source>
        <translation>Поле {field} має бути від 1 (рятувати першим) до 4; отримано {number}.</translation>
    </message>
    <message>
        <source>{field}: {what} must be a number.</source>
        <translation>{field}: {what} має бути числом.</translation>
    </message>
    <message>
        <source>{field} must be latitude and longitude, e.g. 36.34, 43.13.</source>
        <translation>Поле {field} має містити широту й довготу, напр. 36.34, 43.13.</translation>
    </message>
    <message>
        <source>{field} must have exactly lat and lon.</source>
        <translation>Поле {field} має містити рівно lat і lon.</translation>
    </message>
    <message>
        <source>{field}: latitude must be between -90 and 90.</source>
        <translation>{field}: широта має бути від -90 до 90.</translation>
    </message>
    <message>
        <source>{field}: longitude must be between -180 and 180.</source>
        <translation>{field}: довгота має бути від -180 до 180.</translation>
    </message>
    <message>
        <source>{field} must be written like &apos;height 32 cm; width 20 cm&apos;.</source>
        <translation>Поле {field} треба писати так: «height 32 cm; width 20 cm».</translation>
    </message>
    <message>
        <source>{field}: each entry needs exactly dimension, value and unit.</source>
        <translation>{field}: кожен запис має містити рівно dimension, value і unit.</translation>
    </message>
    <message>
        <source>{field}: dimension and unit cannot be empty.</source>
        <translation>{field}: вимір і одиниця не можуть бути порожніми.</translation>
    </message>
    <message>
        <source>{field}: values must be greater than zero.</source>
        <translation>{field}: значення мають бути більшими за нуль.</translation>
    </message>
    <message>
        <source>{field} must be from 0 to 1.</source>
        <translation>Поле {field} має бути від 0 до 1.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos; (no spaces), e.g. C-014.</source>
        <translation>Поле {field} має містити від 1 до 40 літер, цифр, «.», «_», «/» або «-» (без пробілів), напр. C-014.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>Поле {field} має бути цілим числом.</translation>
    </message>
    <message>
        <source>{field} must be from 1 to {max}.</source>
        <translation>Поле {field} має бути від 1 до {max}.</translation>
    </message>
    <message>
        <source>{field} must be an identity fingerprint (64 hex digits).</source>
        <translation>Поле {field} має бути відбитком ідентичності (64 шістнадцяткові цифри).</translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD (e.g. {example}).</source>
        <translation>Поле {field} має бути датою у форматі РРРР-ММ-ДД (напр. {example}).</translation>
    </message>
    <message>
        <source>{field} must be a date and time written YYYY-MM-DDTHH:MM (e.g. {example}).</source>
        <translation>Поле {field} має бути датою й часом у форматі РРРР-ММ-ДДTГГ:ХХ (напр. {example}).</translation>
    </message>
    <message>
        <source>{field} must have name, organisation and fingerprint only.</source>
        <translation>Поле {field} має містити лише name, organisation і fingerprint.</translation>
    </message>
    <message>
        <source>{field}: {key} is one line of text.</source>
        <translation>{field}: {key} — це один рядок тексту.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of {kinds}.</source>
        <translation>«{name}» не є полем для: {kinds}.</translation>
    </message>
    <message>
        <source>The record must be a JSON object of field names and values.</source>
        <translation>Запис має бути об’єктом JSON з назв полів і значень.</translation>
    </message>
    <message>
        <source>Known fields: {fields}.</source>
        <translation>Відомі поля: {fields}.</translation>
    </message>
    <message>
        <source>event_date_to is before event_date_from.</source>
        <translation>event_date_to раніше за event_date_from.</translation>
    </message>
    <message>
        <source>A location needs a code (printed on its label).</source>
        <translation>Місцю потрібен код (друкується на його етикетці).</translation>
    </message>
    <message>
        <source>A container needs a code (printed on its label).</source>
        <translation>Контейнеру потрібен код (друкується на його етикетці).</translation>
    </message>
    <message>
        <source>A movement needs at least one item.</source>
        <translation>Переміщення має містити принаймні одну одиницю.</translation>
    </message>
    <message>
        <source>A movement goes to a location or into a container, not both.</source>
        <translation>Переміщення веде до місця або в контейнер, але не туди й туди.</translation>
    </message>
    <message>
        <source>A movement needs a destination.</source>
        <translation>Переміщенню потрібне місце призначення.</translation>
    </message>
    <message>
        <source>A movement is received after it departed.</source>
        <translation>Переміщення отримують після відправлення.</translation>
    </message>
    <message>
        <source>received_at is before departed_at.</source>
        <translation>received_at раніше за departed_at.</translation>
    </message>
    <message>
        <source>A handover needs at least one item.</source>
        <translation>Передача має містити принаймні одну одиницю.</translation>
    </message>
    <message>
        <source>A handover needs the receiver&apos;s identity (a fingerprint).</source>
        <translation>Передачі потрібна ідентичність отримувача (відбиток).</translation>
    </message>
    <message>
        <source>Only the receiver named in to_party can accept a handover.</source>
        <translation>Прийняти передачу може лише отримувач, названий у to_party.</translation>
    </message>
    <message>
        <source>The key change was cancelled; the vault keeps its old keys and passphrase.</source>
        <translation>Зміну ключів скасовано; сховище зберігає старі ключі й парольну фразу.</translation>
    </message>
    <message>
        <source>This vault&apos;s passphrase protection is weaker than FieldKit&apos;s minimum; change the passphrase to strengthen it.</source>
        <translation>Захист цього сховища парольною фразою слабший за мінімум FieldKit; змініть парольну фразу, щоб посилити його.</translation>
    </message>
    <message>
        <source>The vault database is incomplete (its storage key is missing).</source>
        <translation>База даних сховища неповна (бракує її ключа зберігання).</translation>
    </message>
    <message>
        <source>The vault was rekeyed: the new passphrase and recovery key are in force, but the last step could not be done now ({reason})</source>
        <translation>Ключі сховища змінено: нова парольна фраза і новий ключ відновлення діють, але останній крок зараз виконати не вдалося ({reason})</translation>
    </message>
    <message>
        <source>Close FieldKit, then open the vault with the NEW passphrase: opening finishes the change.</source>
        <translation>Закрийте FieldKit, потім відкрийте сховище НОВОЮ парольною фразою: відкриття завершить зміну.</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder.</source>
        <translation>{path} існує і не є текою.</translation>
    </message>
    <message>
        <source>There is already a vault in {path}.</source>
        <translation>У {path} уже є сховище.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty.</source>
        <translation>Тека {path} не порожня.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Експорт скасовано; жодного пакета не записано.</translation>
    </message>
    <message>
        <source>Name recipients with --to CARD.fkid (or age1… keys), trust a coordinator with `fieldkit trust add CARD.fkid --role coordinator`, or export --plain for auditors.</source>
        <translation>Вкажіть одержувачів через --to CARD.fkid (або ключі age1…), довіртеся координаторові командою `fieldkit trust add CARD.fkid --role coordinator` або експортуйте з --plain для аудиторів.</translation>
    </message>
    <message>
        <source>--max-size {size} is not a size (e.g. 700M or 3.9G).</source>
        <translation>--max-size {size} не є розміром (напр. 700M або 3.9G).</translation>
    </message>
    <message>
        <source>--max-size must be at least 1M.</source>
        <translation>--max-size має бути щонайменше 1M.</translation>
    </message>
    <message>
        <source>Parts of this export disappeared from {folder} before they were recorded as sent, so nothing was recorded: {parts}.</source>
        <translation>Частини цього експорту зникли з {folder}, перш ніж їх було записано як надіслані, тому нічого не записано: {parts}.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and that no other program removes files from it, then export again.</source>
        <translation>Перевірте, що диск досі під’єднано і жодна інша програма не видаляє з нього файли, і експортуйте ще раз.</translation>
    </message>
    <message>
        <source>Parts of this export were recorded as sent but could not be put in place in {folder}: {parts}.</source>
        <translation>Частини цього експорту записано як надіслані, але їх не вдалося розмістити в {folder}: {parts}.</translation>
    </message>
    <message>
        <source>Check that the drive is still connected and working, then export everything again (a full copy) so that the recipients get what those parts carried.</source>
        <translation>Перевірте, що диск досі під’єднано і він працює, потім експортуйте геть усе ще раз (повна копія), щоб одержувачі отримали те, що містили ці частини.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} is not a photo hash prefix: give at least 8 hex characters of its SHA-256.</source>
        <translation>--leave-out-photo {prefix} не є початком хешу фотографії: вкажіть щонайменше 8 шістнадцяткових символів її SHA-256.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} matches no photo in this export.</source>
        <translation>--leave-out-photo {prefix} не відповідає жодній фотографії в цьому експорті.</translation>
    </message>
    <message>
        <source>Check the hash: `fieldkit object show ID` shows the start of each photo&apos;s.</source>
        <translation>Перевірте хеш: `fieldkit object show ID` показує початок хешу кожної фотографії.</translation>
    </message>
    <message>
        <source>--leave-out-photo {prefix} matches {count} photos in this export; give more characters.</source>
        <translation>--leave-out-photo {prefix} відповідає кільком фотографіям у цьому експорті ({count}); вкажіть більше символів.</translation>
    </message>
    <message>
        <source>A record with its photos is larger than --max-size.</source>
        <translation>Запис із фотографіями більший за --max-size.</translation>
    </message>
    <message>
        <source>Choose a larger --max-size (photos are never split across bundles).</source>
        <translation>Виберіть більший --max-size (фотографії ніколи не розділяються між пакетами).</translation>
    </message>
    <message>
        <source>Run `fieldkit trust add CARD.fkid` to see a card&apos;s fingerprint, compare it with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run it again with --verified; or name a recipient with --to CARD.fkid.</source>
        <translation>Виконайте `fieldkit trust add CARD.fkid`, щоб побачити відбиток картки, звірте його з власником особисто або телефоном (він читає свій через `fieldkit identity show`), потім виконайте команду знову з --verified; або вкажіть одержувача через --to CARD.fkid.</translation>
    </message>
    <message>
        <source>{start}… is not a valid age recipient.</source>
        <translation>{start}… не є дійсним одержувачем age.</translation>
    </message>
    <message>
        <source>Bundles go by default only to verified coordinators, and {cards} is unverified: its fingerprint was never compared with its holder.</source>
        <translation>Типово пакети надсилаються лише перевіреним координаторам, а {cards} не перевірено: її відбиток ніколи не звіряли з власником.</translation>
    </message>
    <message>
        <source>Bundles go by default only to verified coordinators, and {cards} are unverified: their fingerprints were never compared with their holders.</source>
        <translation>Типово пакети надсилаються лише перевіреним координаторам, а {cards} не перевірено: їхні відбитки ніколи не звіряли з власниками.</translation>
    </message>
    <message>
        <source>There is no one to encrypt this bundle to.</source>
        <translation>Немає нікого, для кого зашифрувати цей пакет.</translation>
    </message>
    <message>
        <source>age key {key}…</source>
        <translation>ключ age {key}…</translation>
    </message>
    <message>
        <source>{card} is trusted but unverified: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} є довіреною, але не перевіреною: якщо картка насправді не належить своєму власникові, той, хто її зробив, зможе прочитати цей пакет.</translation>
    </message>
    <message>
        <source>{card} was revoked in your trust store: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} відкликано у вашому сховищі довіри: якщо картка насправді не належить своєму власникові, той, хто її зробив, зможе прочитати цей пакет.</translation>
    </message>
    <message>
        <source>{card} is not in your trust store: if the card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>{card} немає у вашому сховищі довіри: якщо картка насправді не належить своєму власникові, той, хто її зробив, зможе прочитати цей пакет.</translation>
    </message>
    <message>
        <source>{cards} have the same or lookalike names: check by fingerprint that this bundle goes to the one you mean.</source>
        <translation>{cards} мають однакові або схожі імена: перевірте за відбитком, що цей пакет іде саме тому, кому ви хочете.</translation>
    </message>
    <message>
        <source>{problem} {advice}</source>
        <translation>{problem} {advice}</translation>
    </message>
    <message>
        <source>Not encrypted to {card}: an unverified coordinator receives bundles only when named with --to.</source>
        <translation>Не зашифровано для {card}: неперевірений координатор отримує пакети, лише якщо його вказано через --to.</translation>
    </message>
    <message>
        <source>This export needs about {needed} MB and {folder} has {free} MB free; nothing was written.</source>
        <translation>Для цього експорту потрібно близько {needed}&#xa0;МБ, а в {folder} вільно лише {free}&#xa0;МБ; нічого не записано.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk (a larger USB stick), then export again.</source>
        <translation>Звільніть місце або виберіть інший диск (більшу флешку), а тоді експортуйте ще раз.</translation>
    </message>
    <message>
        <source>{count} photo(s) are not in this vault and were left out.</source>
        <translation>Фото, яких немає в цьому сховищі, і їх пропущено: {count}.</translation>
    </message>
    <message>
        <source>{count} photo(s) left out as asked ({hashes}); a later export sends them.</source>
        <translation>Фото, пропущені на прохання: {count} ({hashes}); їх надішле наступний експорт.</translation>
    </message>
    <message>
        <source>Bundle {bundle} had disappeared from the outbox; its content will go out again in the next bundle.</source>
        <translation>Пакет {bundle} зник із вихідних; його вміст буде надіслано знову в наступному пакеті.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was damaged in the outbox; its content will go out again in the next bundle.</source>
        <translation>Пакет {bundle} пошкоджено у вихідних; його вміст буде надіслано знову в наступному пакеті.</translation>
    </message>
    <message>
        <source>A bundle copied to the sync target &apos;{target}&apos; did not read back intact.</source>
        <translation>Пакет, скопійований до цілі синхронізації «{target}», не прочитався цілим.</translation>
    </message>
    <message>
        <source>The drive may be failing: try another drive; the bundle waits in the outbox.</source>
        <translation>Можливо, носій несправний: спробуйте інший; пакет чекає у вихідних.</translation>
    </message>
    <message>
        <source>{count} bundle(s) wait in the outbox</source>
        <translation>пакетів чекає у вихідних: {count}</translation>
    </message>
    <message>
        <source>the outbox keeps its bundles</source>
        <translation>вихідні зберігають свої пакети</translation>
    </message>
    <message>
        <source>Nothing was written to the sync target &apos;{target}&apos; because {reason}; {bundles}.</source>
        <translation>До цілі синхронізації «{target}» нічого не записано, бо {reason}; {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; disappeared during the sync: nothing half-copied is left under a bundle&apos;s name, and {bundles}.</source>
        <translation>Ціль синхронізації «{target}» зникла під час синхронізації: нічого недокопійованого під назвою пакета не лишилося, а {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; is read-only: nothing could be written there, and {bundles}.</source>
        <translation>Ціль синхронізації «{target}» доступна лише для читання: нічого не вдалося туди записати, а {bundles}.</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; is full: {bundles}.</source>
        <translation>Ціль синхронізації «{target}» заповнена: {bundles}.</translation>
    </message>
    <message>
        <source>Writing to the sync target &apos;{target}&apos; failed ({error}), and {bundles}.</source>
        <translation>Запис до цілі синхронізації «{target}» не вдався ({error}), а {bundles}.</translation>
    </message>
    <message>
        <source>Nothing is sent to &apos;{target}&apos;: it has no recipients, and unverified coordinators are never chosen by default (name them with --to, or compare a coordinator&apos;s fingerprint with its holder and run `fieldkit trust add CARD.fkid --verified`).</source>
        <translation>До «{target}» нічого не надсилається: у неї немає отримувачів, а неперевірених координаторів ніколи не вибирають за замовчуванням (назвіть їх через --to або звірте відбиток координатора з його власником і виконайте `fieldkit trust add CARD.fkid --verified`).</translation>
    </message>
    <message>
        <source>Sync cancelled; the bundle being copied was not kept on the target.</source>
        <translation>Синхронізацію скасовано; пакет, що копіювався, не збережено в цілі.</translation>
    </message>
    <message>
        <source>This file is {found}, not a plain file, so it was not read.</source>
        <translation>Цей файл — {found}, а не звичайний файл, тому його не прочитано.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; on the sync target is a link to somewhere else, not a real folder: FieldKit did not look inside it (remove the link).</source>
        <translation>«{path}» на цілі синхронізації — це посилання деінде, а не справжня тека: FieldKit не заглядав усередину (видаліть посилання).</translation>
    </message>
    <message>
        <source>fieldkit/bundle.json is missing or too large.</source>
        <extracomment>``(done, total, step)``: bundles looked at of those found, and the step under way (&quot;listing&quot;, &quot;downloading&quot;, &quot;verifying&quot;, &quot;importing&quot;, &quot;quarantining&quot;; &quot;&quot; between bundles).</extracomment>
        <translation>fieldkit/bundle.json відсутній або завеликий.</translation>
    </message>
    <message>
        <source>data/inner.json.age is missing from the bundle.</source>
        <translation>У пакеті бракує data/inner.json.age.</translation>
    </message>
    <message>
        <source>Sync cancelled; every bundle imported so far is complete.</source>
        <translation>Синхронізацію скасовано; кожен уже імпортований пакет повний.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}); it is tried again at the next sync. If this repeats, copy the bundle again or check the drive.</source>
        <translation>Не вдалося прочитати {file} ({reason}); спробу буде повторено під час наступної синхронізації. Якщо це повторюється, скопіюйте пакет ще раз або перевірте носій.</translation>
    </message>
    <message>
        <source>An internal error stopped the import of this file (report id {report_id}).</source>
        <translation>Внутрішня помилка зупинила імпорт цього файлу (номер звіту {report_id}).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <extracomment>The tables that remember files looked at on a target, and the column naming the file.</extracomment>
        <translation>Синхронізацію скасовано.</translation>
    </message>
    <message>
        <source>The receipt&apos;s file name names another writer.</source>
        <translation>Назва файлу квитанції вказує на іншого автора.</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <extracomment>What long work polls: a :class:`Cancel` token, or any callable answering &quot;stop now?&quot;.</extracomment>
        <translation>Операцію скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose one of: {formats}.</source>
        <translation>Невідомий формат {format}; виберіть один із: {formats}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Теки {path} не існує.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .csv.</source>
        <translation>{path} — це тека; вкажіть ім’я файлу із закінченням .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) began like a spreadsheet formula; each was written with a leading apostrophe, so that no spreadsheet runs it.</source>
        <translation>
            <numerusform>%n клітинка починалася як формула електронної таблиці й записана з апострофом попереду, щоб жодна програма таблиць її не виконала.</numerusform>
            <numerusform>%n клітинки починалися як формула електронної таблиці й записані з апострофом попереду, щоб жодна програма таблиць їх не виконала.</numerusform>
            <numerusform>%n клітинок починалися як формула електронної таблиці й записані з апострофом попереду, щоб жодна програма таблиць їх не виконала.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .xml.</source>
        <translation>{path} — це тека; вкажіть ім’я файлу із закінченням .xml.</translation>
    </message>
    <message>
        <source>Cancelled; the demo vault holds part of the collection.</source>
        <translation>Скасовано; демонстраційне сховище містить лише частину колекції.</translation>
    </message>
    <message>
        <source>Delete the demo folder and run `fieldkit demo` again for a full one.</source>
        <translation>Видаліть демонстраційну теку й запустіть `fieldkit demo` знову, щоб отримати повну колекцію.</translation>
    </message>
    <message>
        <source>Cancelled; the photo was not added.</source>
        <translation>Скасовано; фото не додано.</translation>
    </message>
    <message>
        <source>a photo in the vault</source>
        <translation>фотографію у сховищі</translation>
    </message>
    <message>
        <source>Restore the vault from a backup that has this photo, or get the photo again.</source>
        <translation>Відновіть сховище з резервної копії, що містить це фото, або отримайте фото знову.</translation>
    </message>
    <message>
        <source>A photo reference in the vault is not valid.</source>
        <translation>Посилання на фотографію у сховищі недійсне.</translation>
    </message>
    <message>
        <source>A photo file is missing from the vault&apos;s media folder.</source>
        <translation>У теці медіафайлів сховища бракує файлу фотографії.</translation>
    </message>
    <message>
        <source>Replace it with the plain file itself: FieldKit does not follow links, nor read pipes or devices, in folders it does not control.</source>
        <translation>Замініть його самим звичайним файлом: FieldKit не переходить за посиланнями й не читає каналів чи пристроїв у теках, яких не контролює.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was read from this file.</source>
        <translation>Попросіть у відправника нову копію; з цього файлу нічого не прочитано.</translation>
    </message>
    <message>
        <source>Remove the link from the folder (what it points to is not touched), then try again.</source>
        <translation>Приберіть посилання з теки (те, на що воно вказує, не зачіпається), потім спробуйте знову.</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <extracomment>The same problem as a clause (&quot;… because {reason}; …&quot;), translated where it is shown.</extracomment>
        <translation>символьне посилання</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>іменований канал (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>пристрій</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>{what} is {found}, not a plain file, so it was not read.</source>
        <translation>{what} — {found}, а не звичайний файл, тому його не прочитано.</translation>
    </message>
    <message>
        <source>{what} changed while it was being opened, so it was not read.</source>
        <translation>{what} змінився під час відкриття, тому його не прочитано.</translation>
    </message>
    <message>
        <source>{what} is larger than any such file can be, so it was not read.</source>
        <translation>{what} більший, ніж може бути такий файл, тому його не прочитано.</translation>
    </message>
    <message>
        <source>{path} is outside the folder {root}.</source>
        <translation>{path} лежить поза текою {root}.</translation>
    </message>
    <message>
        <source>{path} is outside the folder {root}</source>
        <translation>{path} лежить поза текою {root}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} is {found}, not a real folder: FieldKit writes only inside the folder and follows no link there.</source>
        <translation>«{name}» у {root} — {found}, а не справжня тека: FieldKit пише лише всередині теки й не переходить там за посиланнями.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} is {found}, not a real folder: FieldKit writes only inside the folder and follows no link there</source>
        <translation>«{name}» у {root} — {found}, а не справжня тека: FieldKit пише лише всередині теки й не переходить там за посиланнями</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes only inside the folder and follows no link there.</source>
        <translation>«{name}» у {root} перемістили або замінили, поки FieldKit туди писав: FieldKit пише лише всередині теки й не переходить там за посиланнями.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes only inside the folder and follows no link there</source>
        <translation>«{name}» у {root} перемістили або замінили, поки FieldKit туди писав: FieldKit пише лише всередині теки й не переходить там за посиланнями</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a plain file name inside the folder.</source>
        <translation>«{name}» — не проста назва файлу всередині теки.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a plain file name inside the folder</source>
        <translation>«{name}» — не проста назва файлу всередині теки</translation>
    </message>
    <message>
        <source>Run `fieldkit trust list` to see the keys this vault trusts.</source>
        <translation>Виконайте `fieldkit trust list`, щоб побачити ключі, яким довіряє це сховище.</translation>
    </message>
    <message>
        <source>The trusted card {fingerprint} stored in this vault is damaged ({problem})</source>
        <translation>Довірену картку {fingerprint}, збережену в цьому сховищі, пошкоджено ({problem})</translation>
    </message>
    <message>
        <source>The trusted card {fingerprint} stored in this vault is damaged.</source>
        <translation>Довірену картку {fingerprint}, збережену в цьому сховищі, пошкоджено.</translation>
    </message>
    <message>
        <source>The local name of a trusted key cannot be empty.</source>
        <translation>Локальна назва довіреного ключа не може бути порожньою.</translation>
    </message>
    <message>
        <source>The local name is longer than {limit} characters.</source>
        <translation>Локальна назва довша за {limit} символів.</translation>
    </message>
    <message>
        <source>The local name cannot contain control characters.</source>
        <translation>Локальна назва не може містити керівних символів.</translation>
    </message>
    <message>
        <source>The role must be one of {roles}.</source>
        <translation>Роль має бути однією з таких: {roles}.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own identity card; a vault does not need to trust itself.</source>
        <translation>Це власна ідентифікаційна картка цього сховища; сховищу не потрібно довіряти самому собі.</translation>
    </message>
    <message>
        <source>Import the card of the other vault (its holder runs `fieldkit identity export`).</source>
        <translation>Імпортуйте картку іншого сховища (її власник виконує `fieldkit identity export`).</translation>
    </message>
    <message>
        <source>This card&apos;s signing key was revoked (as {other}); it cannot be trusted again this way.</source>
        <translation>Ключ підпису цієї картки відкликано (як {other}); йому не можна знову довіритися в такий спосіб.</translation>
    </message>
    <message>
        <source>Restoring a revoked key will be possible with a future `trust restore`.</source>
        <translation>Відновити відкликаний ключ можна буде майбутньою командою `trust restore`.</translation>
    </message>
    <message>
        <source>This card&apos;s signing key is already trusted as {other} with another transport key.</source>
        <translation>Ключ підпису цієї картки вже довірений як {other} з іншим транспортним ключем.</translation>
    </message>
    <message>
        <source>Ask the holder why their card changed; revoke the old entry if it is no longer theirs.</source>
        <translation>Запитайте власника, чому змінилася його картка; відкличте старий запис, якщо він більше не його.</translation>
    </message>
    <message>
        <source>This key ({existing}) was revoked; adding its card again does not restore it.</source>
        <translation>Цей ключ ({existing}) відкликано; повторне додавання його картки не відновлює його.</translation>
    </message>
    <message>
        <source>A fingerprint in display form has 30 digits (six groups of five).</source>
        <translation>Відбиток у формі для показу має 30 цифр (шість груп по п’ять).</translation>
    </message>
    <message>
        <source>A fingerprint is written in hex digits (0-9, a-f).</source>
        <translation>Відбиток записують шістнадцятковими цифрами (0-9, a-f).</translation>
    </message>
    <message>
        <source>Give at least {count} hex digits of the fingerprint.</source>
        <translation>Вкажіть щонайменше {count} шістнадцяткових цифр відбитка.</translation>
    </message>
    <message>
        <source>The fingerprint prefix {text} matches several trusted keys; give more digits.</source>
        <translation>Початок відбитка {text} відповідає кільком довіреним ключам; вкажіть більше цифр.</translation>
    </message>
    <message>
        <source>No trusted key has the fingerprint {fingerprint}.</source>
        <translation>Жоден довірений ключ не має відбитка {fingerprint}.</translation>
    </message>
    <message>
        <source>To verify it, compare its fingerprint with its holder in person or by phone (they read theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.</source>
        <extracomment>How to verify a card, said after a warning about an unverified one (a whole sentence, so that it translates as one).</extracomment>
        <translation>Щоб перевірити її, звірте її відбиток із власником особисто або телефоном (він читає свій через `fieldkit identity show`), потім виконайте `fieldkit trust add CARD.fkid --verified`.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <translation>{list} і {item}</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}…)</source>
        <translation>{name} (відбиток {fingerprint}…)</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}…, unverified)</source>
        <translation>{name} (відбиток {fingerprint}…, не перевірено)</translation>
    </message>
    <message>
        <source>`fieldkit conflicts list` shows the records that need a decision.</source>
        <translation>`fieldkit conflicts list` показує записи, що потребують рішення.</translation>
    </message>
    <message>
        <source>no common ancestor</source>
        <translation>немає спільного предка</translation>
    </message>
    <message>
        <source>deleted on one side, edited on another</source>
        <translation>видалено з одного боку, змінено з іншого</translation>
    </message>
    <message>
        <source>This record is not in conflict.</source>
        <translation>Цей запис не в конфлікті.</translation>
    </message>
    <message>
        <source>Choose one: --accept-auto, --keep REV or --json FILE.</source>
        <translation>Виберіть одне: --accept-auto, --keep REV або --json FILE.</translation>
    </message>
    <message>
        <source>This conflict cannot be merged automatically ({reason}).</source>
        <translation>Цей конфлікт не можна злити автоматично ({reason}).</translation>
    </message>
    <message>
        <source>Choose a version with --keep REV, or give the fields with --json FILE.</source>
        <translation>Виберіть версію через --keep REV або задайте поля через --json FILE.</translation>
    </message>
    <message>
        <source>--keep must name one of the conflicting revisions (8+ characters).</source>
        <translation>--keep має вказувати одну з конфліктних редакцій (щонайменше 8 символів).</translation>
    </message>
    <message>
        <source>is not signed by the giver it names</source>
        <translation>не підписана тим, хто передає і кого вона називає</translation>
    </message>
    <message>
        <source>does not name another receiver</source>
        <translation>не називає іншого одержувача</translation>
    </message>
    <message>
        <source>accepts itself</source>
        <translation>сама себе приймає</translation>
    </message>
    <message>
        <source>This movement was deleted.</source>
        <translation>Це переміщення видалено.</translation>
    </message>
    <message>
        <source>This movement has not departed yet; nothing can arrive.</source>
        <translation>Це переміщення ще не вирушило; нічого не може прибути.</translation>
    </message>
    <message>
        <source>Not received: {container} is missing; check it in where it was found first.</source>
        <translation>Не прийнято: {container} значиться зниклим; спершу прийміть його там, де його знайшли.</translation>
    </message>
    <message>
        <source>This movement packs into that container: check this movement in once the container is recorded where it is.</source>
        <translation>Це переміщення пакує в той контейнер: прийміть це переміщення, щойно контейнер буде записано там, де він є.</translation>
    </message>
    <message>
        <source>Not received: {container} is in transit; check it in at its destination first.</source>
        <translation>Не прийнято: {container} у дорозі; спершу прийміть його в місці призначення.</translation>
    </message>
    <message>
        <source>Check the ids and codes (`fieldkit where ITEM`, `fieldkit move show ID`).</source>
        <translation>Перевірте ідентифікатори й коди (`fieldkit where ITEM`, `fieldkit move show ID`).</translation>
    </message>
    <message>
        <source>A movement goes to a location or into a container.</source>
        <translation>Переміщення веде до місця або в контейнер.</translation>
    </message>
    <message>
        <source>Give a location or container code (`fieldkit location list`).</source>
        <translation>Вкажіть код місця або контейнера (`fieldkit location list`).</translation>
    </message>
    <message>
        <source>These items are at different locations.</source>
        <translation>Ці одиниці перебувають у різних місцях.</translation>
    </message>
    <message>
        <source>Pack the items of each location apart, or say where they are packed (--from LOCATION).</source>
        <translation>Пакуйте одиниці з кожного місця окремо або вкажіть, де їх пакують (--from LOCATION).</translation>
    </message>
    <message>
        <source>Not packed: {container} is in transit.</source>
        <translation>Не запаковано: {container} у дорозі.</translation>
    </message>
    <message>
        <source>A container on its way is on a truck, not here: check it in at its destination first, then pack into it.</source>
        <translation>Контейнер у дорозі — у вантажівці, а не тут: спершу прийміть його в місці призначення, потім пакуйте в нього.</translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) still in transit ({items}).</source>
        <translation>
            <numerusform>Не запаковано: %n одиниця ще в дорозі ({items}).</numerusform>
            <numerusform>Не запаковано: %n одиниці ще в дорозі ({items}).</numerusform>
            <numerusform>Не запаковано: %n одиниць ще в дорозі ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <source>An item on its way is on a truck, not here: check it in at its destination first, then pack it.</source>
        <translation>Одиниця в дорозі — у вантажівці, а не тут: спершу прийміть її в місці призначення, потім пакуйте.</translation>
    </message>
    <message numerus="yes">
        <source>Not packed: %n item(s) already packed in {containers}.</source>
        <translation>
            <numerusform>Не запаковано: %n одиниця вже запакована в {containers}.</numerusform>
            <numerusform>Не запаковано: %n одиниці вже запаковані в {containers}.</numerusform>
            <numerusform>Не запаковано: %n одиниць уже запаковані в {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>To take them out of that container and pack them here, add --move.</source>
        <translation>Щоб вийняти їх із того контейнера й запакувати тут, додайте --move.</translation>
    </message>
    <message>
        <source>Not packed: {container} is missing; check it in where it was found first.</source>
        <translation>Не запаковано: {container} значиться зниклим; спершу прийміть його там, де його знайшли.</translation>
    </message>
    <message>
        <source>A container recorded missing is not here by the record: check it in at the movement that missed it, or move it to the location where it was found, then pack into it.</source>
        <translation>Контейнер, що значиться зниклим, за записами не тут: прийміть його в переміщенні, під час якого його не знайшли, або перемістіть до місця, де його знайшли, потім пакуйте в нього.</translation>
    </message>
    <message>
        <source>A container cannot go inside itself or something it holds.</source>
        <translation>Контейнер не можна покласти в нього самого або в те, що в ньому міститься.</translation>
    </message>
    <message>
        <source>Check the codes: the destination is one of the items or is inside one.</source>
        <translation>Перевірте коди: місце призначення — одна з одиниць або міститься в одній із них.</translation>
    </message>
    <message>
        <source>This movement has already departed.</source>
        <translation>Це переміщення вже вирушило.</translation>
    </message>
    <message>
        <source>Not cancelled: this movement has not departed.</source>
        <translation>Не скасовано: це переміщення не вирушало.</translation>
    </message>
    <message>
        <source>Not cancelled: a packing is not a departure.</source>
        <translation>Не скасовано: пакування — це не відправлення.</translation>
    </message>
    <message>
        <source>To undo a packing, move the items out of the container to where they are.</source>
        <translation>Щоб скасувати пакування, перемістіть одиниці з контейнера туди, де вони є.</translation>
    </message>
    <message>
        <source>Not cancelled: items of this movement were already received.</source>
        <translation>Не скасовано: одиниці цього переміщення вже отримано.</translation>
    </message>
    <message>
        <source>A reception is kept: to bring the items back, record a new movement.</source>
        <translation>Приймання зберігається: щоб повернути одиниці, запишіть нове переміщення.</translation>
    </message>
    <message>
        <source>Not cancelled: a later movement ({movement}) moves its items.</source>
        <translation>Не скасовано: пізніше переміщення ({movement}) переміщує його одиниці.</translation>
    </message>
    <message>
        <source>Cancel the later movement first, if it was a mistake too.</source>
        <translation>Спершу скасуйте пізніше переміщення, якщо воно теж було помилкою.</translation>
    </message>
    <message numerus="yes">
        <source>Not received: %n item(s) recorded missing would be marked arrived ({items}).</source>
        <translation>
            <numerusform>Не прийнято: %n одиницю, записану як зниклу, було б позначено як прибулу ({items}).</numerusform>
            <numerusform>Не прийнято: %n одиниці, записані як зниклі, було б позначено як прибулі ({items}).</numerusform>
            <numerusform>Не прийнято: %n одиниць, записаних як зниклі, було б позначено як прибулі ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the items found since (fieldkit move receive MOVEMENT ITEM...), or add --found to mark every missing item arrived.</source>
        <translation>Назвіть одиниці, знайдені відтоді (fieldkit move receive MOVEMENT ITEM...), або додайте --found, щоб позначити всі зниклі одиниці як прибулі.</translation>
    </message>
    <message>
        <source>No trusted identity has this fingerprint.</source>
        <translation>Жодна довірена ідентичність не має такого відбитка.</translation>
    </message>
    <message>
        <source>Give the receiver&apos;s card (--to FILE.fkid), or trust it first (`fieldkit trust add`).</source>
        <translation>Вкажіть картку одержувача (--to FILE.fkid) або спершу довіртеся їй (`fieldkit trust add`).</translation>
    </message>
    <message>
        <source>Only the receiver accepts a handover.</source>
        <translation>Лише одержувач приймає передачу.</translation>
    </message>
    <message>
        <source>A handover goes to someone else.</source>
        <translation>Передача адресується комусь іншому.</translation>
    </message>
    <message>
        <source>A handover is written by its giver.</source>
        <translation>Передачу складає той, хто передає.</translation>
    </message>
    <message>
        <source>This handover is already accepted.</source>
        <translation>Цю передачу вже прийнято.</translation>
    </message>
    <message>
        <source>This handover is addressed to someone else; only they can accept it.</source>
        <translation>Цю передачу адресовано комусь іншому; лише він може її прийняти.</translation>
    </message>
    <message>
        <source>The receiver imports it into their own vault and accepts it there.</source>
        <translation>Одержувач імпортує її до власного сховища й приймає там.</translation>
    </message>
    <message>
        <source>An acceptance gives accepted_at and acceptance_notes only.</source>
        <translation>Прийняття задає лише accepted_at і acceptance_notes.</translation>
    </message>
    <message>
        <source>No damage report or object has this id or inventory number ({typed}).</source>
        <translation>Жоден звіт про пошкодження чи об’єкт не має такого ідентифікатора чи інвентарного номера ({typed}).</translation>
    </message>
    <message>
        <source>Check the id (`fieldkit damage list` shows them).</source>
        <translation>Перевірте ідентифікатор (`fieldkit damage list` їх показує).</translation>
    </message>
    <message>
        <source>The object {typed} has no damage report.</source>
        <translation>Об’єкт {typed} не має звіту про пошкодження.</translation>
    </message>
    <message>
        <source>Add one with `fieldkit damage add --object ID`.</source>
        <translation>Додайте його через `fieldkit damage add --object ID`.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>дату не записано</translation>
    </message>
    <message>
        <source>{typed} is an object: its most recent damage report ({when}) was printed.</source>
        <translation>{typed} — об’єкт: надруковано його найновіший звіт про пошкодження ({when}).</translation>
    </message>
    <message>
        <source>The damage report {typed} was deleted.</source>
        <translation>Звіт про пошкодження {typed} видалено.</translation>
    </message>
    <message>
        <source>Reinstall FieldKit: its report fonts are missing from this installation.</source>
        <translation>Перевстановіть FieldKit: у цьому встановленні бракує шрифтів для звітів.</translation>
    </message>
    <message>
        <source>The report font {file_name} cannot be found.</source>
        <translation>Не вдається знайти шрифт звітів {file_name}.</translation>
    </message>
    <message>
        <source>The original of photo {photo} could not be read; its thumbnail was printed instead.</source>
        <translation>Оригінал фото {photo} не вдалося прочитати; натомість надруковано його мініатюру.</translation>
    </message>
    <message>
        <source>The object {typed} was deleted.</source>
        <translation>Об’єкт {typed} видалено.</translation>
    </message>
    <message>
        <source>No object was given.</source>
        <translation>Не вказано жодного об’єкта.</translation>
    </message>
    <message>
        <source>Give at least one id or inventory number.</source>
        <translation>Вкажіть щонайменше один ідентифікатор або інвентарний номер.</translation>
    </message>
    <message>
        <source>the sync target &apos;{target}&apos;</source>
        <translation>ціль синхронізації «{target}»</translation>
    </message>
    <message>
        <source>Delete &apos;.fieldkit-sync.lock&apos; from the sync folder (FieldKit makes a new one), then sync again.</source>
        <translation>Видаліть «.fieldkit-sync.lock» з теки синхронізації (FieldKit створить новий), потім синхронізуйте знову.</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>файл невідомого типу</translation>
    </message>
    <message>
        <source>The sync target &apos;{target}&apos; cannot be used: its {file} is {found}, not a plain file.</source>
        <translation>Ціль синхронізації «{target}» не можна використати: її {file} — {found}, а не звичайний файл.</translation>
    </message>
    <message>
        <source>Sync cancelled while waiting for the target.</source>
        <translation>Синхронізацію скасовано під час очікування цілі.</translation>
    </message>
    <message>
        <source>Another sync is using the target &apos;{target}&apos; right now.</source>
        <translation>Інша синхронізація саме зараз використовує ціль «{target}».</translation>
    </message>
    <message>
        <source>{file} grew while it was being copied; no copy was kept.</source>
        <translation>{file} збільшився під час копіювання; копію не збережено.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s) kept, {size} of copies (the quarantine keeps at most {most} files, {limit}).</source>
        <translation>
            <numerusform>%n відхилений файл збережено, {size} копій (карантин зберігає щонайбільше {most} файлів, {limit}).</numerusform>
            <numerusform>%n відхилені файли збережено, {size} копій (карантин зберігає щонайбільше {most} файлів, {limit}).</numerusform>
            <numerusform>%n відхилених файлів збережено, {size} копій (карантин зберігає щонайбільше {most} файлів, {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older file(s) dropped to stay within that.</source>
        <translation>
            <numerusform>%n старіший файл видалено, щоб не перевищити ці межі.</numerusform>
            <numerusform>%n старіші файли видалено, щоб не перевищити ці межі.</numerusform>
            <numerusform>%n старіших файлів видалено, щоб не перевищити ці межі.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kept} {dropped}</source>
        <translation>{kept} {dropped}</translation>
    </message>
    <message>
        <source>Sent by “{name}” (fingerprint {fingerprint}), whose card this vault does not trust yet. Compare these digits with the sender in person or by phone; if they match, trust the card, then sync again: the bundle is imported then.</source>
        <translation>Надіслав «{name}» (відбиток {fingerprint}); це сховище ще не довіряє його картці. Звірте ці цифри з відправником особисто або телефоном; якщо вони збігаються, довіртеся картці, потім синхронізуйте знову: тоді пакет буде імпортовано.</translation>
    </message>
    <message>
        <source>Sent by an unknown key (fingerprint {fingerprint}). Ask the sender for their card and compare these digits with them; if they match, trust the card, then sync again: the bundle is imported then.</source>
        <translation>Надіслано невідомим ключем (відбиток {fingerprint}). Попросіть у відправника його картку й звірте з ним ці цифри; якщо вони збігаються, довіртеся картці, потім синхронізуйте знову: тоді пакет буде імпортовано.</translation>
    </message>
    <message>
        <source>The receipt is larger than any receipt can be.</source>
        <translation>Квитанція більша, ніж може бути будь-яка квитанція.</translation>
    </message>
    <message>
        <source>The receipt is not valid JSON.</source>
        <translation>Квитанція — не коректний JSON.</translation>
    </message>
    <message>
        <source>This is not a FieldKit receipt.</source>
        <translation>Це не квитанція FieldKit.</translation>
    </message>
    <message>
        <source>The receipt has an unknown version {version}.</source>
        <translation>Квитанція має невідому версію {version}.</translation>
    </message>
    <message>
        <source>The receipt has missing or unexpected members.</source>
        <translation>У квитанції бракує членів або є неочікувані.</translation>
    </message>
    <message>
        <source>The receipt has members of the wrong kind.</source>
        <translation>Квитанція має члени неправильного типу.</translation>
    </message>
    <message>
        <source>The receipt is encrypted to this vault but names another one.</source>
        <translation>Квитанцію зашифровано для цього сховища, але вона називає інше.</translation>
    </message>
    <message>
        <source>The receipt comes from {fingerprint}, a key this vault does not trust.</source>
        <translation>Квитанція надійшла від {fingerprint}, ключа, якому це сховище не довіряє.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not valid: {problem}</source>
        <translation>Підпис квитанції недійсний: {problem}</translation>
    </message>
    <message>
        <source>The receipt&apos;s signed comment does not match its content.</source>
        <translation>Підписаний коментар квитанції не відповідає її вмісту.</translation>
    </message>
    <message>
        <source>Trust the writer&apos;s identity card to accept their receipts.</source>
        <translation>Довіртеся ідентифікаційній картці автора, щоб приймати його квитанції.</translation>
    </message>
    <message>
        <source>Install it with: pip install &apos;fieldkit[s3]&apos;</source>
        <translation>Установіть її командою: pip install &apos;fieldkit[s3]&apos;</translation>
    </message>
    <message>
        <source>Nothing was lost: what was confirmed stays, the rest resumes at the next sync.</source>
        <translation>Нічого не втрачено: підтверджене лишається, решта продовжиться під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>Check the access key, secret and bucket with the storage&apos;s administrator, then add the target again with `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</source>
        <translation>Перевірте ключ доступу, секрет і бакет з адміністратором сховища, потім знову додайте ціль через `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</translation>
    </message>
    <message>
        <source>The transfer is started again at the next sync; nothing bad was imported.</source>
        <translation>Передавання почнеться знову під час наступної синхронізації; нічого поганого не імпортовано.</translation>
    </message>
    <message>
        <source>S3 storage needs the botocore library, which is not installed.</source>
        <translation>Для сховища S3 потрібна бібліотека botocore, яку не встановлено.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an S3 location like s3://BUCKET/PREFIX.</source>
        <translation>«{url}» — не розташування S3 на кшталт s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
        <source>&apos;{bucket}&apos; is not a valid bucket name.</source>
        <translation>«{bucket}» — неприпустима назва бакета.</translation>
    </message>
    <message>
        <source>The prefix of &apos;{url}&apos; has a part that cannot be used.</source>
        <translation>Префікс «{url}» має частину, яку не можна використати.</translation>
    </message>
    <message>
        <source>The bucket &apos;{bucket}&apos; does not exist.</source>
        <translation>Бакета «{bucket}» не існує.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the credentials or the request ({code}).</source>
        <translation>Сховище за адресою {endpoint} відхилило облікові дані або запит ({code}).</translation>
    </message>
    <message>
        <source>The storage at {endpoint} is not reachable.</source>
        <translation>Сховище за адресою {endpoint} недосяжне.</translation>
    </message>
    <message>
        <source>The storage would not give this file ({code}).</source>
        <translation>Сховище не віддало цей файл ({code}).</translation>
    </message>
    <message>
        <source>The storage at {endpoint} answered with an error ({error}).</source>
        <translation>Сховище за адресою {endpoint} відповіло помилкою ({error}).</translation>
    </message>
    <message>
        <source>{key} is larger than any such file can be.</source>
        <translation>{key} більший, ніж може бути такий файл.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not store {key} intact.</source>
        <translation>Сховище за адресою {endpoint} не зберегло {key} цілим.</translation>
    </message>
    <message>
        <source>{name} changed while it was being uploaded.</source>
        <translation>{name} змінився під час вивантаження.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not assemble {key} intact.</source>
        <translation>Сховище за адресою {endpoint} не зібрало {key} цілим.</translation>
    </message>
    <message>
        <source>{key} on the storage does not carry the expected checksum.</source>
        <translation>{key} у сховищі не має очікуваної контрольної суми.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} did not receive part {number} of {key} intact.</source>
        <translation>Сховище за адресою {endpoint} не отримало частину {number} файлу {key} цілою.</translation>
    </message>
    <message>
        <source>{key} changed while it was downloaded.</source>
        <translation>{key} змінився під час завантаження.</translation>
    </message>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation>Файлу облікових даних {path} не існує.</translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read as an AWS credentials file.</source>
        <translation>Файл облікових даних {path} не читається як файл облікових даних AWS.</translation>
    </message>
    <message>
        <source>The credentials file {path} has no [{profile}] section.</source>
        <translation>Файл облікових даних {path} не має розділу [{profile}].</translation>
    </message>
    <message>
        <source>The credentials file {path} lacks aws_access_key_id or aws_secret_access_key.</source>
        <translation>У файлі облікових даних {path} бракує aws_access_key_id або aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Free some space on the laptop&apos;s disk, then sync again.</source>
        <translation>Звільніть місце на диску ноутбука, потім синхронізуйте знову.</translation>
    </message>
    <message>
        <source>&apos;{endpoint}&apos; is not an endpoint URL like https://s3.example.org.</source>
        <translation>«{endpoint}» — не URL кінцевої точки на кшталт https://s3.example.org.</translation>
    </message>
    <message>
        <source>The endpoint URL must not carry a user name or password; give the credentials with --credentials-file or AWS_ACCESS_KEY_ID.</source>
        <translation>URL кінцевої точки не повинна містити ім’я користувача чи пароль; задайте облікові дані через --credentials-file або AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>The S3 settings of the sync target &apos;{name}&apos; are missing.</source>
        <translation>Налаштування S3 цілі синхронізації «{name}» відсутні.</translation>
    </message>
    <message>
        <source>Add the target again with `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</source>
        <translation>Додайте ціль знову через `fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL`.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; is a folder, not S3 storage.</source>
        <translation>Ціль синхронізації «{name}» — тека, а не сховище S3.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>парольної фрази</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>нової парольної фрази</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>парольної фрази ключа</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>ключа відновлення</translation>
    </message>
    <message>
        <source>An S3 target needs an access key and a secret.</source>
        <translation>Цілі S3 потрібні ключ доступу й секрет.</translation>
    </message>
    <message>
        <source>No S3 credentials were given and there is no terminal to ask for them.</source>
        <translation>Облікових даних S3 не надано, і немає термінала, щоб їх запитати.</translation>
    </message>
    <message>
        <source>Use --credentials-file FILE (AWS credentials format) or set {access} and {secret}.</source>
        <translation>Використайте --credentials-file FILE (формат облікових даних AWS) або задайте {access} і {secret}.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>Файлу {what} {path} не існує.</translation>
    </message>
    <message>
        <source>The {what} file {path} cannot be read as text.</source>
        <translation>Файл {what} {path} не вдається прочитати як текст.</translation>
    </message>
    <message>
        <source>The {what} file {path} is empty.</source>
        <translation>Файл {what} {path} порожній.</translation>
    </message>
    <message>
        <source>No passphrase was given and there is no terminal to ask for one.</source>
        <translation>Парольної фрази не надано, і немає термінала, щоб її запитати.</translation>
    </message>
    <message>
        <source>Use --passphrase-file FILE or set {variable}.</source>
        <translation>Використайте --passphrase-file FILE або задайте {variable}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Дві парольні фрази різняться; нічого не змінено.</translation>
    </message>
    <message>
        <source>No new passphrase was given and there is no terminal to ask for one.</source>
        <translation>Нової парольної фрази не надано, і немає термінала, щоб її запитати.</translation>
    </message>
    <message>
        <source>Use a passphrase file option or set {variable}.</source>
        <translation>Використайте параметр файлу парольної фрази або задайте {variable}.</translation>
    </message>
    <message>
        <source>A bandwidth limit is at least 1 kB/s.</source>
        <translation>Обмеження швидкості — щонайменше 1 кБ/с.</translation>
    </message>
    <message>
        <source>This vault&apos;s own card is not a recipient: it always reads its bundles.</source>
        <translation>Власна картка цього сховища — не одержувач: воно завжди читає свої пакети.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({endpoint}) is not reachable, nothing lost: bundles wait in the outbox.</source>
        <translation>Ціль синхронізації «{name}» ({endpoint}) недосяжна, нічого не втрачено: пакети чекають у вихідних.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; cannot be used: {problem}</source>
        <translation>Ціль синхронізації «{name}» не можна використати: {problem}</translation>
    </message>
    <message>
        <source>The link to the sync target &apos;{name}&apos; dropped: not reachable, nothing lost.</source>
        <translation>Зв’язок із ціллю синхронізації «{name}» обірвався: недосяжна, нічого не втрачено.</translation>
    </message>
    <message>
        <source>A bundle of {size} on &apos;{name}&apos; was not downloaded: it needs {needed} free on this laptop&apos;s disk and {free} is; it waits on the target for the next sync.</source>
        <translation>Пакет розміром {size} на «{name}» не завантажено: потрібно {needed} вільного місця на диску цього ноутбука, а є {free}; він чекає на цілі до наступної синхронізації.</translation>
    </message>
    <message>
        <source>This receipt is larger than any receipt can be.</source>
        <translation>Ця квитанція більша, ніж може бути будь-яка квитанція.</translation>
    </message>
    <message>
        <source>Nothing was lost: the next sync resumes where this one stopped.</source>
        <translation>Нічого не втрачено: наступна синхронізація продовжить із місця, де зупинилася ця.</translation>
    </message>
    <message>
        <source>Plug in the drive or mount the folder, then sync again; bundles wait in the outbox.</source>
        <translation>Під’єднайте носій або змонтуйте теку, потім синхронізуйте знову; пакети чекають у вихідних.</translation>
    </message>
    <message>
        <source>Wait for the other sync to finish, then try again.</source>
        <translation>Зачекайте, доки завершиться інша синхронізація, потім спробуйте знову.</translation>
    </message>
    <message>
        <source>See the targets with `fieldkit sync target list`.</source>
        <translation>Перегляньте цілі через `fieldkit sync target list`.</translation>
    </message>
    <message>
        <source>A sync target needs a name.</source>
        <translation>Цілі синхронізації потрібна назва.</translation>
    </message>
    <message>
        <source>A sync target&apos;s name is at most {limit} characters.</source>
        <translation>Назва цілі синхронізації — щонайбільше {limit} символів.</translation>
    </message>
    <message>
        <source>A sync target&apos;s name cannot contain control characters.</source>
        <translation>Назва цілі синхронізації не може містити керівних символів.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a word of the sync command; choose another name.</source>
        <translation>«{name}» — слово команди sync; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>There is no sync target named &apos;{name}&apos;.</source>
        <translation>Немає цілі синхронізації з назвою «{name}».</translation>
    </message>
    <message>
        <source>The folder {path} does not exist: plug in the drive or create the folder first.</source>
        <translation>Теки {path} не існує: під’єднайте носій або спершу створіть теку.</translation>
    </message>
    <message>
        <source>A sync target cannot be inside the vault folder.</source>
        <translation>Ціль синхронізації не може бути всередині теки сховища.</translation>
    </message>
    <message>
        <source>Nothing is sent to “{target}”: no recipient is chosen for this folder, and no coordinator&apos;s card is verified here. Choose who receives your bundles (the folder&apos;s recipients), or compare a coordinator&apos;s fingerprint with its holder and mark their card verified.</source>
        <translation>До «{target}» нічого не надсилається: для цієї теки не вибрано жодного одержувача, і тут немає перевіреної картки координатора. Виберіть, хто отримує Ваші пакети (одержувачі теки), або звірте відбиток координатора з його власником і позначте його картку перевіреною.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable: the drive is not plugged in or the folder is not mounted.</source>
        <translation>Ціль синхронізації «{name}» ({path}) недосяжна: носій не під’єднано або теку не змонтовано.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable: the folder exists but is not a FieldKit sync folder (is the drive mounted?).</source>
        <translation>Ціль синхронізації «{name}» ({path}) недосяжна: тека існує, але це не тека синхронізації FieldKit (чи змонтовано носій?).</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) cannot be read.</source>
        <translation>Ціль синхронізації «{name}» ({path}) неможливо прочитати.</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; ({path}) is not reachable.</source>
        <translation>Ціль синхронізації «{name}» ({path}) недосяжна.</translation>
    </message>
    <message>
        <source>Mount the drive; if this really is the folder, mark it again with `fieldkit sync target add {name} PATH`.</source>
        <translation>Підключіть диск; якщо це справді та тека, позначте її знову через `fieldkit sync target add {name} PATH`.</translation>
    </message>
    <message>
        <source>{option} or {variable}</source>
        <extracomment>What the archive lacks: an option or its environment variable, in a list.</extracomment>
        <translation>{option} або {variable}</translation>
    </message>
    <message>
        <source>Check --db (or FIELDKIT_ARCHIVE_DB) and that the server is running.</source>
        <translation>Перевірте --db (або FIELDKIT_ARCHIVE_DB) і чи працює сервер.</translation>
    </message>
    <message>
        <source>The archive needs {missing}.</source>
        <translation>Архіву потрібно: {missing}.</translation>
    </message>
    <message>
        <source>Give the PostgreSQL connection string, the bucket and the S3 endpoint.</source>
        <translation>Укажіть рядок підключення PostgreSQL, кошик і кінцеву точку S3.</translation>
    </message>
    <message>
        <source>{variable} is not a number of days.</source>
        <translation>{variable} — це не кількість днів.</translation>
    </message>
    <message>
        <source>The retention must be zero or more days.</source>
        <translation>Строк зберігання має бути нуль днів або більше.</translation>
    </message>
    <message>
        <source>The object-lock mode is GOVERNANCE or COMPLIANCE.</source>
        <translation>Режим блокування об’єктів — GOVERNANCE або COMPLIANCE.</translation>
    </message>
    <message>
        <source>{name} changed while it was being stored.</source>
        <translation>{name} змінився під час збереження.</translation>
    </message>
    <message>
        <source>Check the bucket&apos;s settings and the credentials, then run the command again.</source>
        <translation>Перевірте налаштування бакета й облікові дані, потім запустіть команду знову.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} does not accept the archive&apos;s access key and secret ({code}).</source>
        <translation>Сховище за адресою {endpoint} не приймає ключ доступу й секрет архіву ({code}).</translation>
    </message>
    <message>
        <source>Check the key and secret the archive is given (--credentials-file, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), then run the `fieldkit archive` command again.</source>
        <translation>Перевірте ключ і секрет, надані архіву (--credentials-file або AWS_ACCESS_KEY_ID і AWS_SECRET_ACCESS_KEY), потім запустіть команду `fieldkit archive` знову.</translation>
    </message>
    <message>
        <source>The storage at {endpoint} refused the archive access to the bucket &apos;{bucket}&apos; ({code}).</source>
        <translation>Сховище за адресою {endpoint} відмовило архіву в доступі до бакета «{bucket}» ({code}).</translation>
    </message>
    <message>
        <source>Check the archive&apos;s key and secret, and ask the storage&apos;s administrator to let that key read and write this bucket, then run the `fieldkit archive` command again.</source>
        <translation>Перевірте ключ і секрет архіву та попросіть адміністратора сховища дозволити цьому ключу читати й записувати цей бакет, потім запустіть команду `fieldkit archive` знову.</translation>
    </message>
    <message>
        <source>The archive&apos;s bucket &apos;{bucket}&apos; does not exist at {endpoint}.</source>
        <translation>Бакета архіву «{bucket}» немає за адресою {endpoint}.</translation>
    </message>
    <message>
        <source>Check the bucket named by --s3 (or FIELDKIT_ARCHIVE_S3), or create it with `fieldkit archive init`.</source>
        <translation>Перевірте бакет, указаний у --s3 (або FIELDKIT_ARCHIVE_S3), або створіть його командою `fieldkit archive init`.</translation>
    </message>
    <message>
        <source>Check that the storage is running and that --endpoint (or FIELDKIT_ARCHIVE_ENDPOINT) names it, then run the `fieldkit archive` command again: nothing already stored is lost.</source>
        <translation>Перевірте, що сховище працює і що --endpoint (або FIELDKIT_ARCHIVE_ENDPOINT) указує на нього, потім запустіть команду `fieldkit archive` знову: нічого з уже збереженого не втрачено.</translation>
    </message>
    <message>
        <source>The archive&apos;s S3 credentials are missing.</source>
        <translation>Бракує облікових даних S3 архіву.</translation>
    </message>
    <message>
        <source>Give --credentials-file F, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Укажіть --credentials-file F або задайте AWS_ACCESS_KEY_ID і AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The bucket could not be created ({error}).</source>
        <translation>Не вдалося створити кошик ({error}).</translation>
    </message>
    <message>
        <source>Versioning could not be turned on ({error}).</source>
        <translation>Не вдалося ввімкнути керування версіями ({error}).</translation>
    </message>
    <message>
        <source>Object lock could not be turned on ({error}): bundles are kept, but the storage does not prevent their deletion.</source>
        <translation>Не вдалося ввімкнути блокування об’єктів ({error}): пакети зберігаються, але сховище не перешкоджає їх видаленню.</translation>
    </message>
    <message>
        <source>The storage did not receive part {number} intact.</source>
        <translation>Сховище S3 не отримало частину {number} неушкодженою.</translation>
    </message>
    <message>
        <source>The storage did not assemble {key} intact.</source>
        <translation>Сховище S3 не зібрало {key} неушкодженим.</translation>
    </message>
    <message>
        <source>The storage did not store {key} intact.</source>
        <translation>Сховище S3 не зберегло {key} неушкодженим.</translation>
    </message>
    <message>
        <source>Bundle {id} in the bucket does not match its hash.</source>
        <translation>Пакет {id} у бакеті не відповідає своєму хешу.</translation>
    </message>
    <message>
        <source>Bundle {id} is missing from the bucket.</source>
        <translation>Пакета {id} немає в бакеті.</translation>
    </message>
    <message>
        <source>Bundle {id}: its retention could not be read ({reason}).</source>
        <translation>Пакет {id}: не вдалося прочитати його строк зберігання ({reason}).</translation>
    </message>
    <message>
        <source>A photo does not match its hash.</source>
        <translation>Фото не відповідає своєму хешу.</translation>
    </message>
    <message>
        <source>Photo {id} in the bucket does not match its hash.</source>
        <translation>Фото {id} у бакеті не відповідає своєму хешу.</translation>
    </message>
    <message>
        <source>Photo {id} is missing from the bucket.</source>
        <translation>Фото {id} немає в бакеті.</translation>
    </message>
    <message>
        <source>Bundle {bundle}: {problem}</source>
        <translation>Пакет {bundle}: {problem}</translation>
    </message>
    <message>
        <source>Photo {photo}: {problem}</source>
        <translation>Фотографія {photo}: {problem}</translation>
    </message>
    <message>
        <source>Run `fieldkit archive {command}` again: nothing already stored is lost.</source>
        <translation>Запустіть `fieldkit archive {command}` знову: нічого з уже збереженого не втрачено.</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}; create the archive&apos;s vault first: fieldkit --vault {folder} init --name NAME --role coordinator</source>
        <translation>У {folder} немає сховища FieldKit; спершу створіть сховище архіву: fieldkit --vault {folder} init --name NAME --role coordinator</translation>
    </message>
    <message>
        <source>The archive commands need the archive extra.</source>
        <translation>Командам архіву потрібен додатковий пакет archive.</translation>
    </message>
    <message>
        <source>Install it with: pip install &quot;fieldkit[archive]&quot;</source>
        <translation>Установіть його командою: pip install &quot;fieldkit[archive]&quot;</translation>
    </message>
    <message>
        <source>Name bundle files or --from-s3 s3://BUCKET/PREFIX.</source>
        <translation>Укажіть файли пакетів або --from-s3 s3://BUCKET/PREFIX.</translation>
    </message>
    <message>
        <source>--concurrency is at least 1.</source>
        <translation>--concurrency має бути щонайменше 1.</translation>
    </message>
    <message>
        <source>--limit is at least 1.</source>
        <translation>--limit має бути щонайменше 1.</translation>
    </message>
    <message>
        <source>the folder {path}</source>
        <translation>теку {path}</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose another name.</source>
        <translation>{path} існує і не є текою; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty; choose a new or empty folder.</source>
        <translation>Тека {path} не порожня; виберіть нову або порожню теку.</translation>
    </message>
    <message>
        <source>Photo {photo} has not arrived in this vault; left out.</source>
        <translation>Фото {photo} ще не надійшло до цього сховища; його пропущено.</translation>
    </message>
    <message>
        <source>{problem} It was left out.</source>
        <translation>{problem} Його пропущено.</translation>
    </message>
    <message>
        <source>The file is too large to be an identity card (over {limit} KiB).</source>
        <translation>Файл завеликий для ідентифікаційної картки (понад {limit} КіБ).</translation>
    </message>
    <message>
        <source>Ask the card&apos;s holder for a new copy (`fieldkit identity export`); nothing was trusted.</source>
        <translation>Попросіть власника картки про нову копію (`fieldkit identity export`); нікому не надано довіри.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it starts with a byte-order mark.</source>
        <translation>Цей файл не є ідентифікаційною карткою: він починається з мітки порядку байтів.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not UTF-8 text.</source>
        <translation>Цей файл не є ідентифікаційною карткою: це не текст UTF-8.</translation>
    </message>
    <message>
        <source>The identity card has the member {name} twice.</source>
        <translation>Ідентифікаційна картка містить член {name} двічі.</translation>
    </message>
    <message>
        <source>The identity card has a member twice.</source>
        <translation>Ідентифікаційна картка містить один член двічі.</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not valid JSON ({problem}).</source>
        <translation>Цей файл не є ідентифікаційною карткою: це не коректний JSON ({problem}).</translation>
    </message>
    <message>
        <source>This file is not an identity card: it is not a JSON object.</source>
        <translation>Цей файл не є ідентифікаційною карткою: це не об’єкт JSON.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} is longer than {limit} characters.</source>
        <translation>Поле {member} ідентифікаційної картки довше за {limit} символів.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} contains control characters.</source>
        <translation>Поле {member} ідентифікаційної картки містить керівні символи.</translation>
    </message>
    <message>
        <source>The identity card&apos;s role must be one of {roles}, not {role}.</source>
        <translation>Роль в ідентифікаційній картці має бути однією з {roles}, а не {role}.</translation>
    </message>
    <message>
        <source>The identity card&apos;s creation date is not an ISO 8601 UTC time.</source>
        <translation>Дата створення ідентифікаційної картки не є часом UTC у форматі ISO 8601.</translation>
    </message>
    <message>
        <source>This file is not a FieldKit identity card (wrong or missing format).</source>
        <translation>Цей файл не є ідентифікаційною карткою FieldKit (хибний формат або його немає).</translation>
    </message>
    <message>
        <source>The identity card&apos;s version is missing or not a number.</source>
        <translation>Версії ідентифікаційної картки немає, або вона не є числом.</translation>
    </message>
    <message>
        <source>The identity card is in version {version} of the format, which this FieldKit cannot read.</source>
        <translation>Ідентифікаційна картка має версію формату {version}, яку цей FieldKit не вміє читати.</translation>
    </message>
    <message>
        <source>Update FieldKit, or ask the holder for a card made by the same FieldKit version.</source>
        <translation>Оновіть FieldKit або попросіть власника про картку, створену тією самою версією FieldKit.</translation>
    </message>
    <message>
        <source>The identity card has no {member}.</source>
        <translation>В ідентифікаційній картці немає поля {member}.</translation>
    </message>
    <message>
        <source>The identity card has an unknown member {member}.</source>
        <translation>Ідентифікаційна картка містить невідомий член {member}.</translation>
    </message>
    <message>
        <source>The identity card&apos;s {member} is not text.</source>
        <translation>Поле {member} ідентифікаційної картки не є текстом.</translation>
    </message>
    <message>
        <source>The identity card&apos;s minisign public key is not a valid key.</source>
        <translation>Відкритий ключ minisign в ідентифікаційній картці недійсний.</translation>
    </message>
    <message>
        <source>The identity card&apos;s age recipient is not a valid age1… key.</source>
        <translation>Одержувач age в ідентифікаційній картці не є дійсним ключем age1….</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint is not 64 lower-case hex digits.</source>
        <translation>Відбиток ідентифікаційної картки не складається з 64 малих шістнадцяткових цифр.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint does not match its keys.</source>
        <translation>Відбиток ідентифікаційної картки не відповідає її ключам.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature is too long to be a minisign signature.</source>
        <translation>Підпис ідентифікаційної картки задовгий для підпису minisign.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature is not a minisign signature.</source>
        <translation>Підпис ідентифікаційної картки не є підписом minisign.</translation>
    </message>
    <message>
        <source>The identity card is signed by another key than its own.</source>
        <translation>Ідентифікаційну картку підписано іншим ключем, ніж її власний.</translation>
    </message>
    <message>
        <source>The identity card&apos;s signature does not match its contents (it was altered).</source>
        <translation>Підпис ідентифікаційної картки не відповідає її вмісту (її змінено).</translation>
    </message>
    <message>
        <source>The identity card {path}</source>
        <translation>Ідентифікаційна картка {path}</translation>
    </message>
    <message>
        <source>Give the .fkid file itself.</source>
        <translation>Вкажіть сам файл .fkid.</translation>
    </message>
    <message>
        <source>The identity card {path} cannot be read.</source>
        <translation>Не вдається прочитати ідентифікаційну картку {path}.</translation>
    </message>
    <message>
        <source>The audit log is damaged: event {seq} cannot be read.</source>
        <translation>Журнал аудиту пошкоджено: подію {seq} неможливо прочитати.</translation>
    </message>
    <message>
        <source>Run `fieldkit audit --verify` to see what was altered.</source>
        <translation>Запустіть `fieldkit audit --verify`, щоб побачити, що змінено.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its {name} is not text.</source>
        <translation>Подію {seq} змінено: її поле {name} не є текстом.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not valid JSON.</source>
        <translation>Подію {seq} змінено: її подробиці не є коректним JSON.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not a JSON object.</source>
        <translation>Подію {seq} змінено: її подробиці не є об’єктом JSON.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its details are not stored as they were written.</source>
        <translation>Подію {seq} змінено: її подробиці збережено не так, як їх було записано.</translation>
    </message>
    <message>
        <source>Event {seq} was altered: its contents do not match its hash.</source>
        <translation>Подію {seq} змінено: її вміст не відповідає її гешу.</translation>
    </message>
    <message>
        <source>Event {seq} has an invalid sequence number (events start at 1).</source>
        <translation>Подія {seq} має неприпустимий порядковий номер (події починаються з 1).</translation>
    </message>
    <message>
        <source>Event {missing} is missing: the log jumps to event {seq} (events were removed).</source>
        <translation>Бракує події {missing}: журнал перескакує до події {seq} (події видалено).</translation>
    </message>
    <message>
        <source>Events {first} to {last} are missing: the log jumps to event {seq} (events were removed).</source>
        <translation>Бракує подій від {first} до {last}: журнал перескакує до події {seq} (події видалено).</translation>
    </message>
    <message>
        <source>Event {seq} does not link to the start of the log: an event was removed, inserted or moved there.</source>
        <translation>Подія {seq} не пов’язана з початком журналу: тут подію видалено, вставлено або переміщено.</translation>
    </message>
    <message>
        <source>Event {seq} does not link to event {previous}: an event was removed, inserted or moved there.</source>
        <translation>Подія {seq} не пов’язана з подією {previous}: тут подію видалено, вставлено або переміщено.</translation>
    </message>
    <message>
        <source>The head recorded earlier is not a valid head of an empty log.</source>
        <translation>Голова, записана раніше, не є коректною головою порожнього журналу.</translation>
    </message>
    <message>
        <source>Event {seq}, the head recorded earlier, is gone: the log now ends at event {last} (events were removed from the end).</source>
        <translation>Події {seq}, голови, записаної раніше, більше немає: журнал тепер закінчується подією {last} (події видалено з кінця).</translation>
    </message>
    <message>
        <source>Event {seq}, the head recorded earlier, is missing from the log.</source>
        <translation>Події {seq}, голови, записаної раніше, немає в журналі.</translation>
    </message>
    <message>
        <source>Event {seq} differs from the head recorded earlier: the history up to it was rewritten.</source>
        <translation>Подія {seq} відрізняється від голови, записаної раніше: історію до неї переписано.</translation>
    </message>
    <message>
        <source>The vault&apos;s identity keys are missing.</source>
        <translation>Бракує ключів ідентичності сховища.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, TIFF or HEIC photo; nothing was added.</source>
        <translation>Виберіть фотографію JPEG, PNG, TIFF або HEIC; нічого не додано.</translation>
    </message>
    <message>
        <source>Check that the file still exists, that it is a file and not a folder, and that you may read it.</source>
        <translation>Перевірте, що файл досі існує, що це файл, а не тека, і що ви маєте право його читати.</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, TIFF or HEIC photo; this file was not added.</source>
        <translation>Виберіть фотографію JPEG, PNG, TIFF або HEIC; цей файл не додано.</translation>
    </message>
    <message>
        <source>Save or export it as JPEG, PNG, TIFF or HEIC, then add it again.</source>
        <translation>Збережіть або експортуйте її як JPEG, PNG, TIFF або HEIC і додайте знову.</translation>
    </message>
    <message>
        <source>Export the photo as JPEG on the phone or computer that took it, or install the pillow-heif package, then add it again.</source>
        <translation>Експортуйте фотографію як JPEG на телефоні чи комп’ютері, яким її зроблено, або встановіть пакет pillow-heif, і додайте її знову.</translation>
    </message>
    <message>
        <source>FieldKit accepts photos of at most 150 megapixels and 30,000 pixels per side: reduce the photo in an image editor first. Files declaring huge sizes are also a known way to attack a computer, so this one was not opened further.</source>
        <translation>FieldKit приймає фотографії щонайбільше 150 мегапікселів і 30 000 пікселів на бік: спершу зменште фотографію в графічному редакторі. Файли, що оголошують величезні розміри, — ще й відомий спосіб атакувати комп’ютер, тому цей файл далі не відкривали.</translation>
    </message>
    <message>
        <source>Copy the photo again from the camera or phone (an interrupted copy cuts files short), then add it again.</source>
        <translation>Скопіюйте фотографію ще раз із фотоапарата чи телефона (перерване копіювання обрізає файли) і додайте її знову.</translation>
    </message>
    <message>
        <source>Wait until the file has been copied completely, then add it again.</source>
        <translation>Зачекайте, доки файл скопіюється повністю, і додайте його знову.</translation>
    </message>
    <message>
        <source>{subject} is empty.</source>
        <translation>{subject} порожній.</translation>
    </message>
    <message>
        <source>{subject} is a video or other media file, not a photo.</source>
        <translation>{subject} — це відео або інший медіафайл, а не фотографія.</translation>
    </message>
    <message>
        <source>{subject} is not a JPEG, PNG, TIFF or HEIC image.</source>
        <translation>{subject} не є зображенням JPEG, PNG, TIFF або HEIC.</translation>
    </message>
    <message>
        <source>{subject} is a {kind} file, which FieldKit does not accept as a photo.</source>
        <translation>{subject} — це файл {kind}, який FieldKit не приймає як фотографію.</translation>
    </message>
    <message>
        <source>{subject} is a HEIC photo, and this computer has no HEIC support installed.</source>
        <translation>{subject} — це фотографія HEIC, а на цьому комп’ютері не встановлено підтримки HEIC.</translation>
    </message>
    <message>
        <source>{subject} is damaged or incomplete.</source>
        <translation>{subject} пошкоджений або неповний.</translation>
    </message>
    <message>
        <source>{subject} is too large to add safely ({width} × {height} pixels).</source>
        <translation>{subject} завеликий, щоб безпечно його додати ({width} × {height} пікселів).</translation>
    </message>
    <message>
        <source>{subject} is a camera raw file, which FieldKit does not accept as a photo.</source>
        <translation>{subject} — це сирий файл фотоапарата (raw), який FieldKit не приймає як фотографію.</translation>
    </message>
    <message>
        <source>{subject} is too large to add safely.</source>
        <translation>{subject} завеликий, щоб безпечно його додати.</translation>
    </message>
    <message>
        <source>{subject} is too large to open with the memory available.</source>
        <translation>{subject} завеликий, щоб відкрити його з наявною пам’яттю.</translation>
    </message>
    <message>
        <source>{subject} could not be read.</source>
        <translation>{subject} не вдалося прочитати.</translation>
    </message>
    <message>
        <source>{subject} is not a regular file.</source>
        <translation>{subject} не є звичайним файлом.</translation>
    </message>
    <message>
        <source>{subject} changed while it was being added.</source>
        <translation>{subject} змінився під час додавання.</translation>
    </message>
    <message>
        <source>A revision is not valid JSON.</source>
        <translation>Редакція не є коректним JSON.</translation>
    </message>
    <message>
        <source>A revision does not have the expected fields.</source>
        <translation>Редакція не має очікуваних полів.</translation>
    </message>
    <message>
        <source>A revision has a field of the wrong type.</source>
        <translation>Редакція має поле хибного типу.</translation>
    </message>
    <message>
        <source>Correct the JSON and try again; nothing was changed.</source>
        <translation>Виправте JSON і спробуйте ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <source>The JSON input is not valid: {problem}.</source>
        <translation>Вхідний JSON недійсний: {problem}.</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep at line {line}, column {column}</source>
        <translation>вкладеність глибша за {limit} рівнів у рядку {line}, стовпці {column}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is given twice in one object</source>
        <translation>«{name}» вказано двічі в одному об’єкті</translation>
    </message>
    <message>
        <source>a member is given twice in one object</source>
        <translation>член вказано двічі в одному об’єкті</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN і Infinity не є числами JSON</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>число завелике</translation>
    </message>
    <message>
        <source>a whole number has more than {limit} digits</source>
        <translation>ціле число має понад {limit} цифр</translation>
    </message>
    <message>
        <source>not UTF-8 text at line {line}, column {column}</source>
        <translation>текст не в UTF-8 у рядку {line}, стовпці {column}</translation>
    </message>
    <message>
        <source>syntax error at line {line}, column {column}</source>
        <translation>синтаксична помилка в рядку {line}, стовпці {column}</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>вкладеність глибша за {limit} рівнів</translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation>його неможливо декодувати</translation>
    </message>
    <message>
        <source>a lone surrogate escape such as \ud800 is not a character</source>
        <translation>одинокий сурогатний екранований символ на кшталт \ud800 не є символом</translation>
    </message>
    <message>
        <source>An scrypt stanza must be the only one in an age file.</source>
        <translation>Блок scrypt має бути єдиним у файлі age.</translation>
    </message>
    <message>
        <source>None of the given keys can open this age file.</source>
        <translation>Жоден із наданих ключів не може відкрити цей файл age.</translation>
    </message>
    <message>
        <source>The age file ends before its payload nonce.</source>
        <translation>Файл age закінчується до nonce його вмісту.</translation>
    </message>
    <message>
        <source>The age header has invalid base64 in {what}.</source>
        <extracomment>Headers longer than this are refused, so a hostile file cannot make us buffer without bound.</extracomment>
        <translation>Заголовок age містить недійсний base64 у {what}.</translation>
    </message>
    <message>
        <source>a header field</source>
        <translation>полі заголовка</translation>
    </message>
    <message>
        <source>The age header has non-canonical base64 in {what}.</source>
        <translation>Заголовок age містить неканонічний base64 у {what}.</translation>
    </message>
    <message>
        <source>The age header failed its integrity check.</source>
        <translation>Заголовок age не пройшов перевірку цілісності.</translation>
    </message>
    <message>
        <source>The age header is too long.</source>
        <translation>Заголовок age задовгий.</translation>
    </message>
    <message>
        <source>The age file ends inside its header.</source>
        <translation>Файл age закінчується посеред заголовка.</translation>
    </message>
    <message>
        <source>ASCII-armored age files are not supported.</source>
        <translation>Файли age у текстовій обгортці ASCII не підтримуються.</translation>
    </message>
    <message>
        <source>The file is empty, not an age file.</source>
        <translation>Файл порожній, це не файл age.</translation>
    </message>
    <message>
        <source>The file uses an unsupported age version or a malformed intro line.</source>
        <translation>Файл використовує непідтримувану версію age або має пошкоджений вступний рядок.</translation>
    </message>
    <message>
        <source>The file is not an age v1 file.</source>
        <translation>Цей файл не є файлом age v1.</translation>
    </message>
    <message>
        <source>The age header has a malformed stanza line.</source>
        <translation>Заголовок age має пошкоджений рядок блоку.</translation>
    </message>
    <message>
        <source>The age header has an empty or invalid stanza argument.</source>
        <translation>Заголовок age має порожній або недійсний аргумент блоку.</translation>
    </message>
    <message>
        <source>The age header has a stanza body line longer than 64 columns.</source>
        <translation>Заголовок age має рядок тіла блоку, довший за 64 стовпці.</translation>
    </message>
    <message>
        <source>a stanza body</source>
        <translation>тілі блоку</translation>
    </message>
    <message>
        <source>The age header has a malformed MAC line.</source>
        <translation>Заголовок age має пошкоджений рядок MAC.</translation>
    </message>
    <message>
        <source>the MAC line</source>
        <translation>рядку MAC</translation>
    </message>
    <message>
        <source>The age header has a MAC of the wrong length.</source>
        <translation>Заголовок age має MAC неправильної довжини.</translation>
    </message>
    <message>
        <source>The age header has a line that is neither a stanza nor the MAC.</source>
        <translation>Заголовок age має рядок, що не є ні блоком, ні MAC.</translation>
    </message>
    <message>
        <source>The age header has no recipient stanzas.</source>
        <translation>Заголовок age не має блоків одержувачів.</translation>
    </message>
    <message>
        <source>An X25519 stanza has the wrong number of arguments.</source>
        <translation>Блок X25519 має неправильну кількість аргументів.</translation>
    </message>
    <message>
        <source>an X25519 stanza</source>
        <translation>блоці X25519</translation>
    </message>
    <message>
        <source>An X25519 stanza has a share of the wrong length.</source>
        <translation>Блок X25519 має відкриту частку неправильної довжини.</translation>
    </message>
    <message>
        <source>An X25519 stanza has a body of the wrong length.</source>
        <translation>Блок X25519 має тіло неправильної довжини.</translation>
    </message>
    <message>
        <source>An X25519 stanza has a low-order share.</source>
        <translation>Блок X25519 має відкриту частку низького порядку.</translation>
    </message>
    <message>
        <source>An scrypt stanza has the wrong number of arguments.</source>
        <translation>Блок scrypt має неправильну кількість аргументів.</translation>
    </message>
    <message>
        <source>an scrypt stanza</source>
        <translation>блоці scrypt</translation>
    </message>
    <message>
        <source>An scrypt stanza has a salt of the wrong length.</source>
        <translation>Блок scrypt має сіль неправильної довжини.</translation>
    </message>
    <message>
        <source>An scrypt stanza has a malformed work factor.</source>
        <translation>Блок scrypt має пошкоджений коефіцієнт складності.</translation>
    </message>
    <message>
        <source>An scrypt stanza asks for more work than allowed.</source>
        <translation>Блок scrypt вимагає більше обчислень, ніж дозволено.</translation>
    </message>
    <message>
        <source>An scrypt stanza has a body of the wrong length.</source>
        <translation>Блок scrypt має тіло неправильної довжини.</translation>
    </message>
    <message>
        <source>Cancelled; the search for possible duplicates stopped.</source>
        <translation>Скасовано; пошук можливих дублікатів зупинено.</translation>
    </message>
    <message>
        <source>This vault&apos;s database has schema version {found}; this FieldKit knows up to {latest}.</source>
        <translation>База даних цього сховища має версію схеми {found}; цей FieldKit знає версії до {latest}.</translation>
    </message>
    <message>
        <source>Leave this photo out of the redacted export, or export without redaction.</source>
        <translation>Пропустіть це фото в редагованому експорті або експортуйте без редагування.</translation>
    </message>
    <message>
        <source>its JPEG data has no end</source>
        <translation>його дані JPEG не мають кінця</translation>
    </message>
    <message>
        <source>the end of its JPEG image could not be found</source>
        <translation>не вдалося знайти кінець його зображення JPEG</translation>
    </message>
    <message>
        <source>its JPEG structure is damaged</source>
        <translation>його структуру JPEG пошкоджено</translation>
    </message>
    <message>
        <source>its JPEG structure is truncated</source>
        <translation>його структура JPEG обрізана</translation>
    </message>
    <message>
        <source>its PNG structure is truncated</source>
        <translation>його структура PNG обрізана</translation>
    </message>
    <message>
        <source>it has more than {count} pages</source>
        <translation>воно має понад {count} сторінок</translation>
    </message>
    <message>
        <source>its TIFF image could not be written again losslessly</source>
        <translation>його зображення TIFF не вдалося переписати без втрат</translation>
    </message>
    <message>
        <source>its TIFF image could not be written again with identical pixels</source>
        <translation>його зображення TIFF не вдалося переписати з тими самими пікселями</translation>
    </message>
    <message>
        <source>an XMP block could not be removed</source>
        <translation>не вдалося вилучити блок XMP</translation>
    </message>
    <message>
        <source>its GPS position could not be removed</source>
        <translation>не вдалося вилучити його GPS-позицію</translation>
    </message>
    <message>
        <source>FieldKit cannot remove a position from this format (HEIC)</source>
        <translation>FieldKit не вміє вилучати позицію з цього формату (HEIC)</translation>
    </message>
    <message>
        <source>it is too large to rewrite with the memory available</source>
        <translation>воно завелике, щоб переписати його з доступною пам’яттю</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>його не вдалося прочитати</translation>
    </message>
    <message>
        <source>The photo {label} cannot be sent without its position: {problem}.</source>
        <translation>Фото {label} неможливо надіслати без його позиції: {problem}.</translation>
    </message>
    <message>
        <source>Leave it out with `fieldkit export --leave-out-photo {label} …`, or export without --redact-locations.</source>
        <translation>Пропустіть його через `fieldkit export --leave-out-photo {label} …` або експортуйте без --redact-locations.</translation>
    </message>
    <message>
        <source>A revision has a record id that FieldKit does not accept.</source>
        <translation>Редакція має ідентифікатор запису, який FieldKit не приймає.</translation>
    </message>
    <message>
        <source>A revision names a parent that is not a revision id.</source>
        <translation>Редакція називає батьківську редакцію ідентифікатором, що не є ідентифікатором редакції.</translation>
    </message>
    <message>
        <source>A revision lists a photo without a valid SHA-256.</source>
        <translation>Редакція містить фото без дійсного SHA-256.</translation>
    </message>
    <message numerus="yes">
        <source>Also not received yet: %n more bundle(s) of stream {stream} from {sender}.</source>
        <translation>
            <numerusform>Також ще не отримано: ще %n пакет потоку {stream} від {sender}.</numerusform>
            <numerusform>Також ще не отримано: ще %n пакети потоку {stream} від {sender}.</numerusform>
            <numerusform>Також ще не отримано: ще %n пакетів потоку {stream} від {sender}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup in {path} is damaged: it lacks %n photo(s).</source>
        <translation>
            <numerusform>Резервну копію в {path} пошкоджено: у ній бракує %n фото.</numerusform>
            <numerusform>Резервну копію в {path} пошкоджено: у ній бракує %n фото.</numerusform>
            <numerusform>Резервну копію в {path} пошкоджено: у ній бракує %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <source>The age payload has too many chunks.</source>
        <translation>Вміст файлу age має забагато блоків.</translation>
    </message>
    <message>
        <source>The age payload is missing.</source>
        <translation>Вміст файлу age відсутній.</translation>
    </message>
    <message>
        <source>The age payload is truncated.</source>
        <translation>Вміст файлу age обрізано.</translation>
    </message>
    <message>
        <source>The age payload ends with an empty chunk, which is not allowed.</source>
        <translation>Вміст файлу age закінчується порожнім блоком, що не дозволено.</translation>
    </message>
    <message>
        <source>The age payload has data after its final chunk.</source>
        <translation>Вміст файлу age має дані після останнього блоку.</translation>
    </message>
    <message>
        <source>The age payload is corrupt or was tampered with.</source>
        <translation>Вміст файлу age пошкоджено або підроблено.</translation>
    </message>
    <message>
        <source>The age payload is truncated: its final chunk is missing.</source>
        <translation>Вміст файлу age обрізано: бракує останнього блоку.</translation>
    </message>
    <message>
        <source>The age payload is truncated, corrupt or was tampered with.</source>
        <translation>Вміст файлу age обрізано, пошкоджено або підроблено.</translation>
    </message>
    <message>
        <source>Type a passphrase: several words you can remember.</source>
        <translation>Введіть парольну фразу: кілька слів, які ви запам’ятаєте.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min_length} characters.</source>
        <translation>Парольна фраза закоротка: використайте щонайменше {min_length} символів.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords: it is among the first tried.</source>
        <translation>Це один із найпоширеніших паролів: його пробують серед перших.</translation>
    </message>
    <message>
        <source>This is a common password with a few letters or digits changed or added: such variants are tried early.</source>
        <translation>Це поширений пароль із кількома зміненими чи доданими літерами або цифрами: такі варіанти пробують рано.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard (like qwerty) are tried early.</source>
        <translation>Сусідні клавіші на клавіатурі (як qwerty або йцукен) пробують рано.</translation>
    </message>
    <message>
        <source>Repeated characters or words (like aaaa or abcabc) are easy to guess.</source>
        <translation>Повторювані символи чи слова (як aaaa або abcabc) легко вгадати.</translation>
    </message>
    <message>
        <source>Sequences like abcd or 1234 are easy to guess.</source>
        <translation>Послідовності на кшталт abcd або 1234 легко вгадати.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Дати й роки легко вгадати.</translation>
    </message>
    <message>
        <source>Names of people are easy to guess.</source>
        <translation>Імена людей легко вгадати.</translation>
    </message>
    <message>
        <source>It contains your name or your organisation&apos;s: those are tried first.</source>
        <translation>Вона містить ваше ім’я або назву вашої організації: їх пробують першими.</translation>
    </message>
    <message>
        <source>One or two common words are easy to guess.</source>
        <translation>Одне чи два поширені слова легко вгадати.</translation>
    </message>
    <message>
        <source>Not strong enough yet: it could be guessed.</source>
        <translation>Ще недостатньо надійна: її можна вгадати.</translation>
    </message>
    <message>
        <source>Strong: long and hard to guess. Keep it somewhere safe until you know it.</source>
        <translation>Надійна: довга й важко вгадати. Зберігайте її в безпечному місці, доки не запам’ятаєте.</translation>
    </message>
    <message>
        <source>Use four or five unrelated words: long is stronger than complicated.</source>
        <translation>Використайте чотири-п’ять не пов’язаних слів: довге надійніше за складне.</translation>
    </message>
    <message>
        <source>Add two or three unrelated words: long is stronger than complicated.</source>
        <translation>Додайте два-три не пов’язані слова: довге надійніше за складне.</translation>
    </message>
    <message>
        <source>No spreadsheet import of this vault can be undone.</source>
        <translation>Жоден імпорт таблиць у цьому сховищі не можна скасувати.</translation>
    </message>
    <message>
        <source>--undo takes LAST or the number of an import.</source>
        <translation>--undo приймає LAST або номер імпорту.</translation>
    </message>
    <message>
        <source>This vault has no spreadsheet import {number}.</source>
        <translation>У цьому сховищі немає імпорту таблиці {number}.</translation>
    </message>
    <message>
        <source>The spreadsheet import {number} was already undone.</source>
        <translation>Імпорт таблиці {number} уже скасовано.</translation>
    </message>
    <message>
        <source>{number} has {count} object(s) merged into it; undo that merge first (Possible duplicates ▸ Decisions) or keep this record.</source>
        <translation>Об’єктів, об’єднаних з {number}: {count}; спершу скасуйте це об’єднання (Можливі дублікати ▸ Рішення) або залиште цей запис.</translation>
    </message>
    <message>
        <source>The import of {file} ({rows} rows) was interrupted before it finished; nothing of it was kept. Import the file again.</source>
        <translation>Імпорт {file} ({rows} рядків) перервано до завершення; з нього нічого не збережено. Імпортуйте файл ще раз.</translation>
    </message>
    <message>
        <source>{count} other record(s) of this import have objects merged into them too.</source>
        <translation>Інших записів цього імпорту, з якими теж об’єднано об’єкти: {count}.</translation>
    </message>
    <message>
        <source>{number} is packed in a container or in transit; unpack it or receive it first, or keep this record. Nothing was deleted.</source>
        <translation>Об’єкт {number} упаковано в контейнер або він у дорозі; спершу розпакуйте або прийміть його, чи залиште цей запис. Нічого не видалено.</translation>
    </message>
    <message>
        <source>{count} other record(s) of this import are packed or in transit too.</source>
        <translation>Інших записів цього імпорту, теж упакованих або в дорозі: {count}.</translation>
    </message>
    <message>
        <source>{count} record(s) of this import were edited since; nothing was deleted.</source>
        <translation>Записів цього імпорту, змінених відтоді: {count}; нічого не видалено.</translation>
    </message>
    <message>
        <source>{count} record(s) of this import were edited since, or have a damage report, a movement or unsaved changes; nothing was deleted.</source>
        <translation>Записів цього імпорту, змінених відтоді або зі звітом про пошкодження, переміщенням чи незбереженими змінами: {count}; нічого не видалено.</translation>
    </message>
    <message>
        <source>Confirm to delete them too (--include-edited), or edit or delete them one by one.</source>
        <translation>Підтвердьте, щоб видалити і їх (--include-edited), або змініть чи видаліть їх по одному.</translation>
    </message>
    <message>
        <source>Import {number} undone: {count} record(s) deleted (their history is kept).</source>
        <translation>Імпорт {number} скасовано: видалено записів: {count} (їхню історію збережено).</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in groups of four.</source>
        <translation>Ключ відновлення має 32 літери й цифри групами по чотири.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake (checksum differs).</source>
        <translation>У цьому ключі відновлення є помилка набору (контрольна сума не збігається).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle file (.fkb).</source>
        <translation>{path} — це тека, а не файл пакета (.fkb).</translation>
    </message>
    <message>
        <source>Name the bundle file inside it.</source>
        <translation>Вкажіть файл пакета всередині неї.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файлу {path} немає.</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and folder.</source>
        <translation>Перевірте назву файлу та теку.</translation>
    </message>
    <message>
        <source>Give --trust the sender&apos;s identity card (.fkid) or minisign public key (.pub).</source>
        <translation>Передайте --trust картку ідентичності відправника (.fkid) або його відкритий ключ minisign (.pub).</translation>
    </message>
</context>
<context>
    <name>field_keys</name>
    <message>
        <source>inventory_number</source>
        <translation>Інвентарний номер</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>object_type</source>
        <translation>Тип об’єкта</translation>
    </message>
    <message>
        <source>materials_techniques</source>
        <translation>Матеріали й техніки</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Розміри</translation>
    </message>
    <message>
        <source>inscriptions_markings</source>
        <translation>Написи й позначки</translation>
    </message>
    <message>
        <source>date_period</source>
        <translation>Дата або період</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>distinguishing_features</source>
        <translation>Особливі прикмети</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>place_of_origin</source>
        <translation>Місце походження</translation>
    </message>
    <message>
        <source>related_written_material</source>
        <translation>Пов’язані письмові матеріали</translation>
    </message>
    <message>
        <source>cross_references</source>
        <translation>Перехресні посилання</translation>
    </message>
    <message>
        <source>date_documented</source>
        <translation>Дата документування</translation>
    </message>
    <message>
        <source>red_list_category</source>
        <translation>Категорія Червоного списку ICOM</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>current_location</source>
        <translation>Поточне місцезнаходження</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>Координати</translation>
    </message>
    <message>
        <source>salvage_priority</source>
        <translation>Пріоритет порятунку</translation>
    </message>
    <message>
        <source>significance</source>
        <translation>Значущість</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Примітки</translation>
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
        <translation>Тип об’єкта</translation>
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
        <translation>Об’єкт</translation>
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
    <name>help</name>
    <message>
        <source>vault folder (default: $FIELDKIT_VAULT)</source>
        <extracomment>argparse&apos;s help headings, after which it writes a colon of its own (&quot;options:&quot;).</extracomment>
        <translation>тека сховища (типово: $FIELDKIT_VAULT)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE (a UTF-8 BOM and the line ending are ignored; later lines too)</source>
        <translation>прочитати парольну фразу з першого рядка FILE (мітка UTF-8 і кінець рядка ігноруються, наступні рядки теж)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>машиночитний вивід у stdout</translation>
    </message>
    <message>
        <source>FieldKit: document collections and damage offline; exchange signed bundles.</source>
        <translation>FieldKit: документуйте колекції та пошкодження офлайн; обмінюйтеся підписаними пакетами.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показати версію й вийти</translation>
    </message>
    <message>
        <source>check this installation offline (no window, no vault) and print one JSON line</source>
        <translation>перевірити це встановлення офлайн (без вікна й сховища) і вивести один рядок JSON</translation>
    </message>
    <message>
        <source>start the desktop app</source>
        <translation>запустити застосунок</translation>
    </message>
    <message>
        <source>list the audit log, or check that it is intact</source>
        <translation>показати журнал аудиту або перевірити його цілісність</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 if any event was altered, removed or inserted</source>
        <translation>перевірити ланцюжок гешів; код виходу 1, якщо подію змінено, вилучено або вставлено</translation>
    </message>
    <message>
        <source>list only the N most recent events</source>
        <translation>показати лише N найновіших подій</translation>
    </message>
    <message>
        <source>list only events of action A</source>
        <translation>показати лише події дії A</translation>
    </message>
    <message>
        <source>write a signed, encrypted bundle</source>
        <translation>записати підписаний зашифрований пакет</translation>
    </message>
    <message>
        <source>a recipient (repeatable); default: every verified coordinator</source>
        <translation>одержувач (можна повторювати); типово: кожен перевірений координатор</translation>
    </message>
    <message>
        <source>not encrypted (for auditors, the public)</source>
        <translation>без шифрування (для аудиторів, публіки)</translation>
    </message>
    <message>
        <source>every revision, not only new ones</source>
        <translation>усі редакції, не лише нові</translation>
    </message>
    <message>
        <source>only what no earlier bundle to them carried</source>
        <translation>лише те, чого не містив жоден попередній пакет для них</translation>
    </message>
    <message>
        <source>a read-only snapshot without locations, coordinates, sites or photo GPS</source>
        <translation>знімок лише для читання без місць, координат, пам’яток і GPS фото</translation>
    </message>
    <message>
        <source>split above SIZE (3.9G)</source>
        <translation>ділити понад SIZE (3.9G)</translation>
    </message>
    <message>
        <source>leave this photo out (8+ hex characters of its hash; repeatable); a later export sends it</source>
        <translation>пропустити це фото (8+ шістнадцяткових символів його гешу; можна повторювати); наступний експорт його надішле</translation>
    </message>
    <message>
        <source>verify bundles (no vault needed)</source>
        <translation>перевірити пакети (сховище не потрібне)</translation>
    </message>
    <message>
        <source>a signer you trust: identity card or minisign public key (repeatable)</source>
        <translation>підписант, якому ви довіряєте: ідентифікаційна картка або відкритий ключ minisign (можна повторювати)</translation>
    </message>
    <message>
        <source>verify and merge bundles</source>
        <translation>перевірити й об’єднати пакети</translation>
    </message>
    <message>
        <source>merge even if the signer is not trusted</source>
        <translation>об’єднати, навіть якщо підписант не довірений</translation>
    </message>
    <message>
        <source>records edited in two places at once</source>
        <translation>записи, змінені у двох місцях одночасно</translation>
    </message>
    <message>
        <source>records in conflict</source>
        <translation>записи в конфлікті</translation>
    </message>
    <message>
        <source>both versions and the automatic merge</source>
        <translation>обидві версії та автоматичне об’єднання</translation>
    </message>
    <message>
        <source>write one merge revision</source>
        <translation>записати одну редакцію об’єднання</translation>
    </message>
    <message>
        <source>accept the automatic merge</source>
        <translation>прийняти автоматичне об’єднання</translation>
    </message>
    <message>
        <source>keep one version (revision id, 8+ chars)</source>
        <translation>залишити одну версію (ідентифікатор редакції, 8+ символів)</translation>
    </message>
    <message>
        <source>the resolved fields</source>
        <translation>розв’язані поля</translation>
    </message>
    <message>
        <source>locations: buildings, rooms, shelves, temporary stores (with codes)</source>
        <translation>місця: будівлі, кімнати, полиці, тимчасові фондосховища (з кодами)</translation>
    </message>
    <message>
        <source>add a location from JSON</source>
        <translation>додати місце з JSON</translation>
    </message>
    <message>
        <source>list locations</source>
        <translation>показати місця</translation>
    </message>
    <message>
        <source>containers: crates, boxes, rolls, bags, pallets (with codes)</source>
        <translation>контейнери: ящики, коробки, рулони, мішки, піддони (з кодами)</translation>
    </message>
    <message>
        <source>add a container from JSON</source>
        <translation>додати контейнер з JSON</translation>
    </message>
    <message>
        <source>list containers</source>
        <translation>показати контейнери</translation>
    </message>
    <message>
        <source>the fields as a JSON object (&apos;-&apos;: standard input)</source>
        <translation>поля як об’єкт JSON (&apos;-&apos;: стандартний ввід)</translation>
    </message>
    <message>
        <source>move items (depart), `move receive MOVEMENT [ITEM...] [--all]`, `move show MOVEMENT`, `move cancel MOVEMENT` (a departure recorded by mistake, while nothing was received)</source>
        <translation>перемістити одиниці (відправлення), `move receive MOVEMENT [ITEM...] [--all]`, `move show MOVEMENT`, `move cancel MOVEMENT` (відправлення, записане помилково, поки нічого не отримано)</translation>
    </message>
    <message>
        <source>where the items go</source>
        <translation>куди прямують одиниці</translation>
    </message>
    <message>
        <source>further fields as a JSON object</source>
        <translation>інші поля як об’єкт JSON</translation>
    </message>
    <message>
        <source>plan it; it departs later</source>
        <translation>запланувати; відправлення пізніше</translation>
    </message>
    <message>
        <source>(packing) take items out of the container they are in</source>
        <translation>(пакування) вийняти одиниці з контейнера, у якому вони є</translation>
    </message>
    <message>
        <source>(receive) everything expected arrived</source>
        <translation>(прийом) усе очікуване прибуло</translation>
    </message>
    <message>
        <source>(receive --all) items recorded missing were found: mark them arrived</source>
        <translation>(receive --all) одиниці, записані як зниклі, знайдено: позначити їх як прибулі</translation>
    </message>
    <message>
        <source>(receive) show the reconciliation; write nothing</source>
        <translation>(прийом) показати звірку; нічого не записувати</translation>
    </message>
    <message>
        <source>where an object or container is now</source>
        <translation>де зараз об’єкт або контейнер</translation>
    </message>
    <message>
        <source>custody transfers, accepted by the receiver</source>
        <translation>передачі на зберігання, прийняті одержувачем</translation>
    </message>
    <message>
        <source>hand items over to someone</source>
        <translation>передати одиниці комусь</translation>
    </message>
    <message>
        <source>accept a handover addressed to you</source>
        <translation>прийняти передачу, адресовану вам</translation>
    </message>
    <message>
        <source>acceptance_notes, accepted_at (JSON)</source>
        <translation>acceptance_notes, accepted_at (JSON)</translation>
    </message>
    <message>
        <source>list handovers</source>
        <translation>показати передачі</translation>
    </message>
    <message>
        <source>a container: where it is, what it holds, its movements</source>
        <translation>контейнер: де він, що в ньому, його переміщення</translation>
    </message>
    <message>
        <source>Show a container (id, 8+ hex prefix or code): its fields, where it is now, its contents in inventory order with their status, and its movements, newest first. --json: the container&apos;s record as `container list` gives it, and &quot;where&quot; (as `fieldkit where --json`), &quot;contents&quot; (a list of {&quot;id&quot;, &quot;number&quot;, &quot;title&quot;, &quot;status&quot;, &quot;deleted&quot;}) and &quot;movements&quot; (newest first, a list of {&quot;id&quot;, &quot;state&quot;, &quot;reason&quot;, &quot;from&quot;, &quot;to&quot;, &quot;departed_at&quot;, &quot;received_at&quot;, &quot;missing&quot;}; &quot;missing&quot;: the container was not found at that reception). Keys may be added.</source>
        <translation>Показати контейнер (ідентифікатор, префікс від 8 шістнадцяткових символів або код): його поля, де він зараз, його вміст у порядку інвентаря зі статусом кожної одиниці та його переміщення, від найновішого. --json: запис контейнера, як його дає `container list`, а також &quot;where&quot; (як `fieldkit where --json`), &quot;contents&quot; (список {&quot;id&quot;, &quot;number&quot;, &quot;title&quot;, &quot;status&quot;, &quot;deleted&quot;}) і &quot;movements&quot; (від найновішого, список {&quot;id&quot;, &quot;state&quot;, &quot;reason&quot;, &quot;from&quot;, &quot;to&quot;, &quot;departed_at&quot;, &quot;received_at&quot;, &quot;missing&quot;}; &quot;missing&quot;: контейнер не знайдено під час того приймання). Ключі можуть додаватися.</translation>
    </message>
    <message>
        <source>create (if absent) and open a demo vault (passphrase: demo)</source>
        <translation>створити (якщо немає) і відкрити демонстраційне сховище (парольна фраза: demo)</translation>
    </message>
    <message>
        <source>objects to generate</source>
        <translation>скільки об’єктів створити</translation>
    </message>
    <message>
        <source>only create the vault and say so</source>
        <translation>лише створити сховище й повідомити про це</translation>
    </message>
    <message>
        <source>export objects as LIDO XML, Linked Art JSON-LD or CSV for heritage systems</source>
        <translation>експортувати об’єкти як LIDO XML, Linked Art JSON-LD або CSV для систем спадщини</translation>
    </message>
    <message>
        <source>lido: an .xml file (photos go in a folder beside it); linked-art: a new or empty folder; csv: a .csv file</source>
        <translation>lido: файл .xml (фото — у теці поруч); linked-art: нова або порожня тека; csv: файл .csv</translation>
    </message>
    <message>
        <source>only objects matching TEXT</source>
        <translation>лише об’єкти, що відповідають TEXT</translation>
    </message>
    <message>
        <source>only this status (repeatable)</source>
        <translation>лише цей статус (можна повторювати)</translation>
    </message>
    <message>
        <source>leave out locations, coordinates, sites and photo GPS (as bundles do)</source>
        <translation>пропустити місця, координати, пам’ятки та GPS фото (як у пакетах)</translation>
    </message>
    <message>
        <source>lido: do not write the photos</source>
        <translation>lido: не записувати фото</translation>
    </message>
    <message>
        <source>only these objects (id or inventory no.)</source>
        <translation>лише ці об’єкти (ідентифікатор або інв. №)</translation>
    </message>
    <message>
        <source>this vault&apos;s identity and keys</source>
        <translation>ідентичність і ключі цього сховища</translation>
    </message>
    <message>
        <source>name, role, fingerprint and public keys of this vault</source>
        <translation>назва, роль, відбиток і відкриті ключі цього сховища</translation>
    </message>
    <message>
        <source>write this vault&apos;s identity card (.fkid)</source>
        <translation>записати ідентифікаційну картку цього сховища (.fkid)</translation>
    </message>
    <message>
        <source>the card to write</source>
        <translation>картка, яку записати</translation>
    </message>
    <message>
        <source>also write a standard minisign public-key file (for stock `minisign -V -p`)</source>
        <translation>також записати стандартний файл відкритого ключа minisign (для `minisign -V -p`)</translation>
    </message>
    <message>
        <source>write the transport key for stock `age -d -i FILE` (never the storage key)</source>
        <translation>записати транспортний ключ для `age -d -i FILE` (ніколи не ключ зберігання)</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <translation>файл ключа, який записати</translation>
    </message>
    <message>
        <source>write the key unprotected (AGE-SECRET-KEY-1…), mode 0600</source>
        <translation>записати ключ без захисту (AGE-SECRET-KEY-1…), режим 0600</translation>
    </message>
    <message>
        <source>passphrase protecting the exported key (else ${variable} or a prompt)</source>
        <translation>парольна фраза для експортованого ключа (інакше ${variable} або запит)</translation>
    </message>
    <message>
        <source>object records (Object ID)</source>
        <translation>записи об’єктів (Object ID)</translation>
    </message>
    <message>
        <source>add an object from JSON</source>
        <translation>додати об’єкт з JSON</translation>
    </message>
    <message>
        <source>change some fields (a new revision)</source>
        <translation>змінити деякі поля (нова редакція)</translation>
    </message>
    <message>
        <source>show one object</source>
        <translation>показати один об’єкт</translation>
    </message>
    <message>
        <source>every revision, who and when</source>
        <translation>кожна редакція: хто й коли</translation>
    </message>
    <message>
        <source>list or search objects</source>
        <translation>показати або знайти об’єкти</translation>
    </message>
    <message>
        <source>only incomplete Object ID records</source>
        <translation>лише неповні записи Object ID</translation>
    </message>
    <message>
        <source>only deleted objects (bring one back: object restore)</source>
        <translation>лише видалені об’єкти (щоб повернути один: object restore)</translation>
    </message>
    <message>
        <source>delete an object (history is kept)</source>
        <translation>видалити об’єкт (історія зберігається)</translation>
    </message>
    <message>
        <source>bring back an earlier revision of an object (undoes a delete or an edit)</source>
        <translation>повернути попередню редакцію об’єкта (скасовує видалення або зміну)</translation>
    </message>
    <message>
        <source>the revision to bring back (`object show ID --history` lists them)</source>
        <translation>редакція, яку повернути (`object show ID --history` їх показує)</translation>
    </message>
    <message>
        <source>import a spreadsheet (CSV)</source>
        <translation>імпортувати електронну таблицю (CSV)</translation>
    </message>
    <message>
        <source>undo an import: delete the records it created (history kept), in one transaction; LAST or the number the import printed</source>
        <translation>скасувати імпорт: видалити створені ним записи (історію збережено) однією транзакцією; LAST або номер, який надрукував імпорт</translation>
    </message>
    <message>
        <source>with --undo: delete records edited since the import too</source>
        <translation>з --undo: видалити також записи, змінені після імпорту</translation>
    </message>
    <message>
        <source>check and report; change nothing</source>
        <translation>перевірити й звітувати; нічого не змінювати</translation>
    </message>
    <message>
        <source>column separator (default: detected)</source>
        <translation>роздільник стовпців (типово: визначається)</translation>
    </message>
    <message>
        <source>how to read dates written 14/03/2026: dmy (day/month/year) or mdy (month/day/year) (default: decided by a date of the file that can only be read one way)</source>
        <translation>як читати дати, записані 14/03/2026: dmy (день/місяць/рік) або mdy (місяць/день/рік) (типово: вирішує дата з файлу, яку можна прочитати лише одним способом)</translation>
    </message>
    <message>
        <source>file encoding, e.g. utf-8, cp1252, cp1256, shift_jis (default: decided on the whole file; when unsure, FieldKit asks for this option)</source>
        <translation>кодування файлу, наприклад utf-8, cp1252, cp1256, shift_jis (типово: визначається за всім файлом; якщо є сумнів, FieldKit попросить цей параметр)</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>звіти про пошкодження</translation>
    </message>
    <message>
        <source>add a damage report from JSON</source>
        <translation>додати звіт про пошкодження з JSON</translation>
    </message>
    <message>
        <source>the damaged object (id or inventory number)</source>
        <translation>пошкоджений об’єкт (ідентифікатор або інвентарний номер)</translation>
    </message>
    <message>
        <source>list damage reports</source>
        <translation>показати звіти про пошкодження</translation>
    </message>
    <message>
        <source>only deleted damage reports</source>
        <translation>лише видалені звіти про пошкодження</translation>
    </message>
    <message>
        <source>show one damage report</source>
        <translation>показати один звіт про пошкодження</translation>
    </message>
    <message>
        <source>attach a photo</source>
        <translation>додати фото</translation>
    </message>
    <message>
        <source>role of the photos (default: {role} for the first, detail after)</source>
        <translation>роль фото (типово: {role} для першого, далі detail)</translation>
    </message>
    <message>
        <source>caption for the photos given</source>
        <translation>підпис до вказаних фото</translation>
    </message>
    <message>
        <source>print PDF reports</source>
        <translation>друкувати звіти PDF</translation>
    </message>
    <message>
        <source>Object ID sheets, one page per object</source>
        <translation>аркуші Object ID, сторінка на об’єкт</translation>
    </message>
    <message>
        <source>id, id prefix or inventory number</source>
        <translation>ідентифікатор, його початок або інвентарний номер</translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation>звіт про пошкодження</translation>
    </message>
    <message>
        <source>a damage report&apos;s id, or an object&apos;s (its latest report)</source>
        <translation>ідентифікатор звіту про пошкодження або об’єкта (його останній звіт)</translation>
    </message>
    <message>
        <source>the evacuation/inventory list, by salvage priority</source>
        <translation>список евакуації/інвентаризації за пріоритетом порятунку</translation>
    </message>
    <message>
        <source>salvage priority 1-4 (repeatable)</source>
        <translation>пріоритет порятунку 1-4 (можна повторювати)</translation>
    </message>
    <message>
        <source>leave the location column out</source>
        <translation>без стовпця місця</translation>
    </message>
    <message>
        <source>an auditor&apos;s certificate for a bundle</source>
        <translation>сертифікат аудитора для пакета</translation>
    </message>
    <message>
        <source>QR labels on A4 sheets</source>
        <translation>QR-етикетки на аркушах A4</translation>
    </message>
    <message>
        <source>objects, containers, locations</source>
        <translation>об’єкти, контейнери, місця</translation>
    </message>
    <message>
        <source>the packing list of a container, to put inside it</source>
        <translation>пакувальний лист контейнера, щоб покласти всередину</translation>
    </message>
    <message>
        <source>the movement form with its reconciliation</source>
        <translation>форма переміщення зі звіркою</translation>
    </message>
    <message>
        <source>the handover certificate with both fingerprints</source>
        <translation>акт передачі з обома відбитками</translation>
    </message>
    <message>
        <source>the evacuation permission for a movement</source>
        <translation>дозвіл на евакуацію для переміщення</translation>
    </message>
    <message>
        <source>language of the PDF (default: FIELDKIT_LANG, else the system&apos;s, else en)</source>
        <translation>мова PDF (типово: FIELDKIT_LANG, інакше системна, інакше en)</translation>
    </message>
    <message>
        <source>exchange bundles through sync folders (USB drives, shared folders) or S3 storage</source>
        <translation>обмін пакетами через теки синхронізації (USB-накопичувачі, спільні теки) або сховище S3</translation>
    </message>
    <message>
        <source>Deliver bundles to sync folders or S3 storage and pick up bundles and receipts there.</source>
        <translation>Доставляти пакети в теки синхронізації або сховище S3 і забирати звідти пакети та квитанції.</translation>
    </message>
    <message>
        <source>TARGET, status, quarantine, or target …</source>
        <translation>TARGET, status, quarantine або target …</translation>
    </message>
    <message>
        <source>with `target add`: a recipient (repeatable); default: every verified coordinator</source>
        <translation>з `target add`: одержувач (можна повторювати); типово: кожен перевірений координатор</translation>
    </message>
    <message>
        <source>with `target add s3://…`: the S3 endpoint</source>
        <translation>з `target add s3://…`: кінцева точка S3</translation>
    </message>
    <message>
        <source>with `target add s3://…`: the bucket&apos;s region</source>
        <translation>з `target add s3://…`: регіон кошика</translation>
    </message>
    <message>
        <source>with `target add s3://…`: access key and secret in the AWS credentials format ([default] aws_access_key_id / aws_secret_access_key); else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else asked; kept only inside the vault</source>
        <translation>з `target add s3://…`: ключ доступу й секрет у форматі облікових даних AWS ([default] aws_access_key_id / aws_secret_access_key); інакше AWS_ACCESS_KEY_ID і AWS_SECRET_ACCESS_KEY, інакше запит; зберігаються лише у сховищі</translation>
    </message>
    <message>
        <source>with `target add s3://…`: at most RATE bytes per second (e.g. 200k, 1M)</source>
        <translation>з `target add s3://…`: щонайбільше RATE байтів за секунду (наприклад 200k, 1M)</translation>
    </message>
    <message>
        <source>the identity cards this vault trusts</source>
        <translation>ідентифікаційні картки, яким довіряє це сховище</translation>
    </message>
    <message>
        <source>Objects that may be one object documented twice, across every laptop&apos;s records in the archive, best first, with a score and the reasons (as `fieldkit duplicates list`); pairs the archive already holds a decision for are left out. Photos stored before this version are hashed first (this needs the archive&apos;s vault). Deciding is not done in the archive: decide in a coordinator&apos;s vault that holds both records (fieldkit duplicates decide ID1 ID2 --same|--not-same); the decision is a signed revision that reaches the archive in that vault&apos;s next bundle, and the pair is then no longer listed.</source>
        <translation>Об’єкти, які можуть бути одним об’єктом, задокументованим двічі, серед записів усіх ноутбуків в архіві, найімовірніші спершу, з оцінкою та причинами (як `fieldkit duplicates list`); пари, щодо яких архів уже має рішення, пропущено. Фото, збережені до цієї версії, спершу хешуються (для цього потрібне сховище архіву). Рішення ухвалюють не в архіві: вирішіть у сховищі координатора, що містить обидва записи (fieldkit duplicates decide ID1 ID2 --same|--not-same); рішення — це підписана редакція, яка потрапляє до архіву в наступному пакеті цього сховища, після чого пару більше не показано.</translation>
    </message>
    <message>
        <source>PostgreSQL (default: $FIELDKIT_ARCHIVE_DB)</source>
        <translation>PostgreSQL (типово: $FIELDKIT_ARCHIVE_DB)</translation>
    </message>
    <message>
        <source>default: $FIELDKIT_ARCHIVE_S3</source>
        <translation>типово: $FIELDKIT_ARCHIVE_S3</translation>
    </message>
    <message>
        <source>default: $FIELDKIT_ARCHIVE_ENDPOINT</source>
        <translation>типово: $FIELDKIT_ARCHIVE_ENDPOINT</translation>
    </message>
    <message>
        <source>AWS shared-credentials format</source>
        <translation>у форматі спільних облікових даних AWS</translation>
    </message>
    <message>
        <source>object lock (default 3650)</source>
        <translation>блокування об’єктів (типово 3650)</translation>
    </message>
    <message>
        <source>the programme archive (PostgreSQL + S3)</source>
        <translation>архів програми (PostgreSQL + S3)</translation>
    </message>
    <message>
        <source>create the schema; check the bucket</source>
        <translation>створити схему; перевірити бакет</translation>
    </message>
    <message>
        <source>store bundles and queue them</source>
        <translation>зберегти пакети й поставити їх у чергу</translation>
    </message>
    <message>
        <source>the laptops&apos; sync prefix</source>
        <translation>префікс синхронізації ноутбуків</translation>
    </message>
    <message>
        <source>queue again bundles whose signer is trusted now, and bundles whose job failed</source>
        <translation>знову поставити в чергу пакети, підписантові яких тепер довіряють, і пакети, завдання яких не вдалося</translation>
    </message>
    <message>
        <source>trust a card on every worker host (recorded in PostgreSQL)</source>
        <translation>довіритися картці на кожному робочому вузлі (записується в PostgreSQL)</translation>
    </message>
    <message>
        <source>trust an identity card (.fkid)</source>
        <translation>довіряти ідентифікаційній картці (.fkid)</translation>
    </message>
    <message>
        <source>the card, as written by `identity export`</source>
        <translation>картка, як її записав `identity export`</translation>
    </message>
    <message>
        <source>you compared the fingerprint</source>
        <translation>ви порівняли відбиток</translation>
    </message>
    <message>
        <source>stop trusting a key on every worker host (its bundles after the last one merged are quarantined)</source>
        <translation>припинити довіряти ключу на кожному робочому вузлі (його пакети після останнього злитого потрапляють у карантин)</translation>
    </message>
    <message>
        <source>the trust recorded for every host</source>
        <translation>довіра, записана для кожного вузла</translation>
    </message>
    <message>
        <source>run jobs (verify → store → merge)</source>
        <translation>виконувати завдання (перевірити → зберегти → злити)</translation>
    </message>
    <message>
        <source>exit 0 once no job is left</source>
        <translation>вийти з кодом 0, коли завдань не залишиться</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>підсумки</translation>
    </message>
    <message>
        <source>search the merged records</source>
        <translation>пошук у злитих записах</translation>
    </message>
    <message>
        <source>list at most N records (default 100)</source>
        <translation>показати щонайбільше N записів (типово 100)</translation>
    </message>
    <message>
        <source>possible duplicates across every laptop&apos;s records (decide in a coordinator&apos;s vault)</source>
        <translation>можливі дублікати серед записів усіх ноутбуків (вирішуйте у сховищі координатора)</translation>
    </message>
    <message>
        <source>a consolidated bundle</source>
        <translation>зведений пакет</translation>
    </message>
    <message>
        <source>re-verify stored bundles and photos</source>
        <translation>повторно перевірити збережені пакети й фото</translation>
    </message>
    <message>
        <source>give merged bundles stored without retention (object lock) their retention</source>
        <translation>надати строк зберігання злитим пакетам, збереженим без нього (блокування об’єктів)</translation>
    </message>
    <message>
        <source>rebuild the index from the bucket</source>
        <translation>перебудувати індекс із бакета</translation>
    </message>
    <message>
        <source>role to trust it in (default: the card&apos;s)</source>
        <translation>роль, у якій довіряти (типово: з картки)</translation>
    </message>
    <message>
        <source>local name to show for it (default: the name on the card)</source>
        <translation>локальна назва для показу (типово: ім’я на картці)</translation>
    </message>
    <message>
        <source>you compared the fingerprint with its holder (in person or by phone)</source>
        <translation>ви звірили відбиток з його власником (особисто або телефоном)</translation>
    </message>
    <message>
        <source>list trusted keys</source>
        <translation>показати довірені ключі</translation>
    </message>
    <message>
        <source>stop trusting a key</source>
        <translation>припинити довіряти ключу</translation>
    </message>
    <message>
        <source>64 hex digits, a unique prefix, or the 30-digit display form in quotes</source>
        <translation>64 шістнадцяткові цифри, унікальний початок або форма для показу з 30 цифр у лапках</translation>
    </message>
    <message>
        <source>64 hex digits or a unique prefix</source>
        <translation>64 шістнадцяткові цифри або унікальний початок</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE (a UTF-8 BOM and the line ending are ignored; later lines too)</source>
        <translation>прочитати нову парольну фразу з першого рядка FILE (мітка UTF-8 і кінець рядка ігноруються, наступні рядки теж)</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>створити нове сховище</translation>
    </message>
    <message>
        <source>a name for this vault (e.g. your own name)</source>
        <translation>назва цього сховища (наприклад, ваше ім’я)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>write the recovery key to F instead of printing it</source>
        <translation>записати ключ відновлення у F замість виводу</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>змінити парольну фразу</translation>
    </message>
    <message>
        <source>unlock with the recovery key on the first line of F (lost passphrase)</source>
        <translation>розблокувати ключем відновлення з першого рядка F (загублена парольна фраза)</translation>
    </message>
    <message>
        <source>new keys, passphrase and recovery key: re-encrypt the whole vault</source>
        <translation>нові ключі, парольна фраза й ключ відновлення: перешифрувати все сховище</translation>
    </message>
    <message>
        <source>write the new recovery key to F</source>
        <translation>записати новий ключ відновлення у F</translation>
    </message>
    <message>
        <source>destroy the vault&apos;s keys (irreversible)</source>
        <translation>знищити ключі сховища (незворотно)</translation>
    </message>
    <message>
        <source>type {word} here when there is no terminal</source>
        <translation>введіть тут {word}, коли немає термінала</translation>
    </message>
    <message>
        <source>write an encrypted backup while open</source>
        <translation>записати зашифровану резервну копію, поки сховище відкрите</translation>
    </message>
    <message>
        <source>new or empty folder</source>
        <translation>нова або порожня тека</translation>
    </message>
    <message>
        <source>restore a backup into --vault</source>
        <translation>відновити резервну копію в --vault</translation>
    </message>
    <message>
        <source>a folder written by `fieldkit backup`</source>
        <translation>тека, записана `fieldkit backup`</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key on the first line of F</source>
        <translation>розблокувати резервну копію ключем відновлення з першого рядка F</translation>
    </message>
    <message>
        <source>objects documented twice: find them, decide, undo</source>
        <translation>об’єкти, задокументовані двічі: знайти, вирішити, скасувати</translation>
    </message>
    <message>
        <source>possible duplicates, best first</source>
        <translation>можливі дублікати, найімовірніші спершу</translation>
    </message>
    <message>
        <source>list the decisions made instead (latest first)</source>
        <translation>натомість показати ухвалені рішення (найновіші спершу)</translation>
    </message>
    <message>
        <source>(with --decisions) undone ones too</source>
        <translation>(з --decisions) також скасовані</translation>
    </message>
    <message>
        <source>the same object, or not the same</source>
        <translation>той самий об’єкт чи ні</translation>
    </message>
    <message>
        <source>the object kept (canonical) when they are the same</source>
        <translation>об’єкт, який залишається (основний), якщо це той самий</translation>
    </message>
    <message>
        <source>one object: ID2 is merged into ID1</source>
        <translation>один об’єкт: ID2 зливається з ID1</translation>
    </message>
    <message>
        <source>two objects: never suggest again</source>
        <translation>два об’єкти: більше ніколи не пропонувати</translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation>чому (зберігається разом із рішенням)</translation>
    </message>
    <message>
        <source>undo a decision (restores both records)</source>
        <translation>скасувати рішення (відновлює обидва записи)</translation>
    </message>
    <message>
        <source>the decision&apos;s id, or an object of one decided pair</source>
        <translation>ідентифікатор рішення або об’єкт однієї вирішеної пари</translation>
    </message>
</context>
<context>
    <name>measurements</name>
    <message>
        <source>height</source>
        <extracomment>The dimension words FieldKit&apos;s own records and the CSV example write, lower case.</extracomment>
        <translation>висота</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>глибина</translation>
    </message>
    <message>
        <source>length</source>
        <translation>довжина</translation>
    </message>
    <message>
        <source>diameter</source>
        <translation>діаметр</translation>
    </message>
    <message>
        <source>thickness</source>
        <translation>товщина</translation>
    </message>
    <message>
        <source>circumference</source>
        <translation>обхват</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <source>mm</source>
        <extracomment>Unit symbols whose written form differs by script (Arabic and Cyrillic write their own).</extracomment>
        <translation>мм</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
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
        <translation>фото</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>об’єкти</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>звіти про пошкодження</translation>
    </message>
    <message>
        <source>site reports</source>
        <translation>звіти про пам’ятки</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Запис пакета</translation>
    </message>
    <message>
        <source>Merging the records</source>
        <translation>Об’єднання записів</translation>
    </message>
    <message>
        <source>Storing the photos</source>
        <translation>Збереження фото</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Перевірка пакета</translation>
    </message>
    <message>
        <source>Exporting the objects</source>
        <translation>Експорт об’єктів</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Запис звіту</translation>
    </message>
    <message>
        <source>{target}: reading receipts</source>
        <extracomment>What each stage says while it runs (the task contract&apos;s label; ``{target}``: its name).</extracomment>
        <translation>{target}: читання підтверджень</translation>
    </message>
    <message>
        <source>{target}: picking up bundles</source>
        <translation>{target}: отримання пакетів</translation>
    </message>
    <message>
        <source>{target}: writing a bundle</source>
        <translation>{target}: запис пакета</translation>
    </message>
    <message>
        <source>{target}: copying bundles</source>
        <translation>{target}: копіювання пакетів</translation>
    </message>
    <message>
        <source>{target}: removing acknowledged bundles</source>
        <translation>{target}: вилучення підтверджених пакетів</translation>
    </message>
    <message>
        <source>{target}: listing what the target holds</source>
        <extracomment>What a step inside a stage says instead (``SyncProgress.step``): the stage stays the phase, so a bar over the stages keeps its place while the label says what is being done.</extracomment>
        <translation>{target}: перелік вмісту цілі</translation>
    </message>
    <message>
        <source>{target}: downloading a bundle</source>
        <translation>{target}: завантаження пакета</translation>
    </message>
    <message>
        <source>{target}: verifying a bundle</source>
        <translation>{target}: перевірка пакета</translation>
    </message>
    <message>
        <source>{target}: importing a bundle</source>
        <translation>{target}: імпорт пакета</translation>
    </message>
    <message>
        <source>{target}: keeping a refused file in quarantine</source>
        <translation>{target}: відхилений файл поміщається в карантин</translation>
    </message>
    <message>
        <source>{target}: uploading bundles</source>
        <translation>{target}: вивантаження пакетів</translation>
    </message>
    <message>
        <source>hashing the archive&apos;s photos</source>
        <translation>обчислення відбитків фотографій архіву</translation>
    </message>
    <message>
        <source>updating the archive&apos;s search</source>
        <translation>оновлення пошуку в архіві</translation>
    </message>
    <message>
        <source>possible duplicates</source>
        <translation>можливі дублікати</translation>
    </message>
    <message>
        <source>check</source>
        <translation>перевірка</translation>
    </message>
    <message>
        <source>import</source>
        <translation>імпорт</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база даних</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копіювання</translation>
    </message>
    <message>
        <source>Updating this vault for the new version of FieldKit (once only)…</source>
        <translation>Оновлення сховища для нової версії FieldKit (лише один раз)…</translation>
    </message>
    <message>
        <source>The sync target &apos;{name}&apos; is not answering; trying again in {seconds} s (attempt {attempt} of {attempts})…</source>
        <translation>Ціль синхронізації «{name}» не відповідає; нова спроба через {seconds} с (спроба {attempt} з {attempts})…</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damage report</source>
        <translation>Звіт про пошкодження</translation>
    </message>
    <message>
        <source>Earlier reports on this object: {reports}.</source>
        <translation>Попередні звіти про цей об’єкт: {reports}.</translation>
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
        <source>{title} (object deleted)</source>
        <translation>{title} (об’єкт видалено)</translation>
    </message>
    <message>
        <source>This object was deleted from the vault; its damage report is kept and printed as it was recorded.</source>
        <translation>Цей об’єкт видалено зі сховища; звіт про пошкодження збережено й надруковано таким, яким його записали.</translation>
    </message>
    <message>
        <source>Object not in this vault</source>
        <translation>Об’єкта немає в цьому сховищі</translation>
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
        <translation>Об’єкт</translation>
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
        <source>{item} is deleted but still in a container: its label is printed; restore it from its history (fieldkit object show {id} --history) or take it out of the container.</source>
        <translation>{item} видалено, але він досі в контейнері: його етикетку надруковано; відновіть його з історії (fieldkit object show {id} --history) або вийміть з контейнера.</translation>
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
        <source>Permission no. {number}</source>
        <translation>Дозвіл № {number}</translation>
    </message>
    <message>
        <source>The persons named below are authorised to remove the objects listed from the premises of the institution and to take them to the destination stated.</source>
        <translation>Особам, зазначеним нижче, дозволено вивезти перелічені об’єкти з приміщень установи та доставити їх до вказаного місця призначення.</translation>
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
        <translation>Кількість об’єктів</translation>
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
        <translation>Фільтри: немає (усі об’єкти сховища).</translation>
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
            <numerusform>%n об’єкт</numerusform>
            <numerusform>%n об’єкти</numerusform>
            <numerusform>%n об’єктів</numerusform>
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
        <translation>Жоден об’єкт не відповідає цим фільтрам.</translation>
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
        <source>printed {date} by {name}, identity {fingerprint}</source>
        <translation>надруковано: {name}, {date}, ідентичність {fingerprint}</translation>
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
        <source>Damage reports</source>
        <translation>Звіти про пошкодження</translation>
    </message>
    <message>
        <source>OBJECT ID</source>
        <translation>OBJECT ID</translation>
    </message>
    <message>
        <source>No photograph of this object is recorded</source>
        <translation>Фотографію цього об’єкта не записано</translation>
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
    <message numerus="yes">
        <source>%n earlier damage report(s) are recorded in the vault.</source>
        <translation>
            <numerusform>Ще %n попередній звіт про пошкодження записано у сховищі.</numerusform>
            <numerusform>Ще %n попередні звіти про пошкодження записано у сховищі.</numerusform>
            <numerusform>Ще %n попередніх звітів про пошкодження записано у сховищі.</numerusform>
        </translation>
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
        <translation>довірений (власний ключ сховища, у якому виконано перевірку)</translation>
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
        <translation>{size} Б</translation>
    </message>
    <message>
        <source>not trusted: the key is not in the trust store and no identity card given for the check matches</source>
        <translation>не довірений: ключа немає серед довірених людей і жодна ідентифікаційна картка, передана для перевірки, з ним не збігається</translation>
    </message>
    <message>
        <source>everything (full)</source>
        <translation>усе (повний)</translation>
    </message>
    <message>
        <source>changes (delta)</source>
        <translation>зміни (дельта)</translation>
    </message>
    <message>
        <source>redacted snapshot, for reading only</source>
        <translation>знімок із вилученими даними, лише для читання</translation>
    </message>
    <message>
        <source>NOT VALID: this file is not a FieldKit bundle</source>
        <translation>НЕДІЙСНИЙ: цей файл не є пакетом FieldKit</translation>
    </message>
    <message>
        <source>NOT VERIFIED: this bundle was made by a newer FieldKit; update FieldKit to verify it</source>
        <translation>НЕ ПЕРЕВІРЕНО: пакет створено новішою версією FieldKit; оновіть FieldKit, щоб перевірити його</translation>
    </message>
    <message>
        <source>INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer&apos;s key is not known here</source>
        <translation>ЦІЛИЙ, ПІДПИС НЕ ПЕРЕВІРЕНО: повний і незмінений, але ключ підписанта тут невідомий</translation>
    </message>
    <message>
        <source>the identity card given for the check ({file})</source>
        <translation>ідентифікаційна картка, передана для перевірки ({file})</translation>
    </message>
    <message>
        <source>the minisign public key given for the check ({file})</source>
        <translation>відкритий ключ minisign, переданий для перевірки ({file})</translation>
    </message>
    <message>
        <source>the verifying vault&apos;s own identity</source>
        <translation>власна ідентичність сховища, у якому виконано перевірку</translation>
    </message>
    <message>
        <source>the trust store of the verifying vault</source>
        <translation>довірені люди сховища, у якому виконано перевірку</translation>
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
        <translation>Структуру, повноту й цілісність перевірено; {signature}.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n редакція</numerusform>
            <numerusform>%n редакції</numerusform>
            <numerusform>%n редакцій</numerusform>
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
    <message numerus="yes">
        <source>%n identity card(s)</source>
        <translation>
            <numerusform>%n ідентифікаційна картка</numerusform>
            <numerusform>%n ідентифікаційні картки</numerusform>
            <numerusform>%n ідентифікаційних карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n подія аудиту</numerusform>
            <numerusform>%n події аудиту</numerusform>
            <numerusform>%n подій аудиту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation notice(s)</source>
        <translation>
            <numerusform>%n повідомлення про відкликання</numerusform>
            <numerusform>%n повідомлення про відкликання</numerusform>
            <numerusform>%n повідомлень про відкликання</numerusform>
        </translation>
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
        <source>Not inspected: the file is not a FieldKit bundle.</source>
        <translation>Не оглянуто: файл не є пакетом FieldKit.</translation>
    </message>
    <message>
        <source>Not inspected: the bundle was made by a newer FieldKit.</source>
        <translation>Не оглянуто: пакет створено новішою версією FieldKit.</translation>
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
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it by verifying the bundle with their vault open).</source>
        <translation>Зашифрований вміст не оглянуто: ключа одержувача не надано (одержувач може оглянути його, перевіривши пакет із відкритим власним сховищем).</translation>
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
        <source>Anyone can repeat the outer checks with standard tools, in the folder that holds the .fkb file:</source>
        <translation>Будь-хто може повторити зовнішні перевірки стандартними засобами в теці, де лежить файл .fkb:</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools, in the folder that holds the .fkb file and the signer&apos;s minisign public key (from their identity card) saved as {file}:</source>
        <translation>Будь-хто може повторити зовнішні перевірки стандартними засобами в теці, де лежать файл .fkb і відкритий ключ minisign підписанта (з його ідентифікаційної картки), збережений як {file}:</translation>
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
        <source>not a FieldKit bundle</source>
        <translation>не пакет FieldKit</translation>
    </message>
    <message>
        <source>{name} (from {source})</source>
        <translation>{name} (джерело: {source})</translation>
    </message>
    <message>
        <source>Not named: the signer is in no trust store used here and no identity card given for the check names them. A name written inside a bundle is only the sender&apos;s claim and is not printed.</source>
        <translation>Без імені: підписанта немає серед довірених людей жодного сховища, використаного тут, і жодна ідентифікаційна картка, передана для перевірки, його не називає. Ім’я, записане всередині пакета, — лише твердження відправника, його не друкують.</translation>
    </message>
    <message>
        <source>not checked: the signer&apos;s key is not known here</source>
        <translation>не перевірено: ключ підписанта тут невідомий</translation>
    </message>
    <message>
        <source>none: the file is not a FieldKit bundle</source>
        <translation>немає: файл не є пакетом FieldKit</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, in the vault of {name} (identity {fingerprint})</source>
        <translation>FieldKit {version} на {system}, у сховищі {name} (ідентичність {fingerprint})</translation>
    </message>
    <message>
        <source>Trusted keys given for the check</source>
        <translation>Довірені ключі, передані для перевірки</translation>
    </message>
    <message>
        <source>The signer</source>
        <translation>Підписант</translation>
    </message>
    <message>
        <source>Sender&apos;s stream</source>
        <translation>Потік відправника</translation>
    </message>
    <message>
        <source>Epoch (since the sender&apos;s last restore)</source>
        <translation>Епоха (від останнього відновлення у відправника)</translation>
    </message>
    <message>
        <source>Sequence in that epoch</source>
        <translation>Номер у цій епосі</translation>
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
        <translation>Обсяг перевірки</translation>
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
        <translation>Ким перевірено</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>довгота</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>object records</source>
        <translation>записи об’єктів</translation>
    </message>
    <message>
        <source>damage reports</source>
        <translation>звіти про пошкодження</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>місця</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>контейнери</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>переміщення</translation>
    </message>
    <message>
        <source>handovers</source>
        <translation>передачі</translation>
    </message>
    <message>
        <source>duplicate decisions</source>
        <translation>рішення щодо дублікатів</translation>
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
        <translation>Евакуйований</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Позичений</translation>
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
        <translation>Розграбування</translation>
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
        <translation>Затоплення</translation>
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
        <translation>Недогляд</translation>
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
        <translation>Світло, УФ та ІЧ</translation>
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
        <translation>Потертість</translation>
    </message>
    <message>
        <source>Bullet or shrapnel impact</source>
        <translation>Влучання кулі чи уламка</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначний</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Помірний</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тяжкий</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Локальний</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частковий</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>Поширений</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Повний</translation>
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
        <source>Field conservator</source>
        <translation>Польовий консерватор</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>1 – save first</source>
        <translation>1 – рятувати першим</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – високий</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – середній</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – низький</translation>
    </message>
</context>
</TS>
