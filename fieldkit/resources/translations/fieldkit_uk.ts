<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AcceptHandoverDialog</name>
    <message>
        <source>Handovers — FieldKit</source>
        <translation>Передачі — FieldKit</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Передачі</translation>
    </message>
    <message>
        <source>What &amp;differs (optional):</source>
        <translation>Що &amp;відрізняється (необов’язково):</translation>
    </message>
    <message>
        <source>&amp;Accept, signed with my key</source>
        <translation>&amp;Прийняти, підписавши моїм ключем</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Акт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>&amp;Handovers (waiting for you first):</source>
        <translation>Пе&amp;редачі (спершу ті, що чекають на вас):</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>чекає на вас</translation>
    </message>
    <message>
        <source>waiting for the receiver</source>
        <translation>чекає на одержувача</translation>
    </message>
    <message numerus="yes">
        <source>{giver} → {receiver}: %n item(s) — {state}</source>
        <translation>
            <numerusform>{giver} → {receiver}: %n одиниця — {state}</numerusform>
            <numerusform>{giver} → {receiver}: %n одиниці — {state}</numerusform>
            <numerusform>{giver} → {receiver}: %n одиниць — {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>No handover in this vault.</source>
        <translation>У цьому сховищі немає передач.</translation>
    </message>
    <message>
        <source>Items: {items}</source>
        <translation>Одиниці: {items}</translation>
    </message>
    <message>
        <source>Handed over at: {when}</source>
        <translation>Передано: {when}</translation>
    </message>
    <message>
        <source>Condition: {text}</source>
        <translation>Стан: {text}</translation>
    </message>
    <message>
        <source>Accepted at {when}.</source>
        <translation>Прийнято {when}.</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Trust a key — FieldKit</source>
        <translation>Довірити ключ — FieldKit</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Локальне ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>The digits match: &amp;trust and mark verified</source>
        <translation>Цифри збігаються: &amp;довіряти й позначити перевіреним</translation>
    </message>
    <message>
        <source>Trust &amp;now, compare later</source>
        <translation>Довіряти &amp;зараз, порівняти пізніше</translation>
    </message>
    <message>
        <source>Until you compare the fingerprint, this card receives bundles only when you tick it yourself in the export dialog.</source>
        <translation>Доки Ви не порівняли відбиток, ця картка отримує пакети, лише коли Ви самі позначите її у вікні експорту.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation>{name}, {organisation} — {role}</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без організації</translation>
    </message>
    <message>
        <source>The card says:</source>
        <translation>На картці зазначено:</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>&amp;Локальне ім’я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Довіряти цьому ключу?</translation>
    </message>
    <message>
        <source>Anyone can make a card with any name on it. Before you trust it, ask its holder to read their fingerprint to you — in person or on the phone, not by e-mail or message — and compare it with these digits:</source>
        <translation>Будь-хто може створити картку з будь-яким ім’ям. Перш ніж довіряти їй, попросіть власника прочитати Вам свій відбиток — особисто або телефоном, не електронною поштою чи повідомленням — і порівняйте його з цими цифрами:</translation>
    </message>
    <message>
        <source>The local name is what FieldKit shows for this person everywhere; the name inside their bundles is only their claim.</source>
        <translation>Локальне ім’я — це ім’я, яке FieldKit всюди показує для цієї людини; ім’я в її пакетах — лише її твердження.</translation>
    </message>
    <message>
        <source>You already trust this key as {name}{verified}. Adding it again updates the local name and role.</source>
        <translation>Ви вже довіряєте цьому ключу як {name}{verified}. Повторне додавання оновить локальне ім’я та роль.</translation>
    </message>
    <message>
        <source> (fingerprint compared)</source>
        <translation> (відбиток порівняно)</translation>
    </message>
    <message>
        <source>You already trust another card with this name, or one that looks alike ({keys}). Give this one a local name that tells them apart.</source>
        <translation>Ви вже довіряєте іншій картці з таким самим або схожим ім’ям ({keys}). Дайте цій картці локальне ім’я, яке їх розрізняє.</translation>
    </message>
</context>
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Nobody is trusted in this vault yet. Add the identity card of each person who receives your bundles on the “People &amp; keys” page (Add a card…); you can then choose them here, or later with the “Recipients…” button.</source>
        <translation>У цьому сховищі ще немає нікого довіреного. Додайте ідентифікаційну картку кожної людини, яка отримує ваші пакети, на сторінці «Люди й ключі» (Додати картку…); потім ви зможете вибрати їх тут або пізніше кнопкою «Одержувачі…».</translation>
    </message>
    <message>
        <source>Add a sync folder</source>
        <translation>Додати теку синхронізації</translation>
    </message>
    <message>
        <source>Kind of sync target</source>
        <translation>Різновид цілі синхронізації</translation>
    </message>
    <message>
        <source>A folder: USB drive or shared folder</source>
        <translation>Тека: USB-накопичувач або спільна тека</translation>
    </message>
    <message>
        <source>S3 storage: a bucket on a server</source>
        <translation>Сховище S3: бакет на сервері</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <source>For example: https://s3.example.org</source>
        <translation>Наприклад: https://s3.example.org</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Бакет</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префікс</translation>
    </message>
    <message>
        <source>For example: field/kharkiv (may be empty)</source>
        <translation>Наприклад: field/kharkiv (можна залишити порожнім)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Only if the provider asks for one</source>
        <translation>Лише якщо постачальник його вимагає</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Ключ доступу</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретний ключ</translation>
    </message>
    <message>
        <source>Bandwidth limit in kB/s</source>
        <translation>Обмеження швидкості, КБ/с</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> КБ/с</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>The USB drive or shared folder</source>
        <translation>USB-накопичувач або спільна тека</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Виберіть теку</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>For example: stick</source>
        <translation>Наприклад: флешка</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Одержувачі</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation>Позначте, для кого пакети, залишені в цій теці. Якщо нікого не позначено, вони йдуть усім перевіреним координаторам.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Різновид:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Бакет:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>Пре&amp;фікс:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Р&amp;егіон:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Ключ доступу:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Секретний ключ:</translation>
    </message>
    <message>
        <source>Band&amp;width:</source>
        <translation>&amp;Швидкість:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Одержувачі:</translation>
    </message>
    <message>
        <source>Add S3 storage</source>
        <translation>Додати сховище S3</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this bucket are for. With none ticked, they go to every verified coordinator. The access key and secret are kept only inside this vault, encrypted.</source>
        <translation>Позначте, для кого пакети, залишені в цьому бакеті. Якщо нікого не позначено, вони йдуть кожному перевіреному координатору. Ключ доступу й секретний ключ зберігаються лише в цьому сховищі, зашифровані.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Запит до сервера…</translation>
    </message>
    <message>
        <source>Connected: the bucket answers.</source>
        <translation>З’єднано: бакет відповідає.</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · ключ {fingerprint}…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Виберіть теку синхронізації</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Chec&amp;k the chain again</source>
        <translation>&amp;Перевірити ланцюжок знову</translation>
    </message>
    <message>
        <source>Show events of</source>
        <translation>Показати події типу</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казати:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Checking the chain of events…</source>
        <translation>Перевірка ланцюжка подій…</translation>
    </message>
    <message>
        <source>The chain is intact: {n} events, each linked to the one before. Head {head}…</source>
        <translation>Ланцюжок цілий: подій — {n}, кожна пов’язана з попередньою. Вершина {head}…</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…і ще {n}.</translation>
    </message>
    <message>
        <source>The chain is BROKEN: events were altered or removed.</source>
        <translation>Ланцюжок ПОРУШЕНО: події змінено або видалено.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault — FieldKit</source>
        <translation>Резервне копіювання сховища — FieldKit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека резервної копії</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Виберіть теку резервної копії</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Створити копію</translation>
    </message>
    <message>
        <source>Back up &amp;into (a new or empty folder):</source>
        <translation>&amp;Куди копіювати (нова або порожня тека):</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Резервне копіювання сховища</translation>
    </message>
    <message>
        <source>The backup is a complete copy, still encrypted: it opens with the passphrase (or recovery key) the vault has now. Keep it on another drive, away from this laptop.</source>
        <translation>Резервна копія — це повна копія, так само зашифрована: вона відкривається тією парольною фразою (або ключем відновлення), що діє для сховища зараз. Зберігайте її на іншому диску, подалі від цього ноутбука.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервне копіювання</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Резервну копію записано</translation>
    </message>
    <message>
        <source>Choose a new or empty folder: this one has files in it.</source>
        <translation>Виберіть нову або порожню теку: у цій є файли.</translation>
    </message>
    <message>
        <source>Copying the vault to {folder}…</source>
        <translation>Копіювання сховища до {folder}…</translation>
    </message>
    <message>
        <source>Cancelled: the incomplete backup was removed.</source>
        <translation>Скасовано: неповну резервну копію видалено.</translation>
    </message>
    <message>
        <source>{files} files, {size}, written to {folder}.</source>
        <translation>Файлів: {files}, {size}, записано до {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault&apos;s media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>%n фото не вдалося зберегти в резервній копії: у теці медіафайлів сховища бракує його файлу. Резервна копія позначає його як відсутнє:</numerusform>
            <numerusform>%n фото не вдалося зберегти в резервній копії: у теці медіафайлів сховища бракує їхніх файлів. Резервна копія позначає їх як відсутні:</numerusform>
            <numerusform>%n фото не вдалося зберегти в резервній копії: у теці медіафайлів сховища бракує їхніх файлів. Резервна копія позначає їх як відсутні:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>Немає даних</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Ще нічого не записано</translation>
    </message>
</context>
<context>
    <name>BundleCheckDialog</name>
    <message>
        <source>Drop .fkb files here</source>
        <translation>Перетягніть файли .fkb сюди</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb);;All files (*)</source>
        <translation>Пакети FieldKit (*.fkb);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation>Експорт&amp;увати пакет…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Імпортувати пакети…</translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation>&amp;Перевірити пакети…</translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation>Пакети й синхронізація</translation>
    </message>
    <message>
        <source>A bundle carries your records, signed and encrypted, on a USB stick or any other way. A sync folder does it for you whenever the drive is plugged in. Drop .fkb files anywhere on this page to import them.</source>
        <translation>Пакет переносить Ваші записи, підписані й зашифровані, на USB-накопичувачі чи в інший спосіб. Тека синхронізації робить це за Вас щоразу, коли під’єднано диск. Перетягніть файли .fkb будь-куди на цю сторінку, щоб імпортувати їх.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакції</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Надіслані пакети</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>Нові редакції</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Уже є</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Отримані пакети</translation>
    </message>
    <message>
        <source>Bundles received, sent and quarantined</source>
        <translation>Отримані, надіслані пакети й пакети в карантині</translation>
    </message>
    <message>
        <source>Received (ne&amp;west first)</source>
        <translation>От&amp;римані (спершу нові)</translation>
    </message>
    <message>
        <source>Sen&amp;t (newest first)</source>
        <translation>&amp;Надіслані (спершу нові)</translation>
    </message>
    <message>
        <source>&amp;Quarantine ({n})</source>
        <translation>&amp;Карантин ({n})</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;Карантин</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>зміни</translation>
    </message>
    <message>
        <source>full</source>
        <translation>повний</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>знімок</translation>
    </message>
    <message>
        <source>anyone (not encrypted)</source>
        <translation>будь-хто (не зашифровано)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>The data is not re-encrypted: this takes a second. The recovery key keeps working.</source>
        <translation>Дані не перешифровуються: це займе секунду. Ключ відновлення й далі діє.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Змінити парольну фразу</translation>
    </message>
    <message>
        <source>The passphrase is changed: use the new one from now on. Backups made before this change still open only with the OLD passphrase, or with the recovery key the vault had when they were made.</source>
        <translation>Парольну фразу змінено: відтепер використовуйте нову. Резервні копії, зроблені до цієї зміни, і далі відкриваються лише СТАРОЮ парольною фразою або ключем відновлення, який сховище мало, коли їх зроблено.</translation>
    </message>
</context>
<context>
    <name>CheckInCounts</name>
    <message numerus="yes">
        <source>Expected</source>
        <translation>
            <numerusform>Очікуваний</numerusform>
            <numerusform>Очікувані</numerusform>
            <numerusform>Очікуваних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received</source>
        <translation>
            <numerusform>Отриманий</numerusform>
            <numerusform>Отримані</numerusform>
            <numerusform>Отриманих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet scanned</source>
        <translation>
            <numerusform>Ще не сканований</numerusform>
            <numerusform>Ще не скановані</numerusform>
            <numerusform>Ще не сканованих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing</source>
        <translation>
            <numerusform>Зниклий</numerusform>
            <numerusform>Зниклі</numerusform>
            <numerusform>Зниклих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra</source>
        <translation>
            <numerusform>Зайвий</numerusform>
            <numerusform>Зайві</numerusform>
            <numerusform>Зайвих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check in</source>
        <translation>Приймання</translation>
    </message>
    <message>
        <source>Scan a label, or type a code or number, then Enter</source>
        <translation>Скануйте етикетку або введіть код чи номер, потім Enter</translation>
    </message>
    <message>
        <source>Code scanned</source>
        <translation>Сканований код</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отриманий</translation>
    </message>
    <message>
        <source>Not yet scanned</source>
        <translation>Ще не сканований</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Items of this movement and their state</source>
        <translation>Одиниці цього переміщення та їхній стан</translation>
    </message>
    <message>
        <source>A container scanned without its contents arrived sealed: what it holds counts as received. Scan its contents too to check them one by one.</source>
        <translation>Контейнер, сканований без вмісту, прибув опломбованим: його вміст вважається отриманим. Скануйте й вміст, щоб перевірити його поштучно.</translation>
    </message>
    <message>
        <source>Everything &amp;arrived</source>
        <translation>&amp;Усе прибуло</translation>
    </message>
    <message>
        <source>Receive everything the movement expects</source>
        <translation>Прийняти все, що очікує переміщення</translation>
    </message>
    <message>
        <source>Write the reception (Ctrl+Return)</source>
        <translation>Записати приймання (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Mark missing items &amp;arrived…</source>
        <translation>Позначити &amp;усі зниклі одиниці як прибулі…</translation>
    </message>
    <message>
        <source>Items recorded missing were found: asks first, naming them</source>
        <translation>Одиниці, записані як зниклі, знайдено: спершу запитує, називаючи їх</translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) recorded missing.</source>
        <translation>
            <numerusform>Приймання записано: %n одиниця записана як зникла.</numerusform>
            <numerusform>Приймання записано: %n одиниці записані як зниклі.</numerusform>
            <numerusform>Приймання записано: %n одиниць записані як зниклі.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item found since can be scanned, then added with Finish check-in.</source>
        <translation>Одиницю, знайдену відтоді, можна відсканувати й додати кнопкою «Завершити приймання».</translation>
    </message>
    <message>
        <source>Check in: {movement}</source>
        <translation>Приймання: {movement}</translation>
    </message>
    <message>
        <source>Already received. Scan more to add what arrived since.</source>
        <translation>Уже прийнято. Скануйте ще, щоб додати те, що прибуло відтоді.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept from before FieldKit locked or closed; go on scanning.</source>
        <translation>
            <numerusform>%n сканування збережено з часу до блокування чи закриття FieldKit; скануйте далі.</numerusform>
            <numerusform>%n сканування збережено з часу до блокування чи закриття FieldKit; скануйте далі.</numerusform>
            <numerusform>%n сканувань збережено з часу до блокування чи закриття FieldKit; скануйте далі.</numerusform>
        </translation>
    </message>
    <message>
        <source>This movement has not departed yet.</source>
        <translation>Це переміщення ще не вирушило.</translation>
    </message>
    <message>
        <source>{item}: already scanned.</source>
        <translation>{item}: уже скановано.</translation>
    </message>
    <message>
        <source>{item}: received.</source>
        <translation>{item}: отримано.</translation>
    </message>
    <message>
        <source>{item}: not expected in this movement (extra).</source>
        <translation>{item}: не очікується в цьому переміщенні (зайве).</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>F&amp;inish check-in</source>
        <translation>&amp;Завершити приймання</translation>
    </message>
    <message>
        <source>“{code}”: {why}</source>
        <translation>«{code}»: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n очікувана</numerusform>
            <numerusform>%n очікувані</numerusform>
            <numerusform>%n очікуваних</numerusform>
        </translation>
    </message>
    <message>
        <source>Received outside its container</source>
        <translation>Отримано поза контейнером</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Зниклий</translation>
    </message>
    <message>
        <source>Extra (not expected)</source>
        <translation>Зайвий (не очікуваний)</translation>
    </message>
    <message>
        <source>Finish check-in?</source>
        <translation>Завершити приймання?</translation>
    </message>
    <message>
        <source>Scan what arrived first, or finish now.</source>
        <translation>Спершу відскануйте те, що надійшло, або завершіть зараз.</translation>
    </message>
    <message>
        <source>Finish check-in</source>
        <translation>Завершити приймання</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not scanned will be marked missing: {items}.</source>
        <translation>
            <numerusform>%n невідскановану одиницю буде позначено як зниклу: {items}.</numerusform>
            <numerusform>%n невідскановані одиниці буде позначено як зниклі: {items}.</numerusform>
            <numerusform>%n невідсканованих одиниць буде позначено як зниклі: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Mark missing items arrived?</source>
        <translation>Позначити зниклі одиниці як прибулі?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded missing will be marked arrived: {items}.</source>
        <translation>
            <numerusform>%n одиницю, записану як зниклу, буде позначено як прибулу: {items}.</numerusform>
            <numerusform>%n одиниці, записані як зниклі, буде позначено як прибулі: {items}.</numerusform>
            <numerusform>%n одиниць, записаних як зниклі, буде позначено як прибулі: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark them arrived</source>
        <translation>Позначити як прибулі</translation>
    </message>
    <message>
        <source>Only if they were found. To add one item found since, scan it and finish.</source>
        <translation>Лише якщо їх знайдено. Щоб додати одну знайдену відтоді одиницю, відскануйте її й завершіть.</translation>
    </message>
    <message>
        <source>Scan at least one item before finishing.</source>
        <translation>Скануйте хоча б одну одиницю перед завершенням.</translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) missing.</source>
        <translation>
            <numerusform>Приймання записано: %n одиниця зникла.</numerusform>
            <numerusform>Приймання записано: %n одиниці зникли.</numerusform>
            <numerusform>Приймання записано: %n одиниць зникли.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception written: everything expected arrived.</source>
        <translation>Приймання записано: усе очікуване прибуло.</translation>
    </message>
</context>
<context>
    <name>CodeInput</name>
    <message>
        <source>e.g. C-014 (letters, digits, - . _ /)</source>
        <translation>напр. C-014 (літери, цифри, - . _ /)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare the fingerprint — FieldKit</source>
        <translation>Порівняти відбиток — FieldKit</translation>
    </message>
    <message>
        <source>The digits &amp;match: mark verified</source>
        <translation>Цифри &amp;збігаються: позначити перевіреним</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Вони &amp;різняться</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Порівняти відбиток</translation>
    </message>
    <message>
        <source>Ask {name} to read their fingerprint aloud — in person or on the phone — and check every group against these digits:</source>
        <translation>Попросіть {name} прочитати вголос свій відбиток — особисто або телефоном — і звірте кожну групу з цими цифрами:</translation>
    </message>
    <message>
        <source>Do not mark it verified. If the digits differ, the card may not be theirs: revoke this key and ask them for their card again, in person.</source>
        <translation>Не позначайте його перевіреним. Якщо цифри різняться, картка може бути не його: відкличте цей ключ і попросіть картку ще раз, особисто.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Accept the &amp;automatic merge</source>
        <translation>Прийняти авто&amp;матичне злиття</translation>
    </message>
    <message>
        <source>&amp;Save my choices as one merge revision</source>
        <translation>З&amp;берегти мій вибір як одну редакцію злиття</translation>
    </message>
    <message>
        <source>No record is in conflict.</source>
        <translation>Жоден запис не в конфлікті.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>Звіт про пошкодження</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>version {n} by {who} on {date}</source>
        <translation>версія {n}, {who}, {date}</translation>
    </message>
    <message>
        <source>Edited in {n} places: {versions}.</source>
        <translation>Змінено в {n} місцях: {versions}.</translation>
    </message>
    <message>
        <source>the versions have no common ancestor</source>
        <translation>версії не мають спільного предка</translation>
    </message>
    <message>
        <source>it was deleted in one place and edited in another</source>
        <translation>його видалено в одному місці й змінено в іншому</translation>
    </message>
    <message>
        <source>This one needs a person: {reason}. Choose per field, or keep one version whole.</source>
        <translation>Тут потрібне рішення людини: {reason}. Виберіть значення для кожного поля або залиште одну версію цілком.</translation>
    </message>
    <message>
        <source>Not possible here: a person must decide.</source>
        <translation>Тут неможливо: має вирішити людина.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Версія {n}</translation>
    </message>
    <message>
        <source>(provisional winner)</source>
        <translation>(тимчасово переважає)</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>ВИДАЛЕНО</translation>
    </message>
    <message>
        <source>Automatic merge</source>
        <translation>Автоматичне злиття</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Використати</translation>
    </message>
    <message>
        <source>{field} — disputed</source>
        <translation>{field} — спірне</translation>
    </message>
    <message>
        <source>Which value to keep for {field}</source>
        <translation>Яке значення залишити для {field}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): added on any side are kept</source>
        <translation>
            <numerusform>Фото: %n; додані будь-де зберігаються</numerusform>
            <numerusform>Фото: %n; додані будь-де зберігаються</numerusform>
            <numerusform>Фото: %n; додані будь-де зберігаються</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep version &amp;{n} whole</source>
        <translation>Залишити версію &amp;{n} цілком</translation>
    </message>
    <message numerus="yes">
        <source>%n other field(s) are the same in every version.</source>
        <translation>
            <numerusform>Інших полів, однакових в усіх версіях: %n.</numerusform>
            <numerusform>Інших полів, однакових в усіх версіях: %n.</numerusform>
            <numerusform>Інших полів, однакових в усіх версіях: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Злито з</translation>
    </message>
    <message>
        <source>“{record}”: version {n} kept whole; the conflict is resolved.</source>
        <translation>«{record}»: версію {n} збережено повністю; конфлікт розв’язано.</translation>
    </message>
    <message>
        <source>“{record}”: the conflict is resolved.</source>
        <translation>«{record}»: конфлікт розв’язано.</translation>
    </message>
    <message>
        <source>Keep version {n}, which deletes “{record}”?</source>
        <translation>Залишити версію {n}, яка видаляє «{record}»?</translation>
    </message>
    <message>
        <source>The changes made in the other version are set aside for everyone; they stay in the record&apos;s history.</source>
        <translation>Зміни з іншої версії буде відкинуто для всіх; вони залишаться в історії запису.</translation>
    </message>
    <message>
        <source>Keep version {n} of “{record}”, which another version deletes?</source>
        <translation>Залишити версію {n} запису «{record}», який інша версія видаляє?</translation>
    </message>
    <message>
        <source>The record comes back for everyone, as version {n} has it; the deletion stays in its history.</source>
        <translation>Запис повернеться для всіх таким, як у версії {n}; видалення залишиться в його історії.</translation>
    </message>
    <message>
        <source>Keep one version whole?</source>
        <translation>Залишити одну версію цілком?</translation>
    </message>
    <message>
        <source>Keep version {n}</source>
        <translation>Залишити версію {n}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Records in conflict</source>
        <translation>Записи в конфлікті</translation>
    </message>
    <message>
        <source>Records &amp;in conflict:</source>
        <translation>&amp;Записи в конфлікті:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>These records were changed in two places before either side saw the other&apos;s change. Until you decide, every vault shows the same automatic merge.</source>
        <translation>Ці записи змінено у двох місцях, перш ніж одна сторона побачила зміну іншої. Доки Ви не вирішите, кожне сховище показує те саме автоматичне злиття.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>звіт про пошкодження</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>потрібне рішення людини</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed field(s)</source>
        <translation>
            <numerusform>Спірних полів: %n</numerusform>
            <numerusform>Спірних полів: %n</numerusform>
            <numerusform>Спірних полів: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>Записів у конфлікті: %n</numerusform>
            <numerusform>Записів у конфлікті: %n</numerusform>
            <numerusform>Записів у конфлікті: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation>зливається без конфліктів</translation>
    </message>
</context>
<context>
    <name>ContainerEditor</name>
    <message>
        <source>Where it is and what it holds</source>
        <translation>Де він і що містить</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>Новий контейнер</translation>
    </message>
</context>
<context>
    <name>CoordinatesInput</name>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>Шир.</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>Довг.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>FieldKit will use this language from its next start. You can change it later in the vault settings.</source>
        <translation>FieldKit використовуватиме цю мову з наступного запуску. Її можна змінити пізніше в налаштуваннях сховища.</translation>
    </message>
    <message>
        <source>Create a vault — FieldKit</source>
        <translation>Створити сховище — FieldKit</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Тека сховища</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Виберіть теку сховища</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>as colleagues know you</source>
        <translation>як Вас знають колеги</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Language of FieldKit</source>
        <translation>Мова FieldKit</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Створити сховище</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Створити сховище</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in this folder. The passphrase opens it: choose several words you will remember even when tired.</source>
        <translation>Усе, що Ви записуєте, зберігається зашифрованим у цій теці. Її відкриває парольна фраза: виберіть кілька слів, які пам’ятатимете навіть у втомі.</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Виберіть порожню теку</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Виберіть теку для сховища.</translation>
    </message>
    <message>
        <source>Type your name: it goes with every record you write.</source>
        <translation>Введіть своє ім’я: воно супроводжує кожен Ваш запис.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. It is shown only now. Write it on paper or print it, and keep it apart from this laptop.</source>
        <translation>Якщо Ви забудете парольну фразу, цей ключ — єдиний спосіб повернутися до сховища. Його показано лише зараз. Запишіть його на папері або надрукуйте й зберігайте окремо від цього ноутбука.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import a spreadsheet — FieldKit</source>
        <translation>Імпорт електронної таблиці — FieldKit</translation>
    </message>
    <message>
        <source>Checking the spreadsheet</source>
        <translation>Перевірка електронної таблиці</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Файл електронної таблиці</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодування</translation>
    </message>
    <message>
        <source>Detect it (recommended)</source>
        <translation>Визначити автоматично (рекомендовано)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Західна Європа)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (арабська)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилиця)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Центральна Європа)</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Перевірити файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Імпорт електронної таблиці</translation>
    </message>
    <message>
        <source>Each row of the sheet becomes a new object. Save the sheet as CSV from Excel or LibreOffice (File &gt; Save as &gt; CSV). The whole file is checked first, and you see how it was read and every problem before anything changes in this vault; then all rows are imported, or none.</source>
        <translation>Кожен рядок аркуша стає новим об’єктом. Збережіть аркуш у форматі CSV з Excel або LibreOffice (Файл &gt; Зберегти як &gt; CSV). Спершу перевіряється весь файл: ви бачите, як його прочитано, і кожну проблему, перш ніж у цьому сховищі щось зміниться; потім імпортуються всі рядки або жоден.</translation>
    </message>
    <message>
        <source>&amp;File (or drop it here):</source>
        <translation>&amp;Файл (або перетягніть його сюди):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n object(s) from {file}, {when}.</source>
        <translation>
            <numerusform>Останній імпорт: %n об’єкт з {file}, {when}.</numerusform>
            <numerusform>Останній імпорт: %n об’єкти з {file}, {when}.</numerusform>
            <numerusform>Останній імпорт: %n об’єктів з {file}, {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Скасувати цей імпорт?</translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) imported from {file} will be deleted.</source>
        <translation>
            <numerusform>%n об’єкт, імпортований з {file}, буде видалено.</numerusform>
            <numerusform>%n об’єкти, імпортовані з {file}, буде видалено.</numerusform>
            <numerusform>%n об’єктів, імпортованих з {file}, буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Видалити їх</translation>
    </message>
    <message>
        <source>Each is deleted as if you deleted it yourself: its history is kept, and the deletion travels in bundles like any other.</source>
        <translation>Кожен видаляється так, ніби ви видалили його самі: його історію збережено, а видалення передається в пакетах, як будь-яке інше.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these object(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>
            <numerusform>%n з цих об’єктів уже надіслано до інших сховищ у пакетах: його буде видалено й там, коли піде наступний пакет.</numerusform>
            <numerusform>%n з цих об’єктів уже надіслано до інших сховищ у пакетах: їх буде видалено й там, коли піде наступний пакет.</numerusform>
            <numerusform>%n з цих об’єктів уже надіслано до інших сховищ у пакетах: їх буде видалено й там, коли піде наступний пакет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Залишити їх</translation>
    </message>
    <message>
        <source>Undoing the import in one transaction…</source>
        <translation>Скасування імпорту однією транзакцією…</translation>
    </message>
    <message>
        <source>(no inventory number)</source>
        <translation>(без інвентарного номера)</translation>
    </message>
    <message>
        <source>Delete them too</source>
        <translation>Видалити і їх</translation>
    </message>
    <message>
        <source>Edited since the import:</source>
        <translation>Змінені після імпорту:</translation>
    </message>
    <message>
        <source>Edited since the import, or with a damage report, a movement or unsaved changes:</source>
        <translation>Змінені після імпорту або зі звітом про пошкодження, переміщенням чи незбереженими змінами:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Залишити все</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Імпорт скасовано</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) deleted: the import from {file} is undone. Their history is kept.</source>
        <translation>
            <numerusform>Видалено %n об’єкт: імпорт з {file} скасовано. Його історію збережено.</numerusform>
            <numerusform>Видалено %n об’єкти: імпорт з {file} скасовано. Їхню історію збережено.</numerusform>
            <numerusform>Видалено %n об’єктів: імпорт з {file} скасовано. Їхню історію збережено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Вибрати файл</translation>
    </message>
    <message>
        <source>UTF-16, little-endian (Windows)</source>
        <translation>UTF-16, little-endian (Windows)</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Скасувати цей імпорт…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Checking {file}; nothing is imported yet…</source>
        <translation>Перевірка {file}; нічого ще не імпортовано…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported. Press Check again to import with the choices shown.</source>
        <translation>Перевірку скасовано: нічого не імпортовано. Натисніть «Перевірити знову», щоб імпортувати з показаними виборами.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Скасовано: нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above and check again, or save the sheet as CSV UTF-8 from your spreadsheet program.</source>
        <translation>Виберіть кодування файлу в списку вище й перевірте знову або збережіть аркуш як CSV UTF-8 у програмі електронних таблиць.</translation>
    </message>
    <message>
        <source>The list above now says how to read it: press Check the file, or choose another encoding.</source>
        <translation>Список вище тепер указує, як його читати: натисніть «Перевірити файл» або виберіть інше кодування.</translation>
    </message>
    <message>
        <source>The file could not be checked: nothing can be imported until it is.</source>
        <translation>Файл не вдалося перевірити: нічого не можна імпортувати, доки його не перевірено.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>&amp;Day/month/year: 05/11/2023 is 5 November 2023</source>
        <translation>&amp;День/місяць/рік: 05/11/2023 — це 5 листопада 2023</translation>
    </message>
    <message>
        <source>&amp;Month/day/year: 05/11/2023 is 11 May 2023</source>
        <translation>&amp;Місяць/день/рік: 05/11/2023 — це 11 травня 2023</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>Стовпці та поля, які вони заповнюють</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Errors in the file</source>
        <translation>Помилки у файлі</translation>
    </message>
    <message>
        <source>&amp;Save the errors as a text file…</source>
        <translation>&amp;Зберегти помилки в текстовий файл…</translation>
    </message>
    <message>
        <source>Cells as read</source>
        <translation>Клітинки, як їх прочитано</translation>
    </message>
    <message>
        <source>Rows as read</source>
        <translation>Рядки, як їх прочитано</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Перевірити з&amp;нову</translation>
    </message>
    <message>
        <source>&amp;Back: another file or encoding</source>
        <translation>Н&amp;азад: інший файл або кодування</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Скасувати — нічого не імпортувати</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Що містить файл</translation>
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
    <message>
        <source>as you chose</source>
        <translation>як ви вибрали</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), read as {encoding} ({how}); columns separated by {sep}.</source>
        <translation>
            <numerusform>{file}: %n рядок, прочитано як {encoding} ({how}); роздільник стовпців: {sep}.</numerusform>
            <numerusform>{file}: %n рядки, прочитано як {encoding} ({how}); роздільник стовпців: {sep}.</numerusform>
            <numerusform>{file}: %n рядків, прочитано як {encoding} ({how}); роздільник стовпців: {sep}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory numbers more than once in the file:</source>
        <translation>Інвентарні номери, що трапляються у файлі кілька разів:</translation>
    </message>
    <message>
        <source>Inventory numbers already in the vault:</source>
        <translation>Інвентарні номери, які вже є у сховищі:</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Попереджень немає.</translation>
    </message>
    <message>
        <source>New objects: {new}. Errors: {errors}. Warnings: {warnings}.</source>
        <translation>Нових об’єктів: {new}. Помилок: {errors}. Попереджень: {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n)</source>
        <translation>
            <numerusform>Стовпці (%n)</numerusform>
            <numerusform>Стовпці (%n)</numerusform>
            <numerusform>Стовпці (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Помилки (%n)</numerusform>
            <numerusform>Помилки (%n)</numerusform>
            <numerusform>Помилки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Попередження (%n)</numerusform>
            <numerusform>Попередження (%n)</numerusform>
            <numerusform>Попередження (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n object(s)</source>
        <translation>
            <numerusform>&amp;Імпортувати %n об’єкт</numerusform>
            <numerusform>&amp;Імпортувати %n об’єкти</numerusform>
            <numerusform>&amp;Імпортувати %n об’єктів</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} (rows {rows})</source>
        <translation>{number} (рядки {rows})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how the file&apos;s dates are written (above) to go on.</source>
        <translation>Щоб продовжити, укажіть (вище), як записано дати у файлі.</translation>
    </message>
    <message>
        <source>Nothing can be imported while the file has errors: correct them in the spreadsheet, save it as CSV, then press Check again.</source>
        <translation>Поки у файлі є помилки, нічого не можна імпортувати: виправте їх в електронній таблиці, збережіть її як CSV і натисніть «Перевірити знову».</translation>
    </message>
    <message>
        <source>Some columns hold data that no field takes: choose a field for each, or “Not imported”, in the Columns tab.</source>
        <translation>Деякі стовпці містять дані, яких не приймає жодне поле: виберіть для кожного поле або «Не імпортувати» на вкладці «Стовпці».</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>У файлі немає рядків для імпорту.</translation>
    </message>
    <message>
        <source>Some dates are written day/month/year and others month/day/year: say how most are written; the others are then listed as errors to correct.</source>
        <translation>Частину дат записано як день/місяць/рік, а частину — як місяць/день/рік: укажіть, як записано більшість; решту буде показано як помилки для виправлення.</translation>
    </message>
    <message>
        <source>No date in the file shows whether 05/11/2023 is 5 November or 11 May (no day above 12): say how the dates are written.</source>
        <translation>Жодна дата у файлі не показує, чи 05/11/2023 — це 5 листопада, чи 11 травня (немає дня понад 12): укажіть, як записано дати.</translation>
    </message>
    <message>
        <source>Dates are read the way you chose.</source>
        <translation>Дати читаються так, як ви вибрали.</translation>
    </message>
    <message>
        <source>Dates are read as the file shows: one of its dates can only be read this way.</source>
        <translation>Дати читаються так, як показує файл: одну з його дат можна прочитати лише так.</translation>
    </message>
    <message>
        <source>by its heading</source>
        <translation>за заголовком</translation>
    </message>
    <message>
        <source>chosen here</source>
        <translation>вибрано тут</translation>
    </message>
    <message>
        <source>not imported, chosen here</source>
        <translation>не імпортується, вибрано тут</translation>
    </message>
    <message>
        <source>Field for the column {column}</source>
        <translation>Поле для стовпця {column}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не імпортувати</translation>
    </message>
    <message>
        <source>holds data, but no field takes it</source>
        <translation>містить дані, але жодне поле їх не приймає</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) without data</source>
        <translation>
            <numerusform>%n стовпець без даних</numerusform>
            <numerusform>%n стовпці без даних</numerusform>
            <numerusform>%n стовпців без даних</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не імпортуються</translation>
    </message>
    <message>
        <source>not imported: “{field}” now comes from “{taker}”</source>
        <translation>не імпортується: «{field}» тепер береться з «{taker}»</translation>
    </message>
    <message>
        <source>The column “{column}” is no longer imported: its field “{field}” now comes from the column “{taker}”.</source>
        <translation>Стовпець «{column}» більше не імпортується: його поле «{field}» тепер береться зі стовпця «{taker}».</translation>
    </message>
    <message>
        <source>Save the errors as</source>
        <translation>Зберегти помилки як</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстові файли (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>The column “{column}” holds %n value(s) for “{field}”, but it is not imported.</source>
        <translation>
            <numerusform>Стовпець «{column}» містить %n значення для «{field}», але він не імпортується.</numerusform>
            <numerusform>Стовпець «{column}» містить %n значення для «{field}», але він не імпортується.</numerusform>
            <numerusform>Стовпець «{column}» містить %n значень для «{field}», але він не імпортується.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import without these fields?</source>
        <translation>Імпортувати без цих полів?</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would be imported without: {fields}.</source>
        <translation>
            <numerusform>%n об’єкт буде імпортовано без: {fields}.</numerusform>
            <numerusform>%n об’єкти буде імпортовано без: {fields}.</numerusform>
            <numerusform>%n об’єктів буде імпортовано без: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>Імпортувати без них</translation>
    </message>
    <message>
        <source>Choose a field for the column in the Columns tab to import its values.</source>
        <translation>Виберіть поле для стовпця на вкладці «Стовпці», щоб імпортувати його значення.</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Назад до стовпців</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n object(s) in one transaction…</source>
        <translation>
            <numerusform>Імпорт %n об’єкта однією транзакцією…</numerusform>
            <numerusform>Імпорт %n об’єктів однією транзакцією…</numerusform>
            <numerusform>Імпорт %n об’єктів однією транзакцією…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Press Check again to read the file as it is now.</source>
        <translation>Нічого не імпортовано. Натисніть «Перевірити знову», щоб прочитати файл таким, яким він є зараз.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from {file}, all in one transaction.</source>
        <translation>
            <numerusform>%n об’єкт імпортовано з {file} однією транзакцією.</numerusform>
            <numerusform>%n об’єкти імпортовано з {file} однією транзакцією.</numerusform>
            <numerusform>%n об’єктів імпортовано з {file} однією транзакцією.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show the new records</source>
        <translation>&amp;Показати нові записи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message numerus="yes">
        <source>%n item(s) here now</source>
        <translation>
            <numerusform>%n одиниця тут зараз</numerusform>
            <numerusform>%n одиниці тут зараз</numerusform>
            <numerusform>%n одиниць тут зараз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyOverview</name>
    <message>
        <source>Movements and handovers needing attention</source>
        <translation>Переміщення й передачі, що потребують уваги</translation>
    </message>
    <message>
        <source>Evacuation: &amp;movements and handovers to follow up</source>
        <translation>Евакуація: &amp;переміщення й передачі для контролю</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in transit,</source>
        <translation>
            <numerusform>%n об’єкт у дорозі,</numerusform>
            <numerusform>%n об’єкти в дорозі,</numerusform>
            <numerusform>%n об’єктів у дорозі,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>including %n deleted,</source>
        <translation>
            <numerusform>з них %n видалений,</numerusform>
            <numerusform>з них %n видалені,</numerusform>
            <numerusform>з них %n видалених,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing at reception,</source>
        <translation>
            <numerusform>%n зниклий при прийманні,</numerusform>
            <numerusform>%n зниклі при прийманні,</numerusform>
            <numerusform>%n зниклих при прийманні,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evacuated.</source>
        <translation>
            <numerusform>%n евакуйовано.</numerusform>
            <numerusform>%n евакуйовано.</numerusform>
            <numerusform>%n евакуйовано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s) waiting for acceptance.</source>
        <translation>
            <numerusform>%n передача чекає на прийняття.</numerusform>
            <numerusform>%n передачі чекають на прийняття.</numerusform>
            <numerusform>%n передач чекають на прийняття.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In transit: {movement} — %n item(s)</source>
        <translation>
            <numerusform>У дорозі: {movement} — %n одиниця</numerusform>
            <numerusform>У дорозі: {movement} — %n одиниці</numerusform>
            <numerusform>У дорозі: {movement} — %n одиниць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing at reception: {movement} — %n item(s)</source>
        <translation>
            <numerusform>Зникли при прийманні: {movement} — %n одиниця</numerusform>
            <numerusform>Зникли при прийманні: {movement} — %n одиниці</numerusform>
            <numerusform>Зникли при прийманні: {movement} — %n одиниць</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover waiting for {name}&apos;s acceptance</source>
        <translation>Передача чекає на прийняття від {name}</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Where it is now</source>
        <translation>Де зараз</translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation>Історія переміщень</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ще не збережено.</translation>
    </message>
    <message>
        <source>missing at reception</source>
        <translation>зник при прийманні</translation>
    </message>
</context>
<context>
    <name>CustodySections</name>
    <message>
        <source>Evacuation</source>
        <translation>Евакуація</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>&amp;Custody</source>
        <translation>&amp;Опіка</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Передати…</translation>
    </message>
    <message>
        <source>Hand&amp;overs received…</source>
        <translation>&amp;Отримані передачі…</translation>
    </message>
    <message>
        <source>&amp;Check in by scanning</source>
        <translation>Приймання &amp;скануванням</translation>
    </message>
</context>
<context>
    <name>DamageEditor</name>
    <message>
        <source>inventory number, title or id; leave empty for a site report</source>
        <translation>інвентарний номер, назва чи ідентифікатор; порожньо для звіту про пам’ятку</translation>
    </message>
    <message>
        <source>New damage report</source>
        <translation>Новий звіт про пошкодження</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>Звіт про пошкодження</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Fills a date field with today (a date and time field with now), as in spreadsheets.</extracomment>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date ({key})</source>
        <translation>Вписати сьогоднішню дату ({key})</translation>
    </message>
    <message>
        <source>read as {date}</source>
        <translation>прочитано як {date}</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Fill in the date and time now ({key})</source>
        <translation>Вписати поточні дату й час ({key})</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decisions about possible duplicates</source>
        <translation>Рішення щодо можливих дублікатів</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата рішення</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Об’єкти</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Хто вирішив</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>U&amp;ndo the selected decision</source>
        <translation>Скас&amp;увати вибране рішення</translation>
    </message>
    <message>
        <source>Same object</source>
        <translation>Той самий об’єкт</translation>
    </message>
    <message>
        <source>{merged} merged into {kept}</source>
        <translation>{merged} злито з {kept}</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Не той самий</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} і {b}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Replaced by a later decision</source>
        <translation>Замінено пізнішим рішенням</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Чинне</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s). Undo restores both records as they were.</source>
        <translation>
            <numerusform>%n рішення. Скасування повертає обидва записи такими, як були.</numerusform>
            <numerusform>%n рішення. Скасування повертає обидва записи такими, як були.</numerusform>
            <numerusform>%n рішень. Скасування повертає обидва записи такими, як були.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision yet: decide on pairs in the Pairs to review tab.</source>
        <translation>Рішень ще немає: вирішуйте щодо пар на вкладці «Пари для перегляду».</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Pairs to review</source>
        <translation>Пари для перегляду</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <source>Objects that may be documented twice (another number, another script, another photo of the same thing). Same object merges them, the kept record stays; Not the same is remembered. Keys: S same, N not the same, Space skip, U undo.</source>
        <translation>Об’єкти, які, можливо, задокументовано двічі (інший номер, інше письмо, інше фото того самого). «Той самий об’єкт» зливає їх, збережений запис залишається; «Не той самий» запам’ятовується. Клавіші: S той самий, N не той самий, Пробіл пропустити, U скасувати.</translation>
    </message>
    <message>
        <source>Open this page to look for possible duplicates.</source>
        <translation>Відкрийте цю сторінку, щоб шукати можливі дублікати.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates</source>
        <translation>Пошук можливих дублікатів</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Шукати знову</translation>
    </message>
    <message>
        <source>Look for possible duplicates again</source>
        <translation>Шукати можливі дублікати знову</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Undo this decision (U)</source>
        <translation>Скасувати це рішення (U)</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Пари можливих дублікатів</translation>
    </message>
    <message>
        <source>&amp;Same object (S)</source>
        <translation>&amp;Той самий об’єкт (S)</translation>
    </message>
    <message>
        <source>Merge them: the kept record stays, the other joins it</source>
        <translation>Злити їх: збережений запис залишається, інший приєднується до нього</translation>
    </message>
    <message>
        <source>&amp;Not the same (N)</source>
        <translation>&amp;Не той самий (N)</translation>
    </message>
    <message>
        <source>Remember that these are two objects</source>
        <translation>Запам’ятати, що це два об’єкти</translation>
    </message>
    <message>
        <source>Keep the &amp;other one</source>
        <translation>Зберегти &amp;інший</translation>
    </message>
    <message>
        <source>&amp;Undo (U)</source>
        <translation>С&amp;касувати (U)</translation>
    </message>
    <message>
        <source>Undo the last decision made here</source>
        <translation>Скасувати останнє рішення, ухвалене тут</translation>
    </message>
    <message>
        <source>&amp;Previous ({key})</source>
        <translation>&amp;Попередня ({key})</translation>
    </message>
    <message>
        <source>S&amp;kip (Space, {key})</source>
        <translation>П&amp;ропустити (Пробіл, {key})</translation>
    </message>
    <message>
        <source>Comparing every object with the others: inventory numbers, titles, measurements, photos. Cancel stops it.</source>
        <translation>Порівняння кожного об’єкта з іншими: інвентарні номери, назви, розміри, фото. «Скасувати» зупиняє це.</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>Скасовано: список неповний.</translation>
    </message>
    <message>
        <source>The search was cancelled before the end. Look again to finish it.</source>
        <translation>Пошук скасовано до завершення. Шукайте знову, щоб завершити його.</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>Пошук дублікатів не вдався.</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} і {b}</translation>
    </message>
    <message>
        <source>{pair}
{percent} % · {reasons}</source>
        <translation>{pair}
{percent} % · {reasons}</translation>
    </message>
    <message>
        <source>This page compares every object with the others — inventory numbers, titles in any script, measurements, photos — and lists those that may be the same object documented twice.

Nothing was found: no two objects look like the same one.</source>
        <translation>Ця сторінка порівнює кожен об’єкт з іншими — інвентарні номери, назви будь-яким письмом, розміри, фото — і показує ті, що можуть бути тим самим об’єктом, задокументованим двічі.

Нічого не знайдено: жодні два об’єкти не схожі на один і той самий.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n пара для перегляду.</numerusform>
            <numerusform>%n пари для перегляду.</numerusform>
            <numerusform>%n пар для перегляду.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs to review ({n})</source>
        <translation>Пари для перегляду ({n})</translation>
    </message>
    <message>
        <source>This pair cannot be shown: {why}</source>
        <translation>Цю пару неможливо показати: {why}</translation>
    </message>
    <message>
        <source>{merged} merged into {kept}.</source>
        <translation>{merged} злито з {kept}.</translation>
    </message>
    <message>
        <source>{a} and {b} are two objects: they will not be suggested again.</source>
        <translation>{a} і {b} — два об’єкти: їх більше не пропонуватимуть.</translation>
    </message>
    <message>
        <source>Every pair found is decided. Look again after new records.</source>
        <translation>Усі знайдені пари вирішено. Шукайте знову після нових записів.</translation>
    </message>
    <message>
        <source>Nothing to undo here: past decisions are in the Decisions tab.</source>
        <translation>Тут нічого скасовувати: попередні рішення — на вкладці «Рішення».</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are back as they were.</source>
        <translation>Скасовано: {a} і {b} знову такі, як були.</translation>
    </message>
</context>
<context>
    <name>DuplicatesSection</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n pair(s) to review</source>
        <translation>
            <numerusform>{title}: %n пара для перегляду</numerusform>
            <numerusform>{title}: %n пари для перегляду</numerusform>
            <numerusform>{title}: %n пар для перегляду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s) to review</source>
        <translation>
            <numerusform>%n пара можливих дублікатів для перегляду</numerusform>
            <numerusform>%n пари можливих дублікатів для перегляду</numerusform>
            <numerusform>%n пар можливих дублікатів для перегляду</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <source>— not set —</source>
        <translation>— не вказано —</translation>
    </message>
</context>
<context>
    <name>EvacuationPage</name>
    <message>
        <source>&amp;1 Plan and pack</source>
        <translation>&amp;1 План і пакування</translation>
    </message>
    <message>
        <source>&amp;2 Depart</source>
        <translation>&amp;2 Відправлення</translation>
    </message>
    <message>
        <source>&amp;3 Check in</source>
        <translation>&amp;3 Приймання</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Евакуація</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Де зараз</translation>
    </message>
    <message>
        <source>Salvage priority list</source>
        <translation>Список пріоритетів порятунку</translation>
    </message>
    <message>
        <source>Salvage &amp;priority list (first to save at the top)</source>
        <translation>Список &amp;пріоритетів порятунку (першочергові вгорі)</translation>
    </message>
    <message>
        <source>Container to pack into</source>
        <translation>Контейнер для пакування</translation>
    </message>
    <message>
        <source>Pac&amp;k the selected objects</source>
        <translation>Запа&amp;кувати вибрані об’єкти</translation>
    </message>
    <message>
        <source>&amp;Labels of the selected objects…</source>
        <translation>Ет&amp;икетки вибраних об’єктів…</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнери</translation>
    </message>
    <message>
        <source>&amp;New container…</source>
        <translation>&amp;Новий контейнер…</translation>
    </message>
    <message>
        <source>Pack &amp;into:</source>
        <translation>Пак&amp;увати в:</translation>
    </message>
    <message>
        <source>A new movement</source>
        <translation>Нове переміщення</translation>
    </message>
    <message>
        <source>codes or inventory numbers; separate with ;</source>
        <translation>коди або інвентарні номери; розділяйте ;</translation>
    </message>
    <message>
        <source>Add the &amp;selected containers</source>
        <translation>Додати вибрані конте&amp;йнери</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Sensitive: left out of bundles sent with locations removed.</source>
        <translation>Чутливе: не потрапляє до пакетів, надісланих без місць.</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>Одини&amp;ці:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Звідки:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Куди:</translation>
    </message>
    <message>
        <source>Transp&amp;ort (sensitive):</source>
        <translation>&amp;Транспорт (чутливе):</translation>
    </message>
    <message>
        <source>&amp;Plan it (print the permission first)</source>
        <translation>&amp;Запланувати (спершу надрукувати дозвіл)</translation>
    </message>
    <message>
        <source>&amp;Depart now</source>
        <translation>Ви&amp;рушити зараз</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Одиниці</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Зниклі</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Переміщення</translation>
    </message>
    <message>
        <source>Cancel this departure…</source>
        <translation>Скасувати це відправлення…</translation>
    </message>
    <message>
        <source>A departure recorded by mistake: taken back while nothing of it has arrived.</source>
        <translation>Відправлення, записане помилково: скасовується, поки з нього нічого не прибуло.</translation>
    </message>
    <message>
        <source>Mo&amp;vements</source>
        <translation>Пере&amp;міщення</translation>
    </message>
    <message>
        <source>Movement to check in</source>
        <translation>Переміщення для приймання</translation>
    </message>
    <message>
        <source>&amp;Movement arriving:</source>
        <translation>Пере&amp;міщення, що прибуває:</translation>
    </message>
    <message>
        <source>Where the items are recorded</source>
        <translation>Там, де одиниці записані</translation>
    </message>
    <message>
        <source>Select objects in the list and a container to pack them into.</source>
        <translation>Виберіть об’єкти в списку та контейнер, у який їх пакувати.</translation>
    </message>
    <message>
        <source>Pack objects marked missing?</source>
        <translation>Запакувати об’єкти, позначені як зниклі?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are marked missing ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>%n з цих об’єктів позначений як зниклий ({objects}). Запакувати його в {code}?</numerusform>
            <numerusform>%n з цих об’єктів позначені як зниклі ({objects}). Запакувати їх у {code}?</numerusform>
            <numerusform>%n з цих об’єктів позначені як зниклі ({objects}). Запакувати їх у {code}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack them into {code}</source>
        <translation>Запакувати в {code}</translation>
    </message>
    <message>
        <source>Their status stays missing until you change it in each object. Cancel to leave them out.</source>
        <translation>Їхній статус лишається «Зниклий», доки ви не зміните його в кожному об’єкті. Скасуйте, щоб не пакувати їх.</translation>
    </message>
    <message>
        <source>Pack objects recorded destroyed?</source>
        <translation>Запакувати об’єкти, записані як знищені?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are recorded destroyed or deleted ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>%n з цих об’єктів записаний як знищений або видалений ({objects}). Запакувати його в {code}?</numerusform>
            <numerusform>%n з цих об’єктів записані як знищені або видалені ({objects}). Запакувати їх у {code}?</numerusform>
            <numerusform>%n з цих об’єктів записані як знищені або видалені ({objects}). Запакувати їх у {code}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their status stays as it is. Cancel to leave them out, and check their status.</source>
        <translation>Їхній стан лишається як є. Скасуйте, щоб їх не пакувати, і перевірте їхній стан.</translation>
    </message>
    <message>
        <source>Move objects to {code}?</source>
        <translation>Перемістити об’єкти в {code}?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are already packed in {containers}. Move them to {code}?</source>
        <translation>
            <numerusform>%n з цих об’єктів уже запакований у {containers}. Перемістити його в {code}?</numerusform>
            <numerusform>%n з цих об’єктів уже запаковані в {containers}. Перемістити їх у {code}?</numerusform>
            <numerusform>%n з цих об’єктів уже запаковані в {containers}. Перемістити їх у {code}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to {code}</source>
        <translation>Перемістити в {code}</translation>
    </message>
    <message>
        <source>Cancel to leave them where they are.</source>
        <translation>Скасуйте, щоб залишити їх там, де вони є.</translation>
    </message>
    <message>
        <source>A departure is recorded at once; until something of it arrives, Cancel this departure… takes it back.</source>
        <translation>Відправлення записується одразу; поки з нього нічого не прибуло, «Скасувати це відправлення…» його скасовує.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Labels of the c&amp;ontainers…</source>
        <translation>Е&amp;тикетки контейнерів…</translation>
    </message>
    <message>
        <source>Packing lis&amp;t…</source>
        <translation>Пакува&amp;льний лист…</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Team si&amp;ze:</source>
        <translation>Розм&amp;ір команди:</translation>
    </message>
    <message>
        <source>Moved &amp;by:</source>
        <translation>Перемі&amp;стив:</translation>
    </message>
    <message>
        <source>Authorised b&amp;y:</source>
        <translation>Дозво&amp;лив:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Evac&amp;uation permission…</source>
        <translation>Дозвіл на евак&amp;уацію…</translation>
    </message>
    <message>
        <source>&amp;Movement form…</source>
        <translation>&amp;Бланк переміщення…</translation>
    </message>
    <message>
        <source>Depart the se&amp;lected</source>
        <translation>Відправ&amp;ити вибрані</translation>
    </message>
    <message>
        <source>Chec&amp;k in…</source>
        <translation>&amp;Приймання…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) packed into {code}.</source>
        <translation>
            <numerusform>%n об’єкт запаковано в {code}.</numerusform>
            <numerusform>%n об’єкти запаковано в {code}.</numerusform>
            <numerusform>%n об’єктів запаковано в {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken out of {containers}.</source>
        <translation>
            <numerusform>%n вийнято з {containers}.</numerusform>
            <numerusform>%n вийнято з {containers}.</numerusform>
            <numerusform>%n вийнято з {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the items (codes) and where they go.</source>
        <translation>Вкажіть одиниці (коди) і куди вони їдуть.</translation>
    </message>
    <message>
        <source>Items: nothing has the code {code}.</source>
        <translation>Одиниці: немає запису з кодом {code}.</translation>
    </message>
    <message>
        <source>Departed.</source>
        <translation>Вирушило.</translation>
    </message>
    <message>
        <source>Planned: print its permission.</source>
        <translation>Заплановано: надрукуйте дозвіл.</translation>
    </message>
    <message>
        <source>not recorded (choose it under From)</source>
        <translation>не записано (виберіть у полі «Звідки»)</translation>
    </message>
    <message numerus="yes">
        <source>What: {items} (%n object(s) in all)</source>
        <translation>
            <numerusform>Що: {items} (усього %n об’єкт)</numerusform>
            <numerusform>Що: {items} (усього %n об’єкти)</numerusform>
            <numerusform>Що: {items} (усього %n об’єктів)</numerusform>
        </translation>
    </message>
    <message>
        <source>From: {place}</source>
        <translation>Звідки: {place}</translation>
    </message>
    <message>
        <source>To: {place}</source>
        <translation>Куди: {place}</translation>
    </message>
    <message>
        <source>Authorised by: {name}</source>
        <translation>Дозволив: {name}</translation>
    </message>
    <message>
        <source>nobody given</source>
        <translation>нікого не вказано</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) hold nothing: {containers}.</source>
        <translation>
            <numerusform>%n контейнер порожній: {containers}.</numerusform>
            <numerusform>%n контейнери порожні: {containers}.</numerusform>
            <numerusform>%n контейнерів порожні: {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Depart now?</source>
        <translation>Вирушити зараз?</translation>
    </message>
    <message>
        <source>Depart now</source>
        <translation>Вирушити зараз</translation>
    </message>
    <message>
        <source>Goes back:</source>
        <translation>Повернення:</translation>
    </message>
    <message>
        <source>{item}: {place}</source>
        <translation>{item}: {place}</translation>
    </message>
    <message>
        <source>Cancel this departure?</source>
        <translation>Скасувати це відправлення?</translation>
    </message>
    <message>
        <source>Cancel the departure</source>
        <translation>Скасувати відправлення</translation>
    </message>
    <message>
        <source>The movement is deleted and its items are where they were before it; its history keeps the departure.</source>
        <translation>Переміщення видаляється, а його одиниці — там, де були до нього; його історія зберігає відправлення.</translation>
    </message>
    <message>
        <source>Keep the departure</source>
        <translation>Залишити відправлення</translation>
    </message>
    <message>
        <source>Select what to print in the list first.</source>
        <translation>Спершу виберіть у списку, що друкувати.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n етикетка</numerusform>
            <numerusform>%n етикетки</numerusform>
            <numerusform>%n етикеток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a bundle — FieldKit</source>
        <translation>Експорт пакета — FieldKit</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Запис пакета</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation>Хто може його прочитати</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Одержувачі</translation>
    </message>
    <message>
        <source>Nobody is in your trust store yet. Add your coordinator&apos;s identity card under People &amp; keys, or export a plain bundle for auditors.</source>
        <translation>Ви ще нікому не довіряєте. Додайте ідентифікаційну картку координатора в розділі «Люди й ключі» або експортуйте незашифрований пакет для аудиторів.</translation>
    </message>
    <message>
        <source>&amp;Not encrypted (plain): for auditors or the public — anyone can read it</source>
        <translation>&amp;Не зашифровано: для аудиторів чи громадськості — будь-хто може прочитати</translation>
    </message>
    <message>
        <source>The bundle is encrypted to the people ticked here (and to you). Names are the ones you gave them.</source>
        <translation>Пакет зашифровано для позначених тут людей (і для Вас). Імена — ті, які Ви їм дали.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Що надіслати</translation>
    </message>
    <message>
        <source>&amp;Everything they are not known to have yet (recommended)</source>
        <translation>&amp;Усе, чого вони, наскільки відомо, ще не мають (рекомендовано)</translation>
    </message>
    <message>
        <source>Only what was never sent to them &amp;before</source>
        <translation>Лише те, що їм ніколи не надсилали &amp;раніше</translation>
    </message>
    <message>
        <source>E&amp;verything (a full copy)</source>
        <translation>&amp;Геть усе (повна копія)</translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS): a snapshot for reading only</source>
        <translation>&amp;Прибрати місця (поточне місцезнаходження, координати, пам’ятка, GPS фото): знімок лише для читання</translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions, actions) are NOT scrubbed: read them for places and names before you send this. A redacted bundle cannot be merged by its recipients.</source>
        <translation>Поля вільного тексту (описи, примітки, написи, дії) НЕ очищуються: перш ніж надіслати, перегляньте їх на наявність місць та імен. Пакет із вилученими даними одержувачі не зможуть злити.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Виберіть, де зберегти пакет</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>Знімний диск</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Look for removable drives again</source>
        <translation>Знову шукати знімні диски</translation>
    </message>
    <message>
        <source>Largest bundle file</source>
        <translation>Найбільший файл пакета</translation>
    </message>
    <message>
        <source>Larger exports are split into several complete bundles. Type e.g. 700M.</source>
        <translation>Більші експорти розділяються на кілька повних пакетів. Введіть, напр., 700M.</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>&amp;Файл пакета:</translation>
    </message>
    <message>
        <source>Removable &amp;drive:</source>
        <translation>Знімний &amp;диск:</translation>
    </message>
    <message>
        <source>&amp;Split into files of at most:</source>
        <translation>Розд&amp;ілити на файли не більше ніж:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Е&amp;кспортувати</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · ключ {fingerprint}…</translation>
    </message>
    <message>
        <source>Fingerprint: {digits}</source>
        <translation>Відбиток: {digits}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>НЕ ПЕРЕВІРЕНО</translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation>те саме ім’я, що й в іншої картки</translation>
    </message>
    <message>
        <source>Other cards with this name: {keys}.</source>
        <translation>Інші картки з цим ім’ям: {keys}.</translation>
    </message>
    <message>
        <source>Cards marked NOT VERIFIED are not ticked for you: their fingerprint was never compared with their holder, and anyone can make a card with any name and role on it.</source>
        <translation>Картки з позначкою НЕ ПЕРЕВІРЕНО не позначено автоматично: їхній відбиток ніколи не порівнювали з власником, а будь-хто може створити картку з будь-яким ім’ям і роллю.</translation>
    </message>
    <message>
        <source>Several cards you trust have the same name, or names that look alike ({names}): tell them apart by the key digits, and rename one under People &amp; keys.</source>
        <translation>Кілька довірених карток мають однакові або схожі імена ({names}): розрізняйте їх за цифрами ключа та перейменуйте одну в розділі «Люди й ключі».</translation>
    </message>
    <message>
        <source>Not verified: you have not compared this fingerprint with its holder. If the card is not really theirs, whoever made it can read what you send to it.</source>
        <translation>Не перевірено: Ви не порівняли цей відбиток з його власником. Якщо картка насправді не його, той, хто її створив, може прочитати те, що Ви надсилаєте.</translation>
    </message>
    <message>
        <source>To verify a card, ask its holder to read their fingerprint to you in person or by phone, then under People &amp; keys select the card and choose “Compare and mark verified…”.</source>
        <translation>Щоб перевірити картку, попросіть власника прочитати Вам свій відбиток особисто або телефоном, потім у розділі «Люди й ключі» виберіть картку й натисніть «Порівняти й позначити перевіреним…».</translation>
    </message>
    <message>
        <source>No removable drive found</source>
        <translation>Знімних дисків не знайдено</translation>
    </message>
    <message>
        <source>Choose a drive…</source>
        <translation>Виберіть диск…</translation>
    </message>
    <message>
        <source>{drive} ({free} free)</source>
        <translation>{drive} (вільно {free})</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Зберегти пакет як</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb)</source>
        <translation>Пакети FieldKit (*.fkb)</translation>
    </message>
    <message>
        <source>Tick at least one recipient, or choose a plain bundle.</source>
        <translation>Позначте принаймні одного одержувача або виберіть незашифрований пакет.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Виберіть, де зберегти пакет.</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation>{file} уже існує: виберіть іншу назву.</translation>
    </message>
    <message>
        <source>The split size is not a size (type e.g. 700M or 3.9G).</source>
        <translation>Розмір частини — не розмір (введіть, напр., 700M або 3.9G).</translation>
    </message>
    <message>
        <source>You ticked {names}: not verified. If a card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>Ви позначили {names}: не перевірено. Якщо картка насправді не належить власнику, той, хто її створив, може прочитати цей пакет.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запис {file}…</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Скасовано: жодного пакета не записано.</translation>
    </message>
    <message>
        <source>Bundle files written</source>
        <translation>Записані файли пакета</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>Дод&amp;ати картку…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>{size} — fits a FAT32 USB stick</source>
        <translation>{size} — вміщується на флешку FAT32</translation>
    </message>
    <message>
        <source>{size} — fits a CD</source>
        <translation>{size} — вміщується на CD</translation>
    </message>
    <message>
        <source>{size} — for e-mail or slow links</source>
        <translation>{size} — для пошти чи повільного зв’язку</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Revisions or records</source>
        <translation>Редакції або записи</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Number in stream</source>
        <translation>Номер у потоці</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients: they already have everything. No bundle was written.</source>
        <translation>Нічого нового для цих одержувачів: вони вже мають усе. Жодного пакета не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle file(s) written, {size} in all.</source>
        <translation>
            <numerusform>Файлів пакета записано: %n, загалом {size}.</numerusform>
            <numerusform>Файлів пакета записано: %n, загалом {size}.</numerusform>
            <numerusform>Файлів пакета записано: %n, загалом {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…)</source>
        <translation>{name} (ключ {fingerprint}…)</translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…, not verified)</source>
        <translation>{name} (ключ {fingerprint}…, не перевірено)</translation>
    </message>
    <message>
        <source>Encrypted to: {names} and yourself.</source>
        <translation>Зашифровано для: {names} і Вас.</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who has the file can read it.</source>
        <translation>НЕ зашифровано: будь-хто, хто має файл, може його прочитати.</translation>
    </message>
    <message>
        <source>Locations were removed; free text was not. The recipients can read and verify this snapshot, not merge it.</source>
        <translation>Місця прибрано, вільний текст — ні. Одержувачі можуть прочитати й перевірити цей знімок, але не зливати його.</translation>
    </message>
</context>
<context>
    <name>ExportRecordsDialog</name>
    <message>
        <source>Export records — FieldKit</source>
        <translation>Експорт записів — FieldKit</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>Експорт записів</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;LIDO XML — for museum aggregators and collection systems (one file, photos in a folder beside it)</source>
        <translation>&amp;LIDO XML — для музейних агрегаторів і систем обліку колекцій (один файл, фото в теці поруч)</translation>
    </message>
    <message>
        <source>Li&amp;nked Art JSON-LD — for linked-data systems (a folder of documents)</source>
        <translation>Li&amp;nked Art JSON-LD — для систем зв’язаних даних (тека документів)</translation>
    </message>
    <message>
        <source>&amp;CSV — for spreadsheets, or to import into another vault</source>
        <translation>&amp;CSV — для електронних таблиць або імпорту в інше сховище</translation>
    </message>
    <message>
        <source>Which objects</source>
        <translation>Які об’єкти</translation>
    </message>
    <message>
        <source>All objects; or type words they must contain</source>
        <translation>Усі об’єкти; або введіть слова, які вони мають містити</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Inventory numbers or ids, separated by ;</source>
        <translation>Інвентарні номери або ідентифікатори, через ;</translation>
    </message>
    <message>
        <source>Only these objects</source>
        <translation>Лише ці об’єкти</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>По&amp;шук:</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Лише ці:</translation>
    </message>
    <message>
        <source>Status (none ticked: any):</source>
        <translation>Статус (без позначок: усі):</translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS)</source>
        <translation>Вилу&amp;чити місця (поточне місце, координати, пам’ятка, GPS фото)</translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions) are NOT scrubbed: read them for places before you send this.</source>
        <translation>Поля вільного тексту (описи, нотатки, написи) НЕ очищуються: перечитайте їх щодо місць перед надсиланням.</translation>
    </message>
    <message>
        <source>Write the &amp;photos beside the XML file</source>
        <translation>Записати &amp;фото поруч із файлом XML</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Файл або тека експорту</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>Файл або &amp;тека:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>Export records for heritage systems</source>
        <translation>Експорт записів до систем спадщини</translation>
    </message>
    <message>
        <source>LIDO XML (*.xml)</source>
        <translation>LIDO XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation>Нова тека (*)</translation>
    </message>
    <message>
        <source>Export the records to</source>
        <translation>Експортувати записи до</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Виберіть, куди записати експорт.</translation>
    </message>
    <message>
        <source>{name} exists and is not an empty folder: choose a new name.</source>
        <translation>{name} існує і не є порожньою текою: виберіть нову назву.</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation>{file} уже існує: виберіть іншу назву.</translation>
    </message>
    <message>
        <source>The photo folder {name} exists already: choose another name.</source>
        <translation>Тека фото {name} уже існує: виберіть іншу назву.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запис {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Скасовано: нічого не записано.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <source>Wrote {path}:</source>
        <translation>Записано {path}:</translation>
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
        <source>%n photo(s) in the folder {folder}</source>
        <translation>
            <numerusform>%n фото в теці {folder}</numerusform>
            <numerusform>%n фото в теці {folder}</numerusform>
            <numerusform>%n фото в теці {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge, and marked so.</source>
        <translation>
            <numerusform>Об’єктів у конфлікті: %n; експортовано як автоматичне злиття й позначено.</numerusform>
            <numerusform>Об’єктів у конфлікті: %n; експортовано як автоматичне злиття й позначено.</numerusform>
            <numerusform>Об’єктів у конфлікті: %n; експортовано як автоматичне злиття й позначено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>Add files: {what}</source>
        <translation>Додати файли: {what}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>Remove the selected file from: {what}</source>
        <translation>Прибрати вибраний файл із: {what}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Salvage &amp;priority:</source>
        <translation>П&amp;ріоритет порятунку:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Тяжкість:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Тер&amp;міновість:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Будь-який</translation>
    </message>
    <message>
        <source>&amp;Incomplete Object ID only</source>
        <translation>Лише &amp;неповний Object ID</translation>
    </message>
    <message>
        <source>De&amp;leted only</source>
        <translation>Ли&amp;ше видалені</translation>
    </message>
    <message>
        <source>Show only deleted records: open one to restore it from its history</source>
        <translation>Показати лише видалені записи: відкрийте запис, щоб відновити його з історії</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>По&amp;казати все</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Очистити пошук і фільтри</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>Сортувати &amp;за:</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Сортувати за</translation>
    </message>
    <message>
        <source>The column the list is sorted by (a click on a column header does the same)</source>
        <translation>Стовпець, за яким відсортовано список (клацання заголовка стовпця робить те саме)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортування</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>За спаданням</translation>
    </message>
    <message>
        <source>Z to A, highest first, newest first. Press to reverse.</source>
        <translation>Від Я до А, спершу найбільші, спершу найновіші. Натисніть, щоб обернути.</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>За зростанням</translation>
    </message>
    <message>
        <source>A to Z, lowest first, oldest first. Press to reverse.</source>
        <translation>Від А до Я, спершу найменші, спершу найстаріші. Натисніть, щоб обернути.</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>Hand over — FieldKit</source>
        <translation>Передача — FieldKit</translation>
    </message>
    <message>
        <source>&amp;Create handover</source>
        <translation>&amp;Створити передачу</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>Guide — FieldKit</source>
        <translation>Посібник — FieldKit</translation>
    </message>
    <message>
        <source>Forgotten passphrase</source>
        <translation>Забута парольна фраза</translation>
    </message>
    <message>
        <source>On the unlock screen press « {recovery} » and type the recovery key that was printed or saved when the vault was made (dashes and spaces do not matter). FieldKit then asks you for a new passphrase. Without the passphrase or the recovery key nobody can open the vault: keep the key away from the computer.</source>
        <translation>На екрані розблокування натисніть «{recovery}» і введіть ключ відновлення, який було надруковано або збережено під час створення сховища (дефіси й пропуски не мають значення). Потім FieldKit попросить нову парольну фразу. Без парольної фрази чи ключа відновлення ніхто не відкриє сховище: зберігайте ключ окремо від комп’ютера.</translation>
    </message>
    <message>
        <source>Sending your work</source>
        <translation>Надсилання вашої роботи</translation>
    </message>
    <message>
        <source>{file} ▸ « {export} » (Ctrl+E) writes a signed bundle. Choose who can read it (your coordinator&apos;s card), then save it as a file, on a USB stick (« {drive} ») or in a shared folder. To send without thinking about it, add a sync folder once on the page « {bundles} » (« {add_sync} ») and press « {sync_now} » when it is reachable.</source>
        <translation>{file} ▸ «{export}» (Ctrl+E) записує підписаний пакет. Виберіть, хто може його прочитати (картка вашого координатора), і збережіть його у файл, на USB-накопичувач («{drive}») або в спільну теку. Щоб надсилати, не думаючи про це, один раз додайте теку синхронізації на сторінці «{bundles}» («{add_sync}») і натискайте «{sync_now}», коли вона доступна.</translation>
    </message>
    <message>
        <source>Receiving bundles</source>
        <translation>Отримання пакетів</translation>
    </message>
    <message>
        <source>{file} ▸ « {import} » (Ctrl+I) checks who signed each bundle and shows what it brings before anything changes. A record changed both here and elsewhere waits on the page « {conflicts} »: compare the versions, then keep one or merge them.</source>
        <translation>{file} ▸ «{import}» (Ctrl+I) перевіряє, хто підписав кожен пакет, і показує, що він приносить, перш ніж щось зміниться. Запис, змінений і тут, і деінде, чекає на сторінці «{conflicts}»: порівняйте версії, потім залиште одну або злийте їх.</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Евакуація</translation>
    </message>
    <message>
        <source>On the page « {evacuation} »: « {pack} » (containers, labels, packing list), « {depart} » (the movement and its permission), « {check_in} » on arrival by scanning the labels. {custody} ▸ « {hand_over} » gives objects into someone else&apos;s care, with a certificate for both.</source>
        <translation>На сторінці «{evacuation}»: «{pack}» (контейнери, етикетки, пакувальний список), «{depart}» (переміщення та дозвіл на нього), «{check_in}» після прибуття, скануючи етикетки. {custody} ▸ «{hand_over}» передає об’єкти на зберігання іншій особі, з сертифікатом для обох.</translation>
    </message>
    <message>
        <source>Where your records are</source>
        <translation>Де ваші записи</translation>
    </message>
    <message>
        <source>Everything is in the vault folder {folder}, encrypted with your passphrase: a lost laptop or USB stick does not give the records away. Bundles are signed and encrypted for the people you choose. Make a backup from « {settings} ».</source>
        <translation>Усе зберігається в теці сховища {folder}, зашифроване вашою парольною фразою: загублений ноутбук чи USB-накопичувач не видасть записів. Пакети підписані й зашифровані для людей, яких ви обираєте. Створюйте резервну копію в «{settings}».</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Посібник</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revision history</source>
        <translation>Історія редакцій</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Що змінено</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>НЕДІЙСНИЙ ПІДПИС</translation>
    </message>
    <message>
        <source>This version does not match the signature of the key it names ({fp}): it was changed after it was signed. Do not rely on it.</source>
        <translation>Ця версія не відповідає підпису ключа, який вона вказує ({fp}): її змінено після підписання. Не покладайтеся на неї.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>You made this change in this vault.</source>
        <translation>Ви зробили цю зміну в цьому сховищі.</translation>
    </message>
    <message>
        <source>{name}, key {fp}, in your trusted people.</source>
        <translation>{name}, ключ {fp}, серед Ваших довірених людей.</translation>
    </message>
    <message>
        <source>{name}: this key was revoked in your trusted people.</source>
        <translation>{name}: цей ключ відкликано серед Ваших довірених людей.</translation>
    </message>
    <message>
        <source>Key {fp} is not among your trusted people: nobody here has checked who holds it.</source>
        <translation>Ключа {fp} немає серед Ваших довірених людей: ніхто тут не перевіряв, кому він належить.</translation>
    </message>
    <message>
        <source>Its card says “{name}” (only that person&apos;s claim).</source>
        <translation>На картці зазначено «{name}» (це лише твердження цієї людини).</translation>
    </message>
    <message>
        <source>unverified author {fp}</source>
        <translation>неперевірений автор {fp}</translation>
    </message>
    <message>
        <source>Dated more than a day ahead of this computer&apos;s clock when it arrived: the author&apos;s clock may be wrong.</source>
        <translation>На момент надходження датовано більш ніж на добу пізніше за годинник цього комп’ютера: годинник автора, можливо, неправильний.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles — FieldKit</source>
        <translation>Імпорт пакетів — FieldKit</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>Перевірка пакетів</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Пакети для імпорту</translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation>Виберіть пакети для імпорту</translation>
    </message>
    <message>
        <source>&amp;Check bundles</source>
        <translation>&amp;Перевірити пакети</translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation>Паке&amp;ти (перетягніть сюди або натисніть «Додати…»):</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Імпорт пакетів</translation>
    </message>
    <message>
        <source>Each bundle is checked first, and you see who signed it and what it holds before anything changes in this vault. Bundles can be imported in any order and more than once: nothing is duplicated or overwritten.</source>
        <translation>Кожен пакет спершу перевіряється: Ви бачите, хто його підписав і що він містить, перш ніж у сховищі щось зміниться. Пакети можна імпортувати в будь-якому порядку й кілька разів: нічого не дублюється й не перезаписується.</translation>
    </message>
    <message>
        <source>Also import the bundles signed by keys I do not trust yet (their authors are shown as unverified)</source>
        <translation>Імпортувати також пакети, підписані ключами, яким я ще не довіряю (їхніх авторів буде показано як неперевірених)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Скасувати — нічого не імпортувати</translation>
    </message>
    <message>
        <source>What these bundles are</source>
        <translation>Що це за пакети</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Нічого ще не імпортовано.</translation>
    </message>
    <message>
        <source>None of these bundles can be imported.</source>
        <translation>Жоден із цих пакетів не можна імпортувати.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s); nothing is imported yet…</source>
        <translation>
            <numerusform>Перевірка пакетів (%n); нічого ще не імпортовано…</numerusform>
            <numerusform>Перевірка пакетів (%n); нічого ще не імпортовано…</numerusform>
            <numerusform>Перевірка пакетів (%n); нічого ще не імпортовано…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n bundle(s)</source>
        <translation>
            <numerusform>&amp;Імпортувати пакети (%n)</numerusform>
            <numerusform>&amp;Імпортувати пакети (%n)</numerusform>
            <numerusform>&amp;Імпортувати пакети (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen}; {left_out} (see why below).</source>
        <translation>{chosen}; {left_out} (причини нижче).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be imported</source>
        <translation>
            <numerusform>Можна імпортувати %n пакет</numerusform>
            <numerusform>Можна імпортувати %n пакети</numerusform>
            <numerusform>Можна імпортувати %n пакетів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be left out</source>
        <translation>
            <numerusform>%n буде пропущено</numerusform>
            <numerusform>%n буде пропущено</numerusform>
            <numerusform>%n буде пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n bundle(s) passed the checks.</source>
        <translation>
            <numerusform>Усі пакети (%n) пройшли перевірку.</numerusform>
            <numerusform>Усі пакети (%n) пройшли перевірку.</numerusform>
            <numerusform>Усі пакети (%n) пройшли перевірку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Імпорт пакетів (%n)…</numerusform>
            <numerusform>Імпорт пакетів (%n)…</numerusform>
            <numerusform>Імпорт пакетів (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>What each bundle brought</source>
        <translation>Що приніс кожен пакет</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported: {new}, {dup}, {photos} and {conflicts}.</source>
        <translation>
            <numerusform>Імпортовано %n пакет: {new}, {dup}, {photos} і {conflicts}.</numerusform>
            <numerusform>Імпортовано %n пакети: {new}, {dup}, {photos} і {conflicts}.</numerusform>
            <numerusform>Імпортовано %n пакетів: {new}, {dup}, {photos} і {conflicts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier bundle(s) from these senders not received yet: see Notes.</source>
        <translation>
            <numerusform>%n попередній пакет від цих відправників ще не надійшов: див. стовпець «Примітки».</numerusform>
            <numerusform>%n попередні пакети від цих відправників ще не надійшли: див. стовпець «Примітки».</numerusform>
            <numerusform>%n попередніх пакетів від цих відправників ще не надійшло: див. стовпець «Примітки».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) numbered like another from the same sender (was that laptop restored from a backup?): see Notes.</source>
        <translation>
            <numerusform>%n пакет має той самий номер, що й інший від того самого відправника (чи відновлювали той ноутбук із резервної копії?): див. стовпець «Примітки».</numerusform>
            <numerusform>%n пакети мають той самий номер, що й інші від того самого відправника (чи відновлювали той ноутбук із резервної копії?): див. стовпець «Примітки».</numerusform>
            <numerusform>%n пакетів мають той самий номер, що й інші від того самого відправника (чи відновлювали той ноутбук із резервної копії?): див. стовпець «Примітки».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Open &amp;Conflicts</source>
        <translation>Відкрити &amp;конфлікти</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>Нові редакції</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Уже є</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Записи в конфлікті</translation>
    </message>
    <message>
        <source>New photos</source>
        <translation>Нові фото</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Не імпортовано: {why}</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Нічого нового</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>{record} that you deleted was kept by {person}: it is back.</source>
        <translation>Ви видалили {record}, але версію {person} збережено: запис повернувся.</translation>
    </message>
    <message>
        <source>Cancelled: nothing kept</source>
        <translation>Скасовано: нічого не збережено</translation>
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
        <source>%n already here</source>
        <translation>
            <numerusform>%n уже наявна</numerusform>
            <numerusform>%n уже наявні</numerusform>
            <numerusform>%n уже наявних</numerusform>
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
        <source>%n record(s) now in conflict</source>
        <translation>
            <numerusform>%n запис тепер у конфлікті</numerusform>
            <numerusform>%n записи тепер у конфлікті</numerusform>
            <numerusform>%n записів тепер у конфлікті</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled while importing {file}: nothing from that bundle, or from the ones after it, was kept. Bundles listed above it were imported completely.</source>
        <translation>Скасовано під час імпорту {file}: нічого з цього пакета чи з наступних не збережено. Пакети, указані вище, імпортовано повністю.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} і ще %n</numerusform>
            <numerusform>{names} і ще %n</numerusform>
            <numerusform>{names} і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Now in conflict: {names}. Choose what to keep on the Conflicts page.</source>
        <translation>Тепер у конфлікті: {names}. Виберіть, що залишити, на сторінці «Конфлікти».</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Ваш новий ключ відновлення</translation>
    </message>
    <message>
        <source>When you continue, this new key replaces the old one, which then no longer opens this vault; it is the only way back in if the passphrase is forgotten. It is shown only now: write it on paper or print it, and keep it apart from this laptop.</source>
        <translation>Коли Ви продовжите, цей новий ключ замінить старий, який більше не відкриватиме сховище; це єдиний спосіб повернутися, якщо парольну фразу забуто. Його показано лише зараз: запишіть його на папері або надрукуйте й зберігайте окремо від цього ноутбука.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Перебіг</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Поточна парольна фраза:</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation>Це не поточна парольна фраза сховища.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Скасовано: нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>code of the location this one is in (optional)</source>
        <translation>код місця, у якому розташоване це (необов’язково)</translation>
    </message>
    <message>
        <source>e.g. TS-2 (letters, digits, - . _ /)</source>
        <translation>напр. TS-2 (літери, цифри, - . _ /)</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Тут зараз</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Нове місце</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <source>Locations</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Тут</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнери</translation>
    </message>
    <message>
        <source>&amp;What it holds</source>
        <translation>Що м&amp;істить</translation>
    </message>
    <message>
        <source>New con&amp;tainer…</source>
        <translation>Новий &amp;контейнер…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>&amp;Передати…</translation>
    </message>
    <message>
        <source>What the selection holds</source>
        <translation>Що містить вибране</translation>
    </message>
    <message>
        <source>New &amp;location…</source>
        <translation>Нове &amp;місце…</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>Др&amp;укувати етикетки…</translation>
    </message>
    <message>
        <source>L&amp;ocations</source>
        <translation>Мі&amp;сця</translation>
    </message>
    <message>
        <source>Co&amp;ntainers</source>
        <translation>Кон&amp;тейнери</translation>
    </message>
    <message>
        <source>Locations and containers</source>
        <translation>Місця й контейнери</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n етикетка</numerusform>
            <numerusform>%n етикетки</numerusform>
            <numerusform>%n етикеток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New object</source>
        <translation>&amp;Новий об’єкт</translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation>Новий звіт про пошко&amp;дження</translation>
    </message>
    <message>
        <source>&amp;Save open editors</source>
        <translation>&amp;Зберегти відкриті редактори</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокувати сховище зараз (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Експортувати пакет…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Імпортувати пакети…</translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation>&amp;Перевірити пакети…</translation>
    </message>
    <message>
        <source>Import a s&amp;preadsheet (CSV)…</source>
        <translation>Імпортувати електронну &amp;таблицю (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;records (LIDO, Linked Art, CSV)…</source>
        <translation>Експортувати &amp;записи (LIDO, Linked Art, CSV)…</translation>
    </message>
    <message>
        <source>Vault &amp;settings</source>
        <translation>Нала&amp;штування сховища</translation>
    </message>
    <message>
        <source>&amp;Object ID sheet of the selected object…</source>
        <translation>Картка &amp;Object ID вибраного об’єкта…</translation>
    </message>
    <message>
        <source>&amp;Damage report of the selected report…</source>
        <translation>&amp;Звіт про пошкодження (вибраний)…</translation>
    </message>
    <message>
        <source>&amp;Evacuation and inventory list…</source>
        <translation>Список &amp;евакуації та інвентаризації…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Пр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерехід</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>З&amp;віти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About FieldKit</source>
        <translation>&amp;Про FieldKit</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>&amp;Посібник…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Шукати всюди (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Searches objects and damage reports at once. Esc clears the search.</source>
        <translation>Шукає одночасно в об’єктах і звітах про пошкодження. Esc очищає пошук.</translation>
    </message>
    <message>
        <source>There is no vault in {folder} yet. “Create a new vault…” makes one there.</source>
        <translation>У {folder} ще немає сховища. «Створити нове сховище…» створить його там.</translation>
    </message>
    <message>
        <source>{vault} — FieldKit</source>
        <translation>{vault} — FieldKit</translation>
    </message>
    <message>
        <source>Check the folder, or make a vault with “Create a new vault…”.</source>
        <translation>Перевірте теку або створіть сховище кнопкою «Створити нове сховище…».</translation>
    </message>
    <message>
        <source>This vault was shredded: nobody can open it any more.</source>
        <translation>Це сховище знищено: ніхто більше не може його відкрити.</translation>
    </message>
    <message>
        <source>Restore a backup if you have one.</source>
        <translation>Відновіть резервну копію, якщо вона у Вас є.</translation>
    </message>
    <message>
        <source>This is a demo vault: its passphrase is “demo” unless you chose another.</source>
        <translation>Це демонстраційне сховище: його парольна фраза — «demo», якщо Ви не вибрали іншу.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>%n об’єкт імпортовано з електронної таблиці.</numerusform>
            <numerusform>%n об’єкти імпортовано з електронної таблиці.</numerusform>
            <numerusform>%n об’єктів імпортовано з електронної таблиці.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was shredded: its keys are destroyed.</source>
        <translation>Сховище знищено: його ключі знищено.</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Сховище: {name}</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демонстраційне сховище</translation>
    </message>
    <message>
        <source>{name} · key {fingerprint}</source>
        <translation>{name} · ключ {fingerprint}</translation>
    </message>
    <message>
        <source>Your fingerprint: {fp}</source>
        <translation>Ваш відбиток: {fp}</translation>
    </message>
    <message>
        <source>Spreadsheet import interrupted</source>
        <translation>Імпорт таблиці перервано</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were not saved when FieldKit last locked, closed or stopped. They were kept, encrypted. Reopen them now?</source>
        <translation>
            <numerusform>%n зміну не збережено під час останнього блокування, закриття чи зупинки FieldKit. Її збережено в зашифрованому вигляді. Відкрити її знову зараз?</numerusform>
            <numerusform>%n зміни не збережено під час останнього блокування, закриття чи зупинки FieldKit. Їх збережено в зашифрованому вигляді. Відкрити їх знову зараз?</numerusform>
            <numerusform>%n змін не збережено під час останнього блокування, закриття чи зупинки FieldKit. Їх збережено в зашифрованому вигляді. Відкрити їх знову зараз?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Відкрити знову</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s).</source>
        <translation>
            <numerusform>Збережено %n запис.</numerusform>
            <numerusform>Збережено %n записи.</numerusform>
            <numerusform>Збережено %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>нічого не відкрито</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;Documents museum collections and the damage they suffer, offline, in an encrypted vault; exchanges signed, encrypted bundles.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0. Fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License). The licences of Qt (LGPL-3.0), SQLCipher and the other software FieldKit carries: {details}.&lt;/p&gt;&lt;p&gt;Vault: {vault}&lt;br&gt;Logs (no record text, places or passphrases): {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;Документує музейні колекції та пошкодження, яких вони зазнають, офлайн, у зашифрованому сховищі; обмінюється підписаними зашифрованими пакетами.&lt;/p&gt;&lt;p&gt;Ліцензія: Apache License 2.0. Шрифти: Noto Sans і Noto Sans Arabic (SIL Open Font License). Ліцензії Qt (LGPL-3.0), SQLCipher та іншого ПЗ, яке містить FieldKit: {details}.&lt;/p&gt;&lt;p&gt;Сховище: {vault}&lt;br&gt;Журнали (без тексту записів, місць і парольних фраз): {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>Про FieldKit</translation>
    </message>
    <message>
        <source>Locking as soon as the keys are changed…</source>
        <translation>Блокування, щойно ключі буде замінено…</translation>
    </message>
    <message>
        <source>Wait until the keys are changed.</source>
        <translation>Зачекайте, доки ключі буде замінено.</translation>
    </message>
</context>
<context>
    <name>MeasurementsInput</name>
    <message>
        <source>Dimension</source>
        <translation>Вимір</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Додати вимір</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase — FieldKit</source>
        <translation>Нова парольна фраза — FieldKit</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Задати парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Задайте нову парольну фразу</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key next time. The recovery key keeps working.</source>
        <translation>Ви відкрили сховище ключем відновлення. Виберіть нову парольну фразу зараз, щоб наступного разу ключ не знадобився. Ключ відновлення й далі діє.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Нова парольна фраза ще раз</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Дві парольні фрази різні.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Show a new recovery key</source>
        <translation>Показати новий ключ відновлення</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops working at once. Do this if the paper with the old key was lost or seen by someone else.</source>
        <translation>Новий ключ відновлення замінює старий, який одразу перестає діяти. Зробіть це, якщо папір зі старим ключем загублено або його бачив хтось інший.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Створити новий ключ відновлення</translation>
    </message>
    <message>
        <source>The new recovery key is active: the old one no longer opens this vault. Backups made before still open only with the OLD recovery key, or with the passphrase the vault had when they were made.</source>
        <translation>Новий ключ відновлення діє: старий більше не відкриває це сховище. Резервні копії, зроблені раніше, і далі відкриваються лише СТАРИМ ключем відновлення або парольною фразою, яку сховище мало, коли їх зроблено.</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>inventory numbers of this vault, or other references; separate with ;</source>
        <translation>інвентарні номери цього сховища або інші посилання; розділяйте знаком ;</translation>
    </message>
    <message>
        <source>Objects of this vault: {list}</source>
        <translation>Об’єкти цього сховища: {list}</translation>
    </message>
    <message>
        <source>Other references, kept as typed: {list}</source>
        <translation>Інші посилання, як їх введено: {list}</translation>
    </message>
    <message>
        <source>Object ID completeness</source>
        <translation>Повнота Object ID</translation>
    </message>
    <message>
        <source>New damage &amp;report</source>
        <translation>&amp;Новий звіт про пошкодження</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} з {total}</translation>
    </message>
    <message>
        <source>Missing: {names}</source>
        <translation>Бракує: {names}</translation>
    </message>
    <message>
        <source>Complete: this object can be identified if it is stolen.</source>
        <translation>Заповнено: цей об’єкт можна буде ідентифікувати, якщо його викрадуть.</translation>
    </message>
    <message>
        <source>New object</source>
        <translation>Новий об’єкт</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Refresh the overview</source>
        <translation>Оновити огляд</translation>
    </message>
    <message>
        <source>Damage reports by severity</source>
        <translation>Звіти про пошкодження за тяжкістю</translation>
    </message>
    <message>
        <source>Damage reports by urgency</source>
        <translation>Звіти про пошкодження за терміновістю</translation>
    </message>
    <message>
        <source>Objects by status</source>
        <translation>Об’єкти за статусом</translation>
    </message>
    <message>
        <source>Damage reports by site or institution</source>
        <translation>Звіти про пошкодження за пам’яткою чи установою</translation>
    </message>
    <message>
        <source>&amp;Needing immediate action</source>
        <translation>По&amp;требують негайних дій</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>Інв. №</translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation>Об’єкт або пам’ятка</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>Найбільша тяжкість</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Обстежено</translation>
    </message>
    <message>
        <source>Site or institution</source>
        <translation>Пам’ятка чи установа</translation>
    </message>
    <message>
        <source>Objects needing immediate action</source>
        <translation>Об’єкти, що потребують негайних дій</translation>
    </message>
    <message>
        <source>Recent &amp;imports by sender</source>
        <translation>Останні &amp;імпорти за відправником</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>О&amp;новити</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Останній імпорт</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакети</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>Нові редакції</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Пропущені</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Розгалуження</translation>
    </message>
    <message>
        <source>Recent imports by sender</source>
        <translation>Останні імпорти за відправником</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the object or report.</source>
        <translation>Двічі клацніть рядок (або натисніть Enter), щоб відкрити об’єкт чи звіт.</translation>
    </message>
    <message>
        <source>{objects} and {damage}.</source>
        <translation>{objects} і {damage}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln об’єкт</numerusform>
            <numerusform>%Ln об’єкти</numerusform>
            <numerusform>%Ln об’єктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage report(s)</source>
        <translation>
            <numerusform>%Ln звіт про пошкодження</numerusform>
            <numerusform>%Ln звіти про пошкодження</numerusform>
            <numerusform>%Ln звітів про пошкодження</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) immediate action;</source>
        <translation>
            <numerusform>%n потребує негайних дій;</numerusform>
            <numerusform>%n потребують негайних дій;</numerusform>
            <numerusform>%n потребують негайних дій;</numerusform>
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
        <source>All others</source>
        <translation>Усі інші</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Site report</source>
        <translation>Звіт про пам’ятку</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Kept: {object}</source>
        <translation>Збережено: {object}</translation>
    </message>
    <message>
        <source>{percent} % alike:
{reasons}</source>
        <translation>Схожість {percent} %:
{reasons}</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>відрізняється</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>однакове</translation>
    </message>
    <message>
        <source>{field} differs</source>
        <translation>{field} відрізняється</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠ and in bold.</source>
        <translation>
            <numerusform>%n поле відрізняється, позначене ≠ і жирним.</numerusform>
            <numerusform>%n поля відрізняються, позначені ≠ і жирним.</numerusform>
            <numerusform>%n полів відрізняються, позначені ≠ і жирним.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Writing the PDF</source>
        <translation>Запис PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Виберіть, де зберегти PDF</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Зберегти &amp;як:</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Записати PDF</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Відкрити PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Зберегти PDF як</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with this document?</source>
        <translation>{file} уже існує. Замінити його цим документом?</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запис {file}…</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Скасовано: жодного PDF не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {file}.</source>
        <translation>
            <numerusform>%n сторінку записано в {file}.</numerusform>
            <numerusform>%n сторінки записано в {file}.</numerusform>
            <numerusform>%n сторінок записано в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is no longer where it was written.</source>
        <translation>PDF більше немає там, де його записано.</translation>
    </message>
    <message>
        <source>No program to show PDFs was found. The file is {file}.</source>
        <translation>Не знайдено програми для перегляду PDF. Файл: {file}.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Export identity car&amp;d…</source>
        <translation>Експортувати ідентифікаційну &amp;картку…</translation>
    </message>
    <message>
        <source>Export &amp;minisign public key…</source>
        <translation>Експортувати відкритий ключ &amp;minisign…</translation>
    </message>
    <message>
        <source>Co&amp;py fingerprint</source>
        <translation>Коп&amp;іювати відбиток</translation>
    </message>
    <message>
        <source>Name, organisation, role:</source>
        <translation>Ім’я, організація, роль:</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to people who import your card, in person or on the phone, so they know the card is yours.</source>
        <translation>Ваш відбиток: прочитайте його людям, які імпортують Вашу картку, особисто або телефоном, щоб вони знали, що картка Ваша.</translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation>Люди, яким Ви довіряєте</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Локальне ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation (their claim)</source>
        <translation>Організація (з їхніх слів)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Compared in person</source>
        <translation>Порівняно особисто</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>Додат&amp;и картку…</translation>
    </message>
    <message>
        <source>Compare and mark &amp;verified…</source>
        <translation>Порівняти й позначити &amp;перевіреним…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;йменувати…</translation>
    </message>
    <message>
        <source>Rev&amp;oke…</source>
        <translation>Відк&amp;ликати…</translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation>Люди й ключі</translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation>{name}, {organisation} — {role}</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>без організації</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>відкликано {date}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>довірений</translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation>те саме ім’я, що й в іншої картки</translation>
    </message>
    <message>
        <source>yes, {date}</source>
        <translation>так, {date}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ще ні</translation>
    </message>
    <message>
        <source>Not verified: FieldKit does not send bundles to this card unless you tick it yourself. Ask its holder to read their fingerprint in person or by phone, then use “Compare and mark verified…”.</source>
        <translation>Не перевірено: FieldKit не надсилає пакети на цю картку, якщо Ви самі її не позначите. Попросіть власника прочитати свій відбиток особисто або телефоном, потім натисніть «Порівняти й позначити перевіреним…».</translation>
    </message>
    <message>
        <source>Another card you trust has the same name, or one that looks alike: tell them apart by the fingerprint, and rename one.</source>
        <translation>Інша довірена картка має таке саме або схоже ім’я: розрізняйте їх за відбитком і перейменуйте одну.</translation>
    </message>
    <message>
        <source>Save your identity card</source>
        <translation>Зберегти Вашу ідентифікаційну картку</translation>
    </message>
    <message>
        <source>Identity cards (*.fkid)</source>
        <translation>Ідентифікаційні картки (*.fkid)</translation>
    </message>
    <message>
        <source>Identity card saved to {file}.</source>
        <translation>Ідентифікаційну картку збережено в {file}.</translation>
    </message>
    <message>
        <source>Save your minisign public key</source>
        <translation>Зберегти Ваш відкритий ключ minisign</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Відкриті ключі minisign (*.pub)</translation>
    </message>
    <message>
        <source>Minisign public key saved to {file}.</source>
        <translation>Відкритий ключ minisign збережено в {file}.</translation>
    </message>
    <message>
        <source>Choose an identity card</source>
        <translation>Виберіть ідентифікаційну картку</translation>
    </message>
    <message>
        <source>Revoke a key — FieldKit</source>
        <translation>Відкликати ключ — FieldKit</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Bundles and revisions it signs after the last bundle you imported from it will be refused. A revoked key cannot be trusted again.</source>
        <translation>Відкликати ключ {name}? Пакети й редакції, які він підпише після останнього імпортованого від нього пакета, буде відхилено. Відкликаному ключу більше не можна довіряти.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Відкликати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Enter opens a photo; right-click or the Menu key: remove, role, caption.</source>
        <translation>Enter відкриває фото; права кнопка миші або клавіша Menu: прибрати, роль, підпис.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Прибрати…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Підпис…</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here or use “Add photos…”.</source>
        <translation>Фото ще немає. Перетягніть фото сюди або натисніть «Додати фото…».</translation>
    </message>
    <message>
        <source>Photos in italics are not saved yet: Save keeps them with the record.</source>
        <translation>Фото курсивом ще не збережено: «Зберегти» збереже їх разом із записом.</translation>
    </message>
    <message>
        <source>Role of the next photos</source>
        <translation>Роль наступних фото</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Додати &amp;фото…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Прибрати…</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Caption…</source>
        <translation>П&amp;ідпис…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Додати фото</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Фото ({patterns})</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Taken {when}</source>
        <translation>Знято {when}</translation>
    </message>
    <message>
        <source>No capture time in the photo</source>
        <translation>У фото немає часу зйомки</translation>
    </message>
    <message>
        <source>GPS {lat:.5f}, {lon:.5f}</source>
        <translation>GPS {lat:.5f}, {lon:.5f}</translation>
    </message>
    <message>
        <source>Photo — FieldKit</source>
        <translation>Фото — FieldKit</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Попереднє фото</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Наступне фото</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписати</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Справжній розмір</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} з {total}</translation>
    </message>
    <message>
        <source>Only the thumbnail of this photo is in this vault.</source>
        <translation>У цьому сховищі є лише мініатюра цього фото.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: {what}</source>
        <translation>Скасувати: {what}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the fingerprint</source>
        <translation>QR-код відбитка</translation>
    </message>
    <message>
        <source>QR code unavailable</source>
        <translation>QR-код недоступний</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of “{name}”</source>
        <translation>Одержувачі «{name}»</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation>Позначте, для кого пакети, залишені в цій теці. Якщо нікого не позначено, вони йдуть усім перевіреним координаторам.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Одержувачі</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · ключ {fingerprint}…</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <source>(no title)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Клацніть, щоб збільшити</translation>
    </message>
    <message>
        <source>Photo of {object}</source>
        <translation>Фото {object}</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Немає фото</translation>
    </message>
    <message numerus="yes">
        <source>+%n more photo(s)</source>
        <translation>
            <numerusform>+ще %n фото</numerusform>
            <numerusform>+ще %n фото</numerusform>
            <numerusform>+ще %n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Kept: this record stays</source>
        <translation>✔ Збережено: цей запис залишається</translation>
    </message>
    <message>
        <source>Merged into the kept one if the same</source>
        <translation>Зливається зі збереженим, якщо це той самий об’єкт</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Відкинути зміни</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ви&amp;далити…</translation>
    </message>
    <message>
        <source>Delete this record (its history is kept, and it can be restored)</source>
        <translation>Видалити цей запис (його історія зберігається, і його можна відновити)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>This record is in conflict: another version exists. Settle it in Conflicts before editing.</source>
        <translation>Цей запис у конфлікті: існує інша версія. Розв’яжіть його в розділі «Конфлікти», перш ніж редагувати.</translation>
    </message>
    <message>
        <source>Open in Conflicts</source>
        <translation>Відкрити в «Конфліктах»</translation>
    </message>
    <message>
        <source>{label} (sensitive)</source>
        <translation>{label} (чутливе)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Sensitive: where things are. Left out of bundles sent with locations removed.</source>
        <translation>Чутливе: де саме перебувають речі. Не потрапляє до пакетів, надісланих без місць.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Restore this &amp;version…</source>
        <translation>Відновити цю в&amp;ерсію…</translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected above</source>
        <translation>Повернути поля й фото версії, вибраної вище</translation>
    </message>
    <message>
        <source>Deleted. To bring it back, select a version in the history and choose “Restore this version…”.</source>
        <translation>Видалено. Щоб повернути, виберіть версію в історії та натисніть «Відновити цю версію…».</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Відновити цю версію…</translation>
    </message>
    <message>
        <source>{record} (deleted)</source>
        <translation>{record} (видалено)</translation>
    </message>
    <message>
        <source>{field} must be a date and time written {pattern} (e.g. {example}).</source>
        <translation>Поле {field} має бути датою й часом у форматі {pattern} (напр. {example}).</translation>
    </message>
    <message>
        <source>{field} must be a date written {pattern} (e.g. {example}).</source>
        <translation>Поле {field} має бути датою у форматі {pattern} (напр. {example}).</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Не збережено: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Не збережено: {field}: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Save a record in conflict?</source>
        <translation>Зберегти запис у конфлікті?</translation>
    </message>
    <message>
        <source>This record is in conflict: another version exists.</source>
        <translation>Цей запис у конфлікті: існує інша версія.</translation>
    </message>
    <message>
        <source>Saving now adds your changes to the version shown here. The other version is kept, and the record stays in Conflicts until someone settles it there.</source>
        <translation>Якщо зберегти зараз, ваші зміни буде додано до версії, показаної тут. Іншу версію збережено, і запис лишається в розділі «Конфлікти», доки хтось не розв’яже конфлікт там.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Усе одно зберегти</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Зміни відкинуто.</translation>
    </message>
    <message>
        <source>Reopened with the changes you had not saved (kept {when}): save them to keep them.</source>
        <translation>Відкрито знову зі змінами, які ви не зберегли (їх відкладено {when}): збережіть їх, щоб не втратити.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by you elsewhere ({when}): the form shows its new values.</source>
        <translation>Тим часом ви змінили цей запис деінде ({when}): форма показує його нові значення.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who} ({when}): the form shows its new values.</source>
        <translation>Тим часом цей запис змінив {who} ({when}): форма показує його нові значення.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by you elsewhere ({when}). Where that change and your typing differ, both values are shown: choose one for each, then save.</source>
        <translation>Тим часом ви змінили цей запис деінде ({when}). Там, де ця зміна і введене вами відрізняються, показано обидва значення: виберіть одне для кожного поля, потім збережіть.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who} ({when}). Where you both changed a field, both values are shown: choose one for each, then save.</source>
        <translation>Тим часом цей запис змінив {who} ({when}). Там, де ви обоє змінили поле, показано обидва значення: виберіть одне для кожного поля, потім збережіть.</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile by {who} ({when}). To keep your changes, restore it (“Restore this version…” in the history), then save; or discard them.</source>
        <translation>Тим часом цей запис видалив {who} ({when}). Щоб зберегти свої зміни, відновіть його («Відновити цю версію…» в історії), потім збережіть; або відкиньте їх.</translation>
    </message>
    <message>
        <source>Changed meanwhile by you elsewhere ({when}): {value}</source>
        <translation>Тим часом ви змінили деінде ({when}): {value}</translation>
    </message>
    <message>
        <source>Use that value</source>
        <translation>Взяти те значення</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Залишити введене</translation>
    </message>
    <message>
        <source>Changed meanwhile by {who} ({when}): {value}</source>
        <translation>Тим часом змінив {who} ({when}): {value}</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Взяти їхнє значення</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Видалити цей запис?</translation>
    </message>
    <message>
        <source>Delete “{record}”?</source>
        <translation>Видалити «{record}»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>It disappears from the lists and searches. Its history is kept: restore its last version from the history to bring it back.</source>
        <translation>Запис зникне зі списків і пошуку. Його історія зберігається: щоб повернути його, відновіть останню версію з історії.</translation>
    </message>
    <message>
        <source>Your unsaved changes in the form are replaced.</source>
        <translation>Ваші незбережені зміни у формі буде замінено.</translation>
    </message>
    <message>
        <source>The version shown now stays in the history.</source>
        <translation>Показана зараз версія залишиться в історії.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>Відновити цю версію?</translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected in the history?</source>
        <translation>Повернути поля й фото версії, вибраної в історії?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Restored; your unsaved changes are in the form: save them to keep them.</source>
        <translation>Відновлено; ваші незбережені зміни залишилися у формі: збережіть їх, щоб не втратити.</translation>
    </message>
    <message>
        <source>Restored as an object of its own: the merge was undone.</source>
        <translation>Відновлено як окремий об’єкт: злиття скасовано.</translation>
    </message>
    <message>
        <source>Restored; the change is in the history.</source>
        <translation>Відновлено; зміну внесено до історії.</translation>
    </message>
    <message>
        <source>It was not saved with the record yet.</source>
        <translation>Його ще не збережено разом із записом.</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Прибрати це фото?</translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from this record?</source>
        <translation>Прибрати фото «{photo}» з цього запису?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Фото прибрано.</translation>
    </message>
    <message>
        <source>Photos added. Save to keep them with the record.</source>
        <translation>Фото додано. Збережіть, щоб залишити їх у записі.</translation>
    </message>
    <message>
        <source>The history keeps it: restoring an earlier version brings it back.</source>
        <translation>Історія його зберігає: відновлення попередньої версії поверне його.</translation>
    </message>
    <message>
        <source>Photo role changed.</source>
        <translation>Роль фото змінено.</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Підпис фото</translation>
    </message>
    <message>
        <source>&amp;Caption of this photo:</source>
        <translation>&amp;Підпис до цього фото:</translation>
    </message>
    <message>
        <source>Photo caption changed.</source>
        <translation>Підпис фото змінено.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red, then add the photos again.</source>
        <translation>Виправте поля, позначені червоним, потім додайте фото знову.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Додавання фото (%n)…</numerusform>
            <numerusform>Додавання фото (%n)…</numerusform>
            <numerusform>Додавання фото (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n фото додано.</numerusform>
            <numerusform>%n фото додано.</numerusform>
            <numerusform>%n фото додано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) refused.</source>
        <translation>
            <numerusform>%n фото відхилено.</numerusform>
            <numerusform>%n фото відхилено.</numerusform>
            <numerusform>%n фото відхилено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos added.</source>
        <translation>Фото додано.</translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation>Деякі фото не додано</translation>
    </message>
    <message>
        <source>These photos were refused; the others were added:</source>
        <translation>Ці фото відхилено; решту додано:</translation>
    </message>
    <message>
        <source>Cancelled: no photo was added.</source>
        <translation>Скасовано: жодного фото не додано.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save your changes to “{record}” before closing?</source>
        <translation>Зберегти зміни в «{record}» перед закриттям?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation>Якщо відкинути їх, вони пропадуть.</translation>
    </message>
    <message>
        <source>Wait for the photos to be added, or cancel first.</source>
        <translation>Зачекайте, доки фото буде додано, або спершу скасуйте.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>В&amp;ідкрити</translation>
    </message>
    <message>
        <source>Impor&amp;t spreadsheet…</source>
        <translation>Імпорт &amp;таблиці…</translation>
    </message>
    <message>
        <source>Bring in an inventory kept in Excel or LibreOffice, saved as CSV</source>
        <translation>Імпортувати інвентар, що ведеться в Excel або LibreOffice, збережений як CSV</translation>
    </message>
    <message>
        <source>No objects yet. Add them one by one with New object, or bring in an inventory kept in a spreadsheet with Import spreadsheet…</source>
        <translation>Об’єктів ще немає. Додавайте їх по одному кнопкою «Новий об’єкт» або імпортуйте інвентар з електронної таблиці кнопкою «Імпорт таблиці…».</translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>Показано {shown} з {total}</translation>
    </message>
    <message>
        <source>(filters on)</source>
        <translation>(фільтри ввімкнено)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Click to sort by this column; from the keyboard: Sort by (Alt+B)</source>
        <translation>Клацніть, щоб сортувати за цим стовпцем; з клавіатури: Сортувати за (Alt+З)</translation>
    </message>
    <message>
        <source>Object ID incomplete: {n} missing</source>
        <translation>Object ID неповний: бракує {n}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} з {total}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyConfirmPage</name>
    <message>
        <source>The key is hidden while you type it back.</source>
        <translation>Ключ приховано, поки Ви його вводите.</translation>
    </message>
    <message>
        <source>&amp;Show the key again</source>
        <translation>&amp;Показати ключ знову</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Пр&amp;одовжити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>To be sure you have it, type groups {first} and {second} of the key from your paper (counting from the left, first line then second):</source>
        <translation>Щоб переконатися, що ключ у Вас є, введіть групи {first} і {second} ключа зі свого паперу (рахуючи зліва, спершу перший рядок, потім другий):</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>Група &amp;{n}:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>Група {n} ключа відновлення</translation>
    </message>
    <message>
        <source>The key was hidden because FieldKit was not used for a while.</source>
        <translation>Ключ приховано, бо FieldKit якийсь час не використовували.</translation>
    </message>
    <message>
        <source>Group {n} is not what the key says: check your paper.</source>
        <translation>Група {n} не збігається з ключем: перевірте свій папір.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Копіювати ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Друкувати ключ відновлення</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Сховище</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>FieldKit recovery key</source>
        <translation>Ключ відновлення FieldKit</translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe and separate from the laptop. Anyone who has it and the laptop can open the vault.</source>
        <translation>Зберігайте цей папір у безпечному місці, окремо від ноутбука. Будь-хто, хто має його та ноутбук, може відкрити сховище.</translation>
    </message>
    <message>
        <source>Save the recovery key in a file?</source>
        <translation>Зберегти ключ відновлення у файл?</translation>
    </message>
    <message>
        <source>This does not print on paper: the recovery key will be stored unencrypted in {file}, where anyone who copies that file can open the vault.</source>
        <translation>Це не друк на папері: ключ відновлення буде збережено незашифрованим у {file}, і будь-хто, хто скопіює цей файл, зможе відкрити сховище.</translation>
    </message>
    <message>
        <source>&amp;Save to the file</source>
        <translation>&amp;Зберегти у файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Rekey the vault</source>
        <translation>Замінити ключі сховища</translation>
    </message>
    <message>
        <source>For when a key may be in the wrong hands: new keys are made and the whole database and every photo are encrypted again. Afterwards neither the old passphrase nor the old recovery key opens the vault. Backups made before keep their old keys. This can take minutes for many photos; you can cancel while the photos are being encrypted again.</source>
        <translation>На випадок, якщо ключ міг потрапити в чужі руки: створюються нові ключі, і вся база даних та кожне фото шифруються знову. Після цього ні стара парольна фраза, ні старий ключ відновлення не відкривають сховище. Зроблені раніше резервні копії зберігають старі ключі. Для багатьох фото це може тривати кілька хвилин; скасувати можна, поки фото шифруються знову.</translation>
    </message>
    <message>
        <source>&amp;Rekey now</source>
        <translation>&amp;Замінити ключі зараз</translation>
    </message>
    <message>
        <source>The vault has new keys: from now on it opens only with the new passphrase or the new recovery key. Backups made before still open only with the OLD passphrase or the OLD recovery key.</source>
        <translation>Сховище має нові ключі: відтепер воно відкривається лише новою парольною фразою або новим ключем відновлення. Резервні копії, зроблені раніше, і далі відкриваються лише СТАРОЮ парольною фразою або СТАРИМ ключем відновлення.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename — FieldKit</source>
        <translation>Перейменувати — FieldKit</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Локальне ім’я</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>&amp;Локальне ім’я:</translation>
    </message>
    <message>
        <source>The name FieldKit shows for this key (the card&apos;s own name is {name}).</source>
        <translation>Ім’я, яке FieldKit показує для цього ключа (власне ім’я на картці — {name}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Object ID sheet</source>
        <translation>Картка Object ID</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>Звіт про пошкодження</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>Список евакуації та інвентаризації</translation>
    </message>
    <message>
        <source>&amp;Leave locations out (for lists that leave the site)</source>
        <translation>&amp;Не вказувати місця (для списків, що виходять за межі пам’ятки)</translation>
    </message>
    <message>
        <source>Objects sorted by salvage priority, with thumbnails and boxes to tick while packing. Tick nothing to list every object.</source>
        <translation>Об’єкти, відсортовані за пріоритетом порятунку, з мініатюрами та полями для позначок під час пакування. Не позначайте нічого, щоб отримати список усіх об’єктів.</translation>
    </message>
    <message>
        <source>Only objects with this status</source>
        <translation>Лише об’єкти з цим статусом</translation>
    </message>
    <message>
        <source>Only objects with this salvage priority</source>
        <translation>Лише об’єкти з цим пріоритетом порятунку</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — FieldKit</source>
        <translation>Відновити з резервної копії — FieldKit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Тека резервної копії</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Нова тека сховища</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Використати ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Тека резервної копії:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Відновити &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Choose the folder a backup was written to and an empty folder for the restored vault. Use the passphrase the vault had when it was backed up.</source>
        <translation>Виберіть теку, куди записано резервну копію, і порожню теку для відновленого сховища. Використайте парольну фразу, яку сховище мало під час копіювання.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ відновлення:</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery key</source>
        <translation>Ключ відновлення резервної копії</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Використати парольну фразу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose a folder for: {what}</source>
        <translation>Виберіть теку для: {what}</translation>
    </message>
    <message>
        <source>Type or choose the backup folder.</source>
        <translation>Введіть або виберіть теку резервної копії.</translation>
    </message>
    <message>
        <source>Type or choose an empty folder for the restored vault.</source>
        <translation>Введіть або виберіть порожню теку для відновленого сховища.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s recovery key.</source>
        <translation>Введіть ключ відновлення резервної копії.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введіть парольну фразу резервної копії.</translation>
    </message>
    <message>
        <source>Restored without some photos</source>
        <translation>Відновлено без деяких фото</translation>
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
        <source>Vault restored</source>
        <translation>Сховище відновлено</translation>
    </message>
    <message>
        <source>The restored vault has the same identity key as the original. Use it INSTEAD of the lost or damaged vault, never both: two vaults with one key fork their bundles.</source>
        <translation>Відновлене сховище має той самий ключ ідентичності, що й оригінал. Використовуйте його ЗАМІСТЬ втраченого чи пошкодженого сховища, ніколи не обидва: у двох сховищ з одним ключем пакети розгалужуються.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. A backup opens with the passphrase the vault had when the backup was made. If you no longer know it, click “{button}” and type the recovery key of that time.</source>
        <translation>Ця парольна фраза не відкриває резервну копію. Резервна копія відкривається парольною фразою, яку сховище мало, коли її зроблено. Якщо ви її вже не знаєте, натисніть «{button}» і введіть ключ відновлення того часу.</translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation>Введіть його точно як надруковано; дефіси й пробіли не мають значення.</translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message>
        <source>Clear search (Esc)</source>
        <translation>Очистити пошук (Esc)</translation>
    </message>
    <message>
        <source>Show every record again (the filters stay)</source>
        <translation>Знову показати всі записи (фільтри залишаються)</translation>
    </message>
    <message>
        <source>Results for “{text}”:</source>
        <translation>Результати для «{text}»:</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Нічого не знайдено для «{text}».</translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in {kind}</source>
        <translation>
            <numerusform>%n збіг у розділі {kind}</numerusform>
            <numerusform>%n збіги в розділі {kind}</numerusform>
            <numerusform>%n збігів у розділі {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Показано нижче</translation>
    </message>
    <message>
        <source>Go to {kind}</source>
        <translation>Перейти до: {kind}</translation>
    </message>
</context>
<context>
    <name>ShredDialog</name>
    <message>
        <source>Shred this vault — FieldKit</source>
        <extracomment>The word `fieldkit shred` asks for (SPEC §11); the app also accepts its own language&apos;s word.</extracomment>
        <translation>Знищити це сховище — FieldKit</translation>
    </message>
    <message>
        <source>SHRED</source>
        <comment>confirmation word, capitals</comment>
        <translation>ЗНИЩИТИ</translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {folder}. Afterwards NOBODY can open it: not you, not with the passphrase, not with the recovery key. Records and photos that were not sent in a bundle or backed up are lost for good. This cannot be undone.</source>
        <translation>Це знищить ключі сховища в {folder}. Після цього НІХТО не зможе його відкрити: ні Ви, ні за допомогою парольної фрази, ні ключем відновлення. Записи й фото, які не було надіслано в пакеті чи збережено в резервній копії, буде втрачено назавжди. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Введіть {word} для підтвердження</translation>
    </message>
    <message>
        <source>To confirm, type {word}:</source>
        <translation>Для підтвердження введіть {word}:</translation>
    </message>
    <message>
        <source>Type {word} to enable “{button}”.</source>
        <translation>Введіть {word}, щоб увімкнути «{button}».</translation>
    </message>
    <message>
        <source>Shred the vault now</source>
        <translation>Знищити сховище зараз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Shred this vault?</source>
        <translation>Знищити це сховище?</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Востаннє надіслано</translation>
    </message>
    <message>
        <source>Last picked up</source>
        <translation>Востаннє забрано</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>У карантині</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Sync folders</source>
        <translation>Теки синхронізації</translation>
    </message>
    <message>
        <source>No sync folder yet. Add a USB drive or a shared folder: FieldKit leaves your bundles there and picks up the ones addressed to you.</source>
        <translation>Тек синхронізації ще немає. Додайте USB-накопичувач або спільну теку: FieldKit залишатиме там Ваші пакети й забиратиме адресовані Вам.</translation>
    </message>
    <message>
        <source>&amp;Add sync folder…</source>
        <translation>Додат&amp;и теку синхронізації…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>Remove the selected sync folder</source>
        <translation>Прибрати вибрану теку синхронізації</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically when this folder appears</source>
        <translation>Синхронізувати авто&amp;матично, коли з’являється ця тека</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Sync the selected folder now</source>
        <translation>Синхронізувати вибрану теку зараз</translation>
    </message>
    <message>
        <source>Choose who receives the bundles left in the selected sync folder</source>
        <translation>Вибрати, хто отримує пакети, залишені у вибраній теці синхронізації</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронізувати &amp;зараз</translation>
    </message>
    <message>
        <source>Sync folder status</source>
        <translation>Стан теки синхронізації</translation>
    </message>
    <message>
        <source>Check again whether the selected sync folder can be reached</source>
        <translation>Ще раз перевірити, чи доступна вибрана тека синхронізації</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Перебіг синхронізації</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Скасувати синхронізацію</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Підсумок синхронізації</translation>
    </message>
    <message>
        <source>Trust the sen&amp;der…</source>
        <translation>Довіритис&amp;я відправнику…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Quarantined files</source>
        <translation>Файли в карантині</translation>
    </message>
    <message>
        <source>The S3 storage “{name}” can be reached again.</source>
        <translation>Сховище S3 «{name}» знову доступне.</translation>
    </message>
    <message>
        <source>The sync folder “{name}” is connected.</source>
        <translation>Теку синхронізації «{name}» під’єднано.</translation>
    </message>
    <message>
        <source>Sync “{name}” now</source>
        <translation>Синхронізувати «{name}» зараз</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>{where} on {endpoint}</source>
        <translation>{where} на {endpoint}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Під’єднано</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не під’єднано</translation>
    </message>
    <message>
        <source>(last sync had a problem)</source>
        <translation>(збій останньої синхронізації)</translation>
    </message>
    <message>
        <source>{count} ({size})</source>
        <translation>{count} ({size})</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} з {total}</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>очікування сервера…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>Sync f&amp;olders</source>
        <translation>&amp;Теки синхронізації</translation>
    </message>
    <message>
        <source>Reci&amp;pients…</source>
        <translation>Одер&amp;жувачі…</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Спробувати &amp;ще раз</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>(imports once you trust the sender&apos;s card)</source>
        <translation>(імпортується, щойно Ви довіритесь картці відправника)</translation>
    </message>
    <message>
        <source>Trust the sender…</source>
        <translation>Довіритися відправнику…</translation>
    </message>
    <message>
        <source>Sync “{name}” again</source>
        <translation>Синхронізувати «{name}» знову</translation>
    </message>
    <message>
        <source>Open the folder holding it</source>
        <translation>Відкрити теку, де він лежить</translation>
    </message>
    <message>
        <source>Copy the reason</source>
        <translation>Скопіювати причину</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Sync folder “{name}” added: {path}.</source>
        <translation>Теку синхронізації «{name}» додано: {path}.</translation>
    </message>
    <message>
        <source>Remove sync folder</source>
        <translation>Прибрати теку синхронізації</translation>
    </message>
    <message>
        <source>Forget the sync folder “{name}”? Nothing on it is touched, and bundles not yet acknowledged stay in the outbox.</source>
        <translation>Забути теку синхронізації «{name}»? На ній нічого не змінюється, а пакети без підтвердження отримання залишаються у вихідних.</translation>
    </message>
    <message>
        <source>Sync folder “{name}” removed; nothing on it was touched.</source>
        <translation>Теку синхронізації «{name}» прибрано; на ній нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit left there stay; delete them once their recipients have them.</source>
        <translation>
            <numerusform>Пакети, які FieldKit там залишив (%n), залишаються; видаліть їх, коли одержувачі їх отримають.</numerusform>
            <numerusform>Пакети, які FieldKit там залишив (%n), залишаються; видаліть їх, коли одержувачі їх отримають.</numerusform>
            <numerusform>Пакети, які FieldKit там залишив (%n), залишаються; видаліть їх, коли одержувачі їх отримають.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “{name}” automatically:</source>
        <translation>Автоматична синхронізація «{name}»:</translation>
    </message>
    <message>
        <source>Syncing “{name}”:</source>
        <translation>Синхронізація «{name}»:</translation>
    </message>
    <message>
        <source>waiting for the folder…</source>
        <translation>очікування теки…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>залишилася приблизно %n хвилина</numerusform>
            <numerusform>залишилося приблизно %n хвилини</numerusform>
            <numerusform>залишилося приблизно %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with “{name}”: {imported} ({new}), {delivered}, {read} and {written}, {quarantined}, {waiting}.</source>
        <translation>Синхронізовано з «{name}»: {imported} ({new}), {delivered}, {read} і {written}, {quarantined}, {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>імпортовано %n пакет</numerusform>
            <numerusform>імпортовано %n пакети</numerusform>
            <numerusform>імпортовано %n пакетів</numerusform>
        </translation>
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
        <source>%n delivered</source>
        <translation>
            <numerusform>доставлено: %n</numerusform>
            <numerusform>доставлено: %n</numerusform>
            <numerusform>доставлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) read</source>
        <translation>
            <numerusform>підтверджень прочитано: %n</numerusform>
            <numerusform>підтверджень прочитано: %n</numerusform>
            <numerusform>підтверджень прочитано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>записано: %n</numerusform>
            <numerusform>записано: %n</numerusform>
            <numerusform>записано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>у карантині: %n</numerusform>
            <numerusform>у карантині: %n</numerusform>
            <numerusform>у карантині: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>ще очікують: %n</numerusform>
            <numerusform>ще очікують: %n</numerusform>
            <numerusform>ще очікують: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantined {file}: {reason}</source>
        <translation>У карантині {file}: {reason}</translation>
    </message>
    <message>
        <source>Problem: {text}</source>
        <translation>Проблема: {text}</translation>
    </message>
    <message>
        <source>Not synced with “{name}”: the connection dropped. Nothing is lost; {waiting} for the next sync.</source>
        <translation>Не синхронізовано з «{name}»: з’єднання обірвалося. Нічого не втрачено; {waiting} наступної синхронізації.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) still waiting</source>
        <translation>
            <numerusform>ще %n пакет чекає</numerusform>
            <numerusform>ще %n пакети чекають</numerusform>
            <numerusform>ще %n пакетів чекають</numerusform>
        </translation>
    </message>
    <message>
        <source>Done before it dropped: {imported} ({new}), {delivered}.</source>
        <translation>Зроблено до обриву: {imported} ({new}), {delivered}.</translation>
    </message>
    <message>
        <source>The sync with “{name}” was cancelled. What was already imported or delivered stays; the rest waits for the next sync.</source>
        <translation>Синхронізацію з «{name}» скасовано. Уже імпортоване чи доставлене залишається; решта чекає наступної синхронізації.</translation>
    </message>
    <message>
        <source>The sync with “{name}” failed.</source>
        <translation>Синхронізація з «{name}» не вдалася.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Тека {folder} не існує.</translation>
    </message>
</context>
<context>
    <name>TextListInput</name>
    <message>
        <source>separate several with ;</source>
        <translation>кілька значень розділяйте знаком ;</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the vault</source>
        <extracomment>A visible focus frame on flat buttons (the welcome screen and dialogs use framed buttons).</extracomment>
        <translation>Розблокувати сховище</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>Unlock with &amp;key</source>
        <translation>Розблокувати &amp;ключем</translation>
    </message>
    <message>
        <source>This can take a minute on a large vault. Nothing is lost if it is interrupted: it starts again at the next unlock.</source>
        <translation>Для великого сховища це може тривати хвилину. Якщо оновлення перерветься, нічого не буде втрачено: воно почнеться знову під час наступного розблокування.</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Відкрити інше сховище…</translation>
    </message>
    <message>
        <source>Shred this vault…</source>
        <translation>Знищити це сховище…</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Тека сховища: {folder}</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation>Використати &amp;ключ відновлення</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Використати &amp;парольну фразу</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Введіть ключ відновлення.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Updating this vault for the new version of FieldKit (once only)… {percent} %</source>
        <translation>Оновлення сховища для нової версії FieldKit (лише один раз)… {percent} %</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again — or use the recovery key.</source>
        <translation>Ця парольна фраза не відкриває сховище. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз — або скористайтеся ключем відновлення.</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed attempt(s))</source>
        <translation>
            <numerusform>(%n невдала спроба)</numerusform>
            <numerusform>(%n невдалі спроби)</numerusform>
            <numerusform>(%n невдалих спроб)</numerusform>
        </translation>
    </message>
    <message>
        <source>If the passphrase is lost, click “{button}” below and type the key from its paper.</source>
        <translation>Якщо парольну фразу втрачено, натисніть «{button}» нижче та введіть ключ зі свого паперу.</translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation>Введіть його точно як надруковано; дефіси й пробіли не мають значення.</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>This vault</source>
        <translation>Це сховище</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Тека:</translation>
    </message>
    <message>
        <source>Passphrase and keys</source>
        <translation>Парольна фраза й ключі</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Змінити &amp;парольну фразу…</translation>
    </message>
    <message>
        <source>Re&amp;key the vault…</source>
        <translation>&amp;Замінити ключі сховища…</translation>
    </message>
    <message>
        <source>Quick: the data keeps its key.</source>
        <translation>Швидко: дані зберігають свій ключ.</translation>
    </message>
    <message>
        <source>The old recovery key stops working; the new one is shown once.</source>
        <translation>Старий ключ відновлення перестає діяти; новий показується один раз.</translation>
    </message>
    <message>
        <source>If a key may be compromised: everything is encrypted again with new keys.</source>
        <translation>Якщо ключ міг бути скомпрометований: усе шифрується знову з новими ключами.</translation>
    </message>
    <message>
        <source>Backup and locking</source>
        <translation>Резервні копії й блокування</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Блокувати після стількох хвилин бездіяльності</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation>&amp;Блокувати автоматично через</translation>
    </message>
    <message>
        <source>An encrypted copy on another drive, made while you work.</source>
        <translation>Зашифрована копія на іншому диску, зроблена під час роботи.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a new rec&amp;overy key…</source>
        <translation>Показати новий &amp;ключ відновлення…</translation>
    </message>
    <message>
        <source>without keyboard or mouse use (Ctrl+L locks at once).</source>
        <translation>без використання клавіатури чи миші (Ctrl+L блокує одразу).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Language of FieldKit</source>
        <translation>Мова FieldKit</translation>
    </message>
    <message>
        <source>FIELDKIT_LANG is set on this computer: FieldKit speaks {language} while it is set, whatever is chosen here.</source>
        <translation>FIELDKIT_LANG задано на цьому комп’ютері: поки воно задане, мова FieldKit — {language}, хоч би що вибрано тут.</translation>
    </message>
    <message>
        <source>The language saved here, {saved}, is used once it is no longer set.</source>
        <translation>Збережена тут мова ({saved}) діятиме, щойно FIELDKIT_LANG більше не буде задано.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Екстрена ситуація</translation>
    </message>
    <message>
        <source>&amp;Shred this vault…</source>
        <translation>З&amp;нищити це сховище…</translation>
    </message>
    <message>
        <source>Destroys the vault&apos;s keys: nobody can open it again, not even with the recovery key. Send or back up what matters first.</source>
        <translation>Знищує ключі сховища: ніхто більше не зможе його відкрити, навіть ключем відновлення. Спершу надішліть або збережіть у резервній копії все важливе.</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Налаштування сховища</translation>
    </message>
    <message>
        <source>Saved. FIELDKIT_LANG is set on this computer and decides the language while it is set.</source>
        <translation>Збережено. FIELDKIT_LANG задано на цьому комп’ютері, і поки воно задане, мову визначає воно.</translation>
    </message>
    <message>
        <source>FieldKit will speak {language} from its next start; nothing you are working on is lost.</source>
        <translation>FieldKit говоритиме мовою «{language}» з наступного запуску; нічого з вашої роботи не втратиться.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify bundles — FieldKit</source>
        <translation>Перевірка пакетів — FieldKit</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>Перевірка пакетів</translation>
    </message>
    <message>
        <source>Check that a bundle is complete, unchanged since it was signed, and signed by a key you know. No vault is needed and nothing is written. Without a recipient&apos;s key the encrypted content is not inspected: the result says so.</source>
        <translation>Перевірте, що пакет повний, не змінений після підписання й підписаний відомим Вам ключем. Сховище не потрібне, нічого не записується. Без ключа одержувача зашифрований вміст не перевіряється: результат про це скаже.</translation>
    </message>
    <message>
        <source>Check bundles without importing them. Bundles addressed to this vault are also decrypted and every revision, signature and photo inside is checked.</source>
        <translation>Перевірка пакетів без імпорту. Пакети, адресовані цьому сховищу, також розшифровуються, і кожна редакція, підпис і фото в них перевіряються.</translation>
    </message>
    <message>
        <source>Bundles to verify</source>
        <translation>Пакети для перевірки</translation>
    </message>
    <message>
        <source>Choose bundles to verify</source>
        <translation>Виберіть пакети для перевірки</translation>
    </message>
    <message>
        <source>Keys you trust</source>
        <translation>Ключі, яким Ви довіряєте</translation>
    </message>
    <message>
        <source>Drop identity cards (.fkid) or minisign public keys (.pub) here</source>
        <translation>Перетягніть сюди ідентифікаційні картки (.fkid) або відкриті ключі minisign (.pub)</translation>
    </message>
    <message>
        <source>Choose identity cards or public keys you trust</source>
        <translation>Виберіть ідентифікаційні картки або відкриті ключі, яким Ви довіряєте</translation>
    </message>
    <message>
        <source>Identity cards and public keys (*.fkid *.pub);;All files (*)</source>
        <translation>Ідентифікаційні картки й відкриті ключі (*.fkid *.pub);;Усі файли (*)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Д&amp;одати…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Пр&amp;ибрати</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Verify bundles</source>
        <translation>Перевірка пакетів</translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation>Паке&amp;ти (перетягніть сюди або натисніть «Додати…»):</translation>
    </message>
    <message>
        <source>&amp;Keys you trust (optional: the signer&apos;s identity card or .pub file):</source>
        <translation>&amp;Ключі, яким Ви довіряєте (необов’язково: ідентифікаційна картка чи файл .pub підписувача):</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>Перевірка пакетів (%n)…</numerusform>
            <numerusform>Перевірка пакетів (%n)…</numerusform>
            <numerusform>Перевірка пакетів (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}.</source>
        <translation>
            <numerusform>Перевірено %n пакет: {good}, {bad}, {other}.</numerusform>
            <numerusform>Перевірено %n пакети: {good}, {bad}, {other}.</numerusform>
            <numerusform>Перевірено %n пакетів: {good}, {bad}, {other}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact and signed by a trusted key</source>
        <translation>
            <numerusform>%n цілий і підписаний довіреним ключем</numerusform>
            <numerusform>%n цілі й підписані довіреним ключем</numerusform>
            <numerusform>%n цілих і підписаних довіреним ключем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n з помилками</numerusform>
            <numerusform>%n з помилками</numerusform>
            <numerusform>%n з помилками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact but not signed by a key you trust</source>
        <translation>
            <numerusform>%n цілий, але не підписаний довіреним ключем</numerusform>
            <numerusform>%n цілі, але не підписані довіреним ключем</numerusform>
            <numerusform>%n цілих, але не підписаних довіреним ключем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}, {newer}.</source>
        <translation>
            <numerusform>Перевірено %n пакет: {good}, {bad}, {other}, {newer}.</numerusform>
            <numerusform>Перевірено %n пакети: {good}, {bad}, {other}, {newer}.</numerusform>
            <numerusform>Перевірено %n пакетів: {good}, {bad}, {other}, {newer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by a newer FieldKit, not verified</source>
        <translation>
            <numerusform>%n створений новішою версією FieldKit, не перевірений</numerusform>
            <numerusform>%n створені новішою версією FieldKit, не перевірені</numerusform>
            <numerusform>%n створених новішою версією FieldKit, не перевірених</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify &amp;other bundles</source>
        <translation>Перевірити &amp;інші пакети</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Результат перевірки</translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation>Зберегти сертифікат перевірки</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запис {file}…</translation>
    </message>
    <message>
        <source>Certificate saved to {file}.</source>
        <translation>Сертифікат збережено в {file}.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to FieldKit</source>
        <translation>Ласкаво просимо до FieldKit</translation>
    </message>
    <message>
        <source>Document objects and damage safely, even offline. Everything stays encrypted on this computer until you choose to send it.</source>
        <translation>Документуйте об’єкти та пошкодження безпечно, навіть офлайн. Усе залишається зашифрованим на цьому комп’ютері, доки Ви не вирішите це надіслати.</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>Від&amp;крити сховище…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>&amp;Створити нове сховище…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Від&amp;новити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle (no vault needed)…</source>
        <translation>&amp;Перевірити пакет (сховище не потрібне)…</translation>
    </message>
    <message>
        <source>First time here: make a vault and its recovery key</source>
        <translation>Уперше тут: створіть сховище та його ключ відновлення</translation>
    </message>
    <message>
        <source>Choose the folder of an existing vault</source>
        <translation>Виберіть теку наявного сховища</translation>
    </message>
    <message>
        <source>Bring back a vault from a backup folder</source>
        <translation>Повернути сховище з теки резервної копії</translation>
    </message>
    <message>
        <source>For auditors: check that a bundle is complete, unchanged and signed by a known key</source>
        <translation>Для аудиторів: перевірити, що пакет повний, не змінений і підписаний відомим ключем</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Останні сховища</translation>
    </message>
    <message>
        <source>Recen&amp;t vaults:</source>
        <translation>Ос&amp;танні сховища:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Виберіть теку сховища</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Об’єкти</translation>
    </message>
    <message>
        <source>&amp;New object</source>
        <translation>Новий об’&amp;єкт</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Звіти про пошкодження</translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation>Нов&amp;ий звіт про пошкодження</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n match(es)</source>
        <translation>
            <numerusform>{title}: %n збіг</numerusform>
            <numerusform>{title}: %n збіги</numerusform>
            <numerusform>{title}: %n збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>({n} to resolve)</source>
        <translation>(потрібно вирішити: {n})</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>Записів у конфлікті: %n</numerusform>
            <numerusform>Записів у конфлікті: %n</numerusform>
            <numerusform>Записів у конфлікті: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation>звіт про пошкодження</translation>
    </message>
    <message>
        <source>Select {what} in its list first.</source>
        <translation>Спершу виберіть {what} у його списку.</translation>
    </message>
    <message>
        <source>Then choose the report again.</source>
        <translation>Потім знову виберіть звіт.</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>When, where and in what condition</source>
        <translation>Коли, де і в якому стані</translation>
    </message>
    <message>
        <source>Printed on the handover certificate that both sides sign.</source>
        <translation>Друкується в акті передачі, який підписують обидві сторони.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ</translation>
    </message>
    <message>
        <source>Sensitive: left out of bundles sent with locations removed.</source>
        <translation>Чутливе: не потрапляє до пакетів, надісланих без місць.</translation>
    </message>
    <message>
        <source>Handed over &amp;at:</source>
        <translation>Пе&amp;редано о:</translation>
    </message>
    <message>
        <source>&amp;Place (sensitive):</source>
        <translation>&amp;Місце (чутливе):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Посилання:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>С&amp;тан:</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Handover created</source>
        <translation>Передачу створено</translation>
    </message>
    <message>
        <source>It is complete when the receiver accepts it.</source>
        <translation>Вона завершиться, коли одержувач її прийме.</translation>
    </message>
    <message>
        <source>&amp;Print the handover certificate…</source>
        <translation>Надрукувати &amp;акт передачі…</translation>
    </message>
    <message>
        <source>{receiver} accepts it in their own vault, so they need it there first: send them a bundle (File → Export a bundle…, or Bundles &amp; sync with a shared folder). They import it, then accept it under Custody → Handovers received…, signed with their key.

Print the certificate for both of you to sign now.</source>
        <translation>{receiver} приймає передачу у своєму сховищі, тож спершу вона має туди потрапити: надішліть одержувачу пакет (Файл → Експортувати пакет… або Пакети й синхронізація через спільну теку). Одержувач імпортує його, а тоді приймає передачу в Опіка → Отримані передачі…, підписавши своїм ключем.

Надрукуйте акт зараз, щоб ви обидва його підписали.</translation>
    </message>
</context>
<context>
    <name>_ItemsPage</name>
    <message>
        <source>What is handed over</source>
        <translation>Що передається</translation>
    </message>
    <message>
        <source>Tick containers, or type codes and inventory numbers.</source>
        <translation>Позначте контейнери або введіть коди й інвентарні номери.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Контейнери</translation>
    </message>
    <message numerus="yes">
        <source>{container} (%n item(s))</source>
        <translation>
            <numerusform>{container} (%n одиниця)</numerusform>
            <numerusform>{container} (%n одиниці)</numerusform>
            <numerusform>{container} (%n одиниць)</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: nothing is packed in it.</source>
        <translation>Порожній: у ньому нічого не спаковано.</translation>
    </message>
    <message>
        <source>other items: codes or numbers; separate with ;</source>
        <translation>інші одиниці: коди або номери; розділяйте ;</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>&amp;Контейнери:</translation>
    </message>
    <message>
        <source>&amp;Other items:</source>
        <translation>&amp;Інші одиниці:</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Виберіть хоча б одну одиницю.</translation>
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
        <translation>Кому</translation>
    </message>
    <message>
        <source>The receiver, from the people you trust. They accept it in their own vault.</source>
        <translation>Одержувач — з людей, яким ви довіряєте. Він приймає передачу у своєму сховищі.</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>Додати &amp;картку…</translation>
    </message>
    <message>
        <source>Nobody is trusted yet: add the receiver&apos;s card with Add a card…</source>
        <translation>Ще нікому не довіряють: додайте картку одержувача кнопкою «Додати картку…».</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Vault created</source>
        <translation>Сховище створено</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольну фразу змінено</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Ключ відновлення замінено</translation>
    </message>
    <message>
        <source>Keys replaced (rekey)</source>
        <translation>Ключі замінено (заміна ключів)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервну копію створено</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Відновлено з резервної копії</translation>
    </message>
    <message>
        <source>Keys shredded</source>
        <translation>Ключі знищено</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Запис створено</translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation>Запис змінено</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Запис видалено</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Фото додано</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Пакет експортовано</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет імпортовано</translation>
    </message>
    <message>
        <source>Bundle verified</source>
        <translation>Пакет перевірено</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>Ключ додано до довірених</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Ключ відкликано</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Конфлікт розв’язано</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>Електронну таблицю імпортовано</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>відправник</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>одержувачі</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>редакції</translation>
    </message>
    <message>
        <source>new revisions</source>
        <translation>нові редакції</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>можливі дублікати</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>конфлікти</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>пропуски</translation>
    </message>
    <message>
        <source>forks</source>
        <translation>розгалуження</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>редакція</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>конкурентні версії</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>відбиток SHA-256</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>vault id</source>
        <translation>ідентифікатор сховища</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демонстрація</translation>
    </message>
    <message>
        <source>notice by</source>
        <translation>повідомлення від</translation>
    </message>
    <message>
        <source>object record</source>
        <translation>запис об’єкта</translation>
    </message>
    <message>
        <source>damage report</source>
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
        <source>duplicate decision</source>
        <translation>рішення щодо дубліката</translation>
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
        <source>redacted snapshot</source>
        <translation>знімок із вилученими даними</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Event hash {hash}</source>
        <translation>Геш події {hash}</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>{name}-verification.pdf</source>
        <translation>{name}-перевірка.pdf</translation>
    </message>
</context>
<context>
    <name>columns</name>
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
        <source>Type of object</source>
        <translation>Тип об’єкта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>Пріоритет порятунку</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>This column cannot be sorted. To find the objects whose Object ID is incomplete, tick Incomplete Object ID only.</source>
        <translation>Цей стовпець не можна впорядкувати. Щоб знайти об’єкти з неповним Object ID, позначте «Лише неповний Object ID».</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Де зараз</translation>
    </message>
    <message>
        <source>This column cannot be sorted: where an object is now is worked out from its movements, not kept in the object.</source>
        <translation>Цей стовпець не можна впорядкувати: де зараз об’єкт, визначається з його переміщень, а не зберігається в об’єкті.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Обстежено</translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation>Об’єкт або пам’ятка</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжкість</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Оцінювач</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>In transit</source>
        <translation>У дорозі</translation>
    </message>
    <message>
        <source>Missing (not found at its last reception)</source>
        <translation>Зниклий (не знайдено під час останнього приймання)</translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} і ще %n</numerusform>
            <numerusform>{items} і ще %n</numerusform>
            <numerusform>{items} і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>In transit to {place}</source>
        <translation>У дорозі до {place}</translation>
    </message>
    <message>
        <source>At {place}</source>
        <translation>У {place}</translation>
    </message>
    <message>
        <source>in container {code}</source>
        <translation>у контейнері {code}</translation>
    </message>
    <message>
        <source>custodian: {name}</source>
        <translation>відповідальний: {name}</translation>
    </message>
    <message>
        <source>Custodian: {name}</source>
        <translation>Відповідальний: {name}</translation>
    </message>
    <message>
        <source>No movement recorded</source>
        <translation>Переміщень не записано</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>зниклий</translation>
    </message>
    <message>
        <source>→ {place} (in transit)</source>
        <translation>→ {place} (у дорозі)</translation>
    </message>
    <message>
        <source>to {code}</source>
        <translation>до {code}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Містить</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Де зараз</translation>
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
        <source>Handover certificate</source>
        <translation>Акт передачі</translation>
    </message>
    <message>
        <source>Evacuation permission</source>
        <translation>Дозвіл на евакуацію</translation>
    </message>
    <message>
        <source>Printing these documents is not available.</source>
        <translation>Друк цих документів недоступний.</translation>
    </message>
    <message>
        <source>Install FieldKit with its reports.</source>
        <translation>Встановіть FieldKit зі звітами.</translation>
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
    <name>editors</name>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Ідентифікація</translation>
    </message>
    <message>
        <source>Object ID description</source>
        <translation>Опис Object ID</translation>
    </message>
    <message>
        <source>Location &amp; status</source>
        <translation>Місцезнаходження й статус</translation>
    </message>
    <message>
        <source>Significance &amp; notes</source>
        <translation>Значущість і примітки</translation>
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
        <source>Address</source>
        <translation>Адреса</translation>
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
        <translation>Вибачте, у FieldKit сталася помилка. Ваші збережені записи в безпеці.

Якщо це повториться, повідомте команді FieldKit номер цього звіту: {id}</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Неочікувана проблема</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Перевірку скасовано.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>no longer merged into {object}</source>
        <translation>більше не злито з {object}</translation>
    </message>
    <message>
        <source>merged into {object}</source>
        <translation>злито з {object}</translation>
    </message>
    <message>
        <source>{field}: {new}</source>
        <translation>{field}: {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Photo added: {photo}</source>
        <translation>Додано фото: {photo}</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Додано фото</translation>
    </message>
    <message>
        <source>Photo removed: {photo}</source>
        <translation>Вилучено фото: {photo}</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Вилучено фото</translation>
    </message>
    <message>
        <source>Photo: {old} → {new}</source>
        <translation>Фото: {old} → {new}</translation>
    </message>
    <message>
        <source>History incomplete: the earlier version has not arrived</source>
        <translation>Історія неповна: попередня версія ще не надійшла</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <source>Merged versions</source>
        <translation>Версії об’єднано</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes (see tooltip)</source>
        <translation>
            <numerusform>і ще %n зміна (див. підказку)</numerusform>
            <numerusform>і ще %n зміни (див. підказку)</numerusform>
            <numerusform>і ще %n змін (див. підказку)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без змін</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>you ({name})</source>
        <translation>ви ({name})</translation>
    </message>
    <message>
        <source>{name} (revoked)</source>
        <translation>{name} (ключ відкликано)</translation>
    </message>
    <message>
        <source>{name} (unverified)</source>
        <translation>{name} (не перевірено)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>unknown key {fp}</source>
        <translation>невідомий ключ {fp}</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>КіБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МіБ</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГіБ</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>{file} is signed by a key that has been revoked: do not rely on it.</source>
        <translation>{file} підписано відкликаним ключем: не покладайтеся на нього.</translation>
    </message>
    <message>
        <source>{file} did not pass verification: it was changed, damaged or is incomplete since it was signed. Do not rely on it.</source>
        <translation>{file} не пройшов перевірку: після підписання його змінено, пошкоджено або він неповний. Не покладайтеся на нього.</translation>
    </message>
    <message>
        <source>Nothing will be imported from it.</source>
        <translation>З нього нічого не буде імпортовано.</translation>
    </message>
    <message>
        <source>{file} could not be read as a FieldKit bundle: do not rely on it.</source>
        <translation>{file} не вдалося прочитати як пакет FieldKit: не покладайтеся на нього.</translation>
    </message>
    <message>
        <source>{file} was made by a newer FieldKit: update FieldKit to verify it.</source>
        <translation>{file} створено новішою версією FieldKit: оновіть FieldKit, щоб перевірити його.</translation>
    </message>
    <message>
        <source>{file} is intact and was written by this vault.</source>
        <translation>{file} цілий і записаний цим сховищем.</translation>
    </message>
    <message>
        <source>{file} is intact and signed by {name}, whose key you trust.</source>
        <translation>{file} цілий і підписаний {name}, чиєму ключу ви довіряєте.</translation>
    </message>
    <message>
        <source>a trusted key</source>
        <translation>довірений ключ</translation>
    </message>
    <message>
        <source>{file} is complete and its checksums match, but its signature could not be checked: the signer&apos;s key is not known here.</source>
        <translation>{file} повний і контрольні суми збігаються, але підпис перевірити не вдалося: ключ підписувача тут невідомий.</translation>
    </message>
    <message>
        <source>{file} is intact, but it is signed by a key you do not trust yet. Compare the fingerprint with the sender before relying on it.</source>
        <translation>{file} цілий, але підписаний ключем, якому ви ще не довіряєте. Звірте відбиток із відправником, перш ніж покладатися на нього.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; trust their identity card on the People &amp; keys page, then check the bundle again.</source>
        <translation>Ключ підписанта тут невідомий, тож підпис не вдалося перевірити; довіртеся його ідентифікаційній картці на сторінці «Люди й ключі», а потім перевірте пакет знову.</translation>
    </message>
    <message>
        <source>This vault itself</source>
        <translation>Це саме сховище</translation>
    </message>
    <message>
        <source>Trusted; fingerprint compared in person on {date}</source>
        <translation>Довірений; відбиток звірено особисто {date}</translation>
    </message>
    <message>
        <source>Trusted (you gave their key for this check)</source>
        <translation>Довірений (ви надали ключ для цієї перевірки)</translation>
    </message>
    <message>
        <source>Trusted, but the fingerprint was never compared in person</source>
        <translation>Довірений, але відбиток ніколи не звіряли особисто</translation>
    </message>
    <message>
        <source>Revoked: bundles signed after the revocation are refused</source>
        <translation>Відкликано: пакети, підписані після відкликання, відхиляються</translation>
    </message>
    <message>
        <source>Not trusted: the key is only vouched for by the bundle itself</source>
        <translation>Не довірений: ключ засвідчує лише сам пакет</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Невідомий ключ</translation>
    </message>
    <message>
        <source>Changes (delta)</source>
        <translation>Зміни (дельта)</translation>
    </message>
    <message>
        <source>Everything (full)</source>
        <translation>Усе (повний)</translation>
    </message>
    <message>
        <source>Redacted snapshot, for reading only</source>
        <translation>Знімок із вилученнями, лише для читання</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>зашифрований</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>НЕ зашифрований</translation>
    </message>
    <message>
        <source>{kind}, number {n} of its stream, {sealed}</source>
        <translation>{kind}, номер {n} у своєму потоці, {sealed}</translation>
    </message>
    <message>
        <source>Not inspected (the content is encrypted for its recipients)</source>
        <translation>Не перевірено (вміст зашифровано для одержувачів)</translation>
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
        <source>%n record snapshot(s)</source>
        <translation>
            <numerusform>%n знімок запису</numerusform>
            <numerusform>%n знімки записів</numerusform>
            <numerusform>%n знімків записів</numerusform>
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
    <message numerus="yes">
        <source>%n author card(s)</source>
        <translation>
            <numerusform>%n картка автора</numerusform>
            <numerusform>%n картки авторів</numerusform>
            <numerusform>%n карток авторів</numerusform>
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
    <message>
        <source>damage report of {date} on {number}</source>
        <extracomment>How many records of one kind of change are named before &quot;and N more&quot;; deletions are all named, however many: a deletion must never pass unseen.</extracomment>
        <translation>звіт про пошкодження від {date} щодо {number}</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number} «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} і ще %n</numerusform>
            <numerusform>{names} і ще %n</numerusform>
            <numerusform>{names} і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes:</source>
        <translation>Видаляє:</translation>
    </message>
    <message>
        <source>You deleted, they edited:</source>
        <translation>Видалено тут, змінено відправником:</translation>
    </message>
    <message>
        <source>Edited here and by the sender (you choose):</source>
        <translation>Змінено тут і відправником (виберете ви):</translation>
    </message>
    <message>
        <source>New here:</source>
        <translation>Нове тут:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Змінює:</translation>
    </message>
    <message>
        <source>No object, report, container or place changes: all is here already.</source>
        <translation>Жоден об’єкт, звіт, контейнер чи місце не змінюється: усе вже тут.</translation>
    </message>
    <message>
        <source>Written by this vault: there is nothing to import.</source>
        <translation>Записано цим сховищем: імпортувати нічого.</translation>
    </message>
    <message>
        <source>A redacted snapshot is for reading and verifying only: it cannot be merged.</source>
        <translation>Знімок із вилученнями лише для читання й перевірки: його не можна злити.</translation>
    </message>
    <message>
        <source>This vault cannot read it: it was not encrypted to this vault.</source>
        <translation>Це сховище не може його прочитати: його не зашифровано для цього сховища.</translation>
    </message>
    <message>
        <source>Imported only if you tick the box below: its signer is not trusted yet.</source>
        <translation>Імпортується, лише якщо позначити поле нижче: підписувачу ще не довіряють.</translation>
    </message>
    <message>
        <source>Already imported on {date}: importing it again changes nothing.</source>
        <translation>Уже імпортовано {date}: повторний імпорт нічого не змінить.</translation>
    </message>
    <message>
        <source>Still missing from this sender&apos;s stream afterwards: bundle(s) {numbers}.</source>
        <translation>Після цього в потоці відправника ще бракує пакетів: {numbers}.</translation>
    </message>
    <message>
        <source>Fork: bundle {other} already holds the same place in this sender&apos;s stream with different content. Ask the sender why.</source>
        <translation>Розгалуження: пакет {other} уже займає те саме місце в потоці цього відправника з іншим вмістом. Запитайте відправника чому.</translation>
    </message>
    <message>
        <source>Unknown (not in your trust store)</source>
        <translation>Невідомий (немає у вашому сховищі довіри)</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Підписав:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Відбиток підписувача</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Довіра:</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <source>The file could not be read as a bundle.</source>
        <translation>Файл не вдалося прочитати як пакет.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size} checked.</source>
        <translation>
            <numerusform>%n файл, {size} перевірено.</numerusform>
            <numerusform>%n файли, {size} перевірено.</numerusform>
            <numerusform>%n файлів, {size} перевірено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Перевірено:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Вміст:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Потік:</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Імпорт:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <source>&amp;Trust this sender…</source>
        <translation>&amp;Довіритися цьому відправнику…</translation>
    </message>
    <message>
        <source>Trust the sender of {file}</source>
        <translation>Довіритися відправнику {file}</translation>
    </message>
    <message>
        <source>Save verification &amp;certificate as PDF…</source>
        <translation>Зберегти &amp;сертифікат перевірки як PDF…</translation>
    </message>
    <message>
        <source>Save the verification certificate of {file} as PDF</source>
        <translation>Зберегти сертифікат перевірки {file} як PDF</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Objects</source>
        <translation>Об’єкти</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation>Пакети й синхронізація</translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation>Люди й ключі</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
</TS>
