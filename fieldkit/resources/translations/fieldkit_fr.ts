<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcceptHandoverDialog</name>
    <message>
        <source>Handovers — FieldKit</source>
        <translation>Remises — FieldKit</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>What &amp;differs (optional):</source>
        <translation>Ce qui &amp;diffère (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accept, signed with my key</source>
        <translation>&amp;Accepter, signé avec ma clé</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificat…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Handovers (waiting for you first):</source>
        <translation>&amp;Remises (celles qui vous attendent d’abord)&#xa0;:</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>vous attend</translation>
    </message>
    <message>
        <source>waiting for the receiver</source>
        <translation>attend le destinataire</translation>
    </message>
    <message numerus="yes">
        <source>{giver} → {receiver}: %n item(s) — {state}</source>
        <translation>
            <numerusform>{giver} → {receiver}&#xa0;: %n élément — {state}</numerusform>
            <numerusform>{giver} → {receiver}&#xa0;: %n éléments — {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>No handover in this vault.</source>
        <translation>Aucune remise dans ce coffre.</translation>
    </message>
    <message>
        <source>Items: {items}</source>
        <translation>Éléments&#xa0;: {items}</translation>
    </message>
    <message>
        <source>Handed over at: {when}</source>
        <translation>Remis le&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Condition: {text}</source>
        <translation>État&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Accepted at {when}.</source>
        <translation>Acceptée le {when}.</translation>
    </message>
</context>
<context>
    <name>AddCardDialog</name>
    <message>
        <source>Trust a key — FieldKit</source>
        <translation>Faire confiance à une clé — FieldKit</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>The digits match: &amp;trust and mark verified</source>
        <translation>Les chiffres concordent&#xa0;: &amp;faire confiance et marquer vérifiée</translation>
    </message>
    <message>
        <source>Trust &amp;now, compare later</source>
        <translation>Faire confiance &amp;maintenant, comparer plus tard</translation>
    </message>
    <message>
        <source>Until you compare the fingerprint, this card receives bundles only when you tick it yourself in the export dialog.</source>
        <translation>Tant que vous n’avez pas comparé l’empreinte, cette carte ne reçoit de paquets que si vous la cochez vous-même dans la fenêtre d’export.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation>{name}, {organisation} — {role}</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>aucune organisation</translation>
    </message>
    <message>
        <source>The card says:</source>
        <translation>La carte indique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>Nom &amp;local&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Faire confiance à cette clé&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone can make a card with any name on it. Before you trust it, ask its holder to read their fingerprint to you — in person or on the phone, not by e-mail or message — and compare it with these digits:</source>
        <translation>N’importe qui peut créer une carte à n’importe quel nom. Avant de lui faire confiance, demandez à son détenteur de vous lire son empreinte — en personne ou par téléphone, pas par e-mail ni par message — et comparez-la avec ces chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>The local name is what FieldKit shows for this person everywhere; the name inside their bundles is only their claim.</source>
        <translation>Le nom local est celui que FieldKit affiche partout pour cette personne&#xa0;; le nom inscrit dans ses paquets n’est que ce qu’elle affirme.</translation>
    </message>
    <message>
        <source>You already trust this key as {name}{verified}. Adding it again updates the local name and role.</source>
        <translation>Vous faites déjà confiance à cette clé sous le nom {name}{verified}. L’ajouter à nouveau met à jour le nom local et le rôle.</translation>
    </message>
    <message>
        <source> (fingerprint compared)</source>
        <translation> (empreinte comparée)</translation>
    </message>
    <message>
        <source>You already trust another card with this name, or one that looks alike ({keys}). Give this one a local name that tells them apart.</source>
        <translation>Vous faites déjà confiance à une autre carte portant ce nom, ou un nom semblable ({keys}). Donnez à celle-ci un nom local qui permet de les distinguer.</translation>
    </message>
</context>
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Nobody is trusted in this vault yet. Add the identity card of each person who receives your bundles on the “People &amp; keys” page (Add a card…); you can then choose them here, or later with the “Recipients…” button.</source>
        <translation>Personne n’est encore de confiance dans ce coffre. Ajoutez la carte d’identité de chaque personne qui reçoit vos paquets sur la page «&#xa0;Personnes et clés&#xa0;» (Ajouter une carte…)&#xa0;; vous pourrez ensuite les choisir ici, ou plus tard avec le bouton «&#xa0;Destinataires…&#xa0;».</translation>
    </message>
    <message>
        <source>Add a sync folder</source>
        <translation>Ajouter un dossier de synchro</translation>
    </message>
    <message>
        <source>Kind of sync target</source>
        <translation>Type de cible de synchronisation</translation>
    </message>
    <message>
        <source>A folder: USB drive or shared folder</source>
        <translation>Un dossier&#xa0;: clé USB ou dossier partagé</translation>
    </message>
    <message>
        <source>S3 storage: a bucket on a server</source>
        <translation>Stockage S3&#xa0;: un bucket sur un serveur</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>For example: https://s3.example.org</source>
        <translation>Par exemple&#xa0;: https://s3.example.org</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>For example: field/kharkiv (may be empty)</source>
        <translation>Par exemple&#xa0;: field/kharkiv (peut rester vide)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Only if the provider asks for one</source>
        <translation>Seulement si le fournisseur en demande une</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Bandwidth limit in kB/s</source>
        <translation>Débit maximal en ko/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> ko/s</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The USB drive or shared folder</source>
        <translation>La clé USB ou le dossier partagé</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For example: stick</source>
        <translation>Par exemple&#xa0;: clé</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation>Cochez les destinataires des paquets déposés dans ce dossier. Si aucun n’est coché, ils vont à tous les coordinateurs vérifiés.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>P&amp;réfixe&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>C&amp;lé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Band&amp;width:</source>
        <translation>Débit &amp;max.&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>D&amp;estinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Add S3 storage</source>
        <translation>Ajouter un stockage S3</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this bucket are for. With none ticked, they go to every verified coordinator. The access key and secret are kept only inside this vault, encrypted.</source>
        <translation>Cochez à qui sont destinés les paquets déposés dans ce bucket. Si personne n’est coché, ils vont à chaque coordinateur vérifié. La clé d’accès et la clé secrète ne sont conservées que dans ce coffre, chiffrées.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Connected: the bucket answers.</source>
        <translation>Connecté&#xa0;: le bucket répond.</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · clé {fingerprint}…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchro</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Chec&amp;k the chain again</source>
        <translation>&amp;Vérifier à nouveau la chaîne</translation>
    </message>
    <message>
        <source>Show events of</source>
        <translation>Événements de type</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Checking the chain of events…</source>
        <translation>Vérification de la chaîne d’événements…</translation>
    </message>
    <message>
        <source>The chain is intact: {n} events, each linked to the one before. Head {head}…</source>
        <translation>La chaîne est intacte&#xa0;: {n} événements, chacun lié au précédent. Tête {head}…</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…et {n} de plus.</translation>
    </message>
    <message>
        <source>The chain is BROKEN: events were altered or removed.</source>
        <translation>La chaîne est ROMPUE&#xa0;: des événements ont été modifiés ou supprimés.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault — FieldKit</source>
        <translation>Sauvegarder le coffre — FieldKit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Back up &amp;into (a new or empty folder):</source>
        <translation>Sauvegarder &amp;dans (un dossier nouveau ou vide)&#xa0;:</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>The backup is a complete copy, still encrypted: it opens with the passphrase (or recovery key) the vault has now. Keep it on another drive, away from this laptop.</source>
        <translation>La sauvegarde est une copie complète, toujours chiffrée&#xa0;: elle s’ouvre avec la phrase secrète (ou la clé de secours) actuelle du coffre. Gardez-la sur un autre disque, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>Choose a new or empty folder: this one has files in it.</source>
        <translation>Choisissez un dossier nouveau ou vide&#xa0;: celui-ci contient des fichiers.</translation>
    </message>
    <message>
        <source>Copying the vault to {folder}…</source>
        <translation>Copie du coffre vers {folder}…</translation>
    </message>
    <message>
        <source>Cancelled: the incomplete backup was removed.</source>
        <translation>Annulé&#xa0;: la sauvegarde incomplète a été supprimée.</translation>
    </message>
    <message>
        <source>{files} files, {size}, written to {folder}.</source>
        <translation>{files} fichiers, {size}, écrits dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be backed up: the vault&apos;s media folder has lost their files. The backup lists them as missing:</source>
        <translation>
            <numerusform>%n photo n’a pas pu être sauvegardée&#xa0;: son fichier manque dans le dossier des médias du coffre. La sauvegarde l’indique comme manquante&#xa0;:</numerusform>
            <numerusform>%n photos n’ont pas pu être sauvegardées&#xa0;: leurs fichiers manquent dans le dossier des médias du coffre. La sauvegarde les indique comme manquantes&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien n’est encore enregistré</translation>
    </message>
</context>
<context>
    <name>BundleCheckDialog</name>
    <message>
        <source>Drop .fkb files here</source>
        <translation>Déposez les fichiers .fkb ici</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb);;All files (*)</source>
        <translation>Paquets FieldKit (*.fkb);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation>&amp;Vérifier des paquets…</translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation>Paquets et synchro</translation>
    </message>
    <message>
        <source>A bundle carries your records, signed and encrypted, on a USB stick or any other way. A sync folder does it for you whenever the drive is plugged in. Drop .fkb files anywhere on this page to import them.</source>
        <translation>Un paquet transporte vos fiches, signées et chiffrées, sur une clé USB ou par tout autre moyen. Un dossier de synchro le fait pour vous dès que le disque est branché. Déposez des fichiers .fkb n’importe où sur cette page pour les importer.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>Nouvelles révisions</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Bundles received, sent and quarantined</source>
        <translation>Paquets reçus, envoyés et en quarantaine</translation>
    </message>
    <message>
        <source>Received (ne&amp;west first)</source>
        <translation>Reçus (réce&amp;nts d’abord)</translation>
    </message>
    <message>
        <source>Sen&amp;t (newest first)</source>
        <translation>Envo&amp;yés (récents d’abord)</translation>
    </message>
    <message>
        <source>&amp;Quarantine ({n})</source>
        <translation>&amp;Quarantaine ({n})</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantaine</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <source>anyone (not encrypted)</source>
        <translation>tout le monde (non chiffré)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The data is not re-encrypted: this takes a second. The recovery key keeps working.</source>
        <translation>Les données ne sont pas rechiffrées&#xa0;: cela prend une seconde. La clé de secours reste valable.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase is changed: use the new one from now on. Backups made before this change still open only with the OLD passphrase, or with the recovery key the vault had when they were made.</source>
        <translation>La phrase secrète est changée&#xa0;: utilisez désormais la nouvelle. Les sauvegardes faites avant ce changement s’ouvrent toujours uniquement avec l’ANCIENNE phrase secrète, ou avec la clé de secours qu’avait le coffre quand elles ont été faites.</translation>
    </message>
</context>
<context>
    <name>CheckInCounts</name>
    <message numerus="yes">
        <source>Expected</source>
        <translation>
            <numerusform>Attendu</numerusform>
            <numerusform>Attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received</source>
        <translation>
            <numerusform>Reçu</numerusform>
            <numerusform>Reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet scanned</source>
        <translation>
            <numerusform>Pas encore scanné</numerusform>
            <numerusform>Pas encore scannés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing</source>
        <translation>
            <numerusform>Disparu</numerusform>
            <numerusform>Disparus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra</source>
        <translation>
            <numerusform>En trop</numerusform>
            <numerusform>En trop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check in</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Scan a label, or type a code or number, then Enter</source>
        <translation>Scannez une étiquette, ou tapez un code ou un numéro, puis Entrée</translation>
    </message>
    <message>
        <source>Code scanned</source>
        <translation>Code scanné</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Not yet scanned</source>
        <translation>Pas encore scanné</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items of this movement and their state</source>
        <translation>Éléments de ce mouvement et leur état</translation>
    </message>
    <message>
        <source>A container scanned without its contents arrived sealed: what it holds counts as received. Scan its contents too to check them one by one.</source>
        <translation>Un contenant scanné sans son contenu est arrivé scellé&#xa0;: ce qu’il contient compte comme reçu. Scannez aussi son contenu pour le vérifier pièce par pièce.</translation>
    </message>
    <message>
        <source>Everything &amp;arrived</source>
        <translation>T&amp;out est arrivé</translation>
    </message>
    <message>
        <source>Receive everything the movement expects</source>
        <translation>Recevoir tout ce que le mouvement attend</translation>
    </message>
    <message>
        <source>Write the reception (Ctrl+Return)</source>
        <translation>Enregistrer la réception (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Mark missing items &amp;arrived…</source>
        <translation>Marquer les disparus c&amp;omme arrivés…</translation>
    </message>
    <message>
        <source>Items recorded missing were found: asks first, naming them</source>
        <translation>Des éléments enregistrés disparus ont été retrouvés&#xa0;: demande d’abord, en les nommant</translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) recorded missing.</source>
        <translation>
            <numerusform>Réception enregistrée&#xa0;: %n élément enregistré disparu.</numerusform>
            <numerusform>Réception enregistrée&#xa0;: %n éléments enregistrés disparus.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item found since can be scanned, then added with Finish check-in.</source>
        <translation>Un élément retrouvé depuis peut être scanné, puis ajouté avec «&#xa0;Terminer la réception&#xa0;».</translation>
    </message>
    <message>
        <source>Check in: {movement}</source>
        <translation>Réception&#xa0;: {movement}</translation>
    </message>
    <message>
        <source>Already received. Scan more to add what arrived since.</source>
        <translation>Déjà reçu. Scannez encore pour ajouter ce qui est arrivé depuis.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept from before FieldKit locked or closed; go on scanning.</source>
        <translation>
            <numerusform>%n scan conservé d’avant le verrouillage ou la fermeture de FieldKit&#xa0;; continuez à scanner.</numerusform>
            <numerusform>%n scans conservés d’avant le verrouillage ou la fermeture de FieldKit&#xa0;; continuez à scanner.</numerusform>
        </translation>
    </message>
    <message>
        <source>This movement has not departed yet.</source>
        <translation>Ce mouvement n’est pas encore parti.</translation>
    </message>
    <message>
        <source>{item}: already scanned.</source>
        <translation>{item}&#xa0;: déjà scanné.</translation>
    </message>
    <message>
        <source>{item}: received.</source>
        <translation>{item}&#xa0;: reçu.</translation>
    </message>
    <message>
        <source>{item}: not expected in this movement (extra).</source>
        <translation>{item}&#xa0;: non attendu dans ce mouvement (en trop).</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;inish check-in</source>
        <translation>&amp;Terminer la réception</translation>
    </message>
    <message>
        <source>“{code}”: {why}</source>
        <translation>«&#xa0;{code}&#xa0;»&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n attendu</numerusform>
            <numerusform>%n attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Received outside its container</source>
        <translation>Reçu hors de son contenant</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <source>Extra (not expected)</source>
        <translation>En trop (non attendu)</translation>
    </message>
    <message>
        <source>Finish check-in?</source>
        <translation>Terminer la réception&#xa0;?</translation>
    </message>
    <message>
        <source>Scan what arrived first, or finish now.</source>
        <translation>Scannez d’abord ce qui est arrivé, ou terminez maintenant.</translation>
    </message>
    <message>
        <source>Finish check-in</source>
        <translation>Terminer la réception</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not scanned will be marked missing: {items}.</source>
        <translation>
            <numerusform>%n élément non scanné sera marqué disparu&#xa0;: {items}.</numerusform>
            <numerusform>%n éléments non scannés seront marqués disparus&#xa0;: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Mark missing items arrived?</source>
        <translation>Marquer les éléments disparus comme arrivés&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded missing will be marked arrived: {items}.</source>
        <translation>
            <numerusform>%n élément enregistré disparu sera marqué arrivé&#xa0;: {items}.</numerusform>
            <numerusform>%n éléments enregistrés disparus seront marqués arrivés&#xa0;: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark them arrived</source>
        <translation>Les marquer arrivés</translation>
    </message>
    <message>
        <source>Only if they were found. To add one item found since, scan it and finish.</source>
        <translation>Seulement s’ils ont été retrouvés. Pour ajouter un élément retrouvé depuis, scannez-le et terminez.</translation>
    </message>
    <message>
        <source>Scan at least one item before finishing.</source>
        <translation>Scannez au moins un élément avant de terminer.</translation>
    </message>
    <message numerus="yes">
        <source>Reception written: %n item(s) missing.</source>
        <translation>
            <numerusform>Réception enregistrée&#xa0;: %n élément disparu.</numerusform>
            <numerusform>Réception enregistrée&#xa0;: %n éléments disparus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception written: everything expected arrived.</source>
        <translation>Réception enregistrée&#xa0;: tout ce qui était attendu est arrivé.</translation>
    </message>
</context>
<context>
    <name>CodeInput</name>
    <message>
        <source>e.g. C-014 (letters, digits, - . _ /)</source>
        <translation>ex. C-014 (lettres, chiffres, - . _ /)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare the fingerprint — FieldKit</source>
        <translation>Comparer l’empreinte — FieldKit</translation>
    </message>
    <message>
        <source>The digits &amp;match: mark verified</source>
        <translation>Les chiffres &amp;concordent&#xa0;: marquer vérifiée</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Ils &amp;diffèrent</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Comparer l’empreinte</translation>
    </message>
    <message>
        <source>Ask {name} to read their fingerprint aloud — in person or on the phone — and check every group against these digits:</source>
        <translation>Demandez à {name} de lire son empreinte à voix haute — en personne ou par téléphone — et vérifiez chaque groupe avec ces chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>Do not mark it verified. If the digits differ, the card may not be theirs: revoke this key and ask them for their card again, in person.</source>
        <translation>Ne la marquez pas vérifiée. Si les chiffres diffèrent, la carte n’est peut-être pas la sienne&#xa0;: révoquez cette clé et redemandez-lui sa carte, en personne.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Accept the &amp;automatic merge</source>
        <translation>Accepter la fusion auto&amp;matique</translation>
    </message>
    <message>
        <source>&amp;Save my choices as one merge revision</source>
        <translation>&amp;Enregistrer mes choix comme une révision de fusion</translation>
    </message>
    <message>
        <source>No record is in conflict.</source>
        <translation>Aucune fiche n’est en conflit.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>Constat de dommages</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>version {n} by {who} on {date}</source>
        <translation>version {n} par {who} le {date}</translation>
    </message>
    <message>
        <source>Edited in {n} places: {versions}.</source>
        <translation>Modifiée à {n} endroits&#xa0;: {versions}.</translation>
    </message>
    <message>
        <source>the versions have no common ancestor</source>
        <translation>les versions n’ont pas d’ancêtre commun</translation>
    </message>
    <message>
        <source>it was deleted in one place and edited in another</source>
        <translation>elle a été supprimée à un endroit et modifiée à un autre</translation>
    </message>
    <message>
        <source>This one needs a person: {reason}. Choose per field, or keep one version whole.</source>
        <translation>Une personne doit trancher&#xa0;: {reason}. Choisissez champ par champ, ou gardez une version entière.</translation>
    </message>
    <message>
        <source>Not possible here: a person must decide.</source>
        <translation>Impossible ici&#xa0;: une personne doit décider.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>(provisional winner)</source>
        <translation>(gagnante provisoire)</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>SUPPRIMÉE</translation>
    </message>
    <message>
        <source>Automatic merge</source>
        <translation>Fusion automatique</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>{field} — disputed</source>
        <translation>{field} — contesté</translation>
    </message>
    <message>
        <source>Which value to keep for {field}</source>
        <translation>Valeur à garder pour {field}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): added on any side are kept</source>
        <translation>
            <numerusform>%n photo&#xa0;: celles ajoutées d’un côté ou de l’autre sont gardées</numerusform>
            <numerusform>%n photos&#xa0;: celles ajoutées d’un côté ou de l’autre sont gardées</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep version &amp;{n} whole</source>
        <translation>Garder la version &amp;{n} entière</translation>
    </message>
    <message numerus="yes">
        <source>%n other field(s) are the same in every version.</source>
        <translation>
            <numerusform>%n autre champ identique dans toutes les versions.</numerusform>
            <numerusform>%n autres champs identiques dans toutes les versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>“{record}”: version {n} kept whole; the conflict is resolved.</source>
        <translation>«&#xa0;{record}&#xa0;»&#xa0;: version {n} conservée en entier&#xa0;; le conflit est résolu.</translation>
    </message>
    <message>
        <source>“{record}”: the conflict is resolved.</source>
        <translation>«&#xa0;{record}&#xa0;»&#xa0;: le conflit est résolu.</translation>
    </message>
    <message>
        <source>Keep version {n}, which deletes “{record}”?</source>
        <translation>Garder la version {n}, qui supprime «&#xa0;{record}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The changes made in the other version are set aside for everyone; they stay in the record&apos;s history.</source>
        <translation>Les modifications de l’autre version sont écartées pour tout le monde&#xa0;; elles restent dans l’historique de la fiche.</translation>
    </message>
    <message>
        <source>Keep version {n} of “{record}”, which another version deletes?</source>
        <translation>Garder la version {n} de «&#xa0;{record}&#xa0;», qu’une autre version supprime&#xa0;?</translation>
    </message>
    <message>
        <source>The record comes back for everyone, as version {n} has it; the deletion stays in its history.</source>
        <translation>La fiche revient pour tout le monde, telle que la version {n} la contient&#xa0;; la suppression reste dans son historique.</translation>
    </message>
    <message>
        <source>Keep one version whole?</source>
        <translation>Garder une version entière&#xa0;?</translation>
    </message>
    <message>
        <source>Keep version {n}</source>
        <translation>Garder la version {n}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Records in conflict</source>
        <translation>Fiches en conflit</translation>
    </message>
    <message>
        <source>Records &amp;in conflict:</source>
        <translation>Fi&amp;ches en conflit&#xa0;:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>These records were changed in two places before either side saw the other&apos;s change. Until you decide, every vault shows the same automatic merge.</source>
        <translation>Ces fiches ont été modifiées à deux endroits avant que l’un ait vu la modification de l’autre. Tant que vous n’avez pas décidé, chaque coffre affiche la même fusion automatique.</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>constat de dommages</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>une personne doit trancher</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed field(s)</source>
        <translation>
            <numerusform>%n champ contesté</numerusform>
            <numerusform>%n champs contestés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n fiche en conflit</numerusform>
            <numerusform>%n fiches en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>merges cleanly</source>
        <translation>fusion sans conflit</translation>
    </message>
</context>
<context>
    <name>ContainerEditor</name>
    <message>
        <source>Where it is and what it holds</source>
        <translation>Où il est et ce qu’il contient</translation>
    </message>
    <message>
        <source>New container</source>
        <translation>Nouveau contenant</translation>
    </message>
</context>
<context>
    <name>CoordinatesInput</name>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>Lat.</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>Long.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>FieldKit will use this language from its next start. You can change it later in the vault settings.</source>
        <translation>FieldKit utilisera cette langue dès son prochain démarrage. Vous pourrez la changer plus tard dans les réglages du coffre.</translation>
    </message>
    <message>
        <source>Create a vault — FieldKit</source>
        <translation>Créer un coffre — FieldKit</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>as colleagues know you</source>
        <translation>tel que vos collègues vous connaissent</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Language of FieldKit</source>
        <translation>Langue de FieldKit</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (à nouveau)</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted in this folder. The passphrase opens it: choose several words you will remember even when tired.</source>
        <translation>Tout ce que vous enregistrez est gardé chiffré dans ce dossier. La phrase secrète l’ouvre&#xa0;: choisissez plusieurs mots dont vous vous souviendrez même fatigué.</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Choisissez un dossier vide</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Choisissez un dossier pour le coffre.</translation>
    </message>
    <message>
        <source>Type your name: it goes with every record you write.</source>
        <translation>Saisissez votre nom&#xa0;: il accompagne chaque fiche que vous rédigez.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. It is shown only now. Write it on paper or print it, and keep it apart from this laptop.</source>
        <translation>Si vous oubliez la phrase secrète, cette clé est le seul moyen de rouvrir le coffre. Elle n’est affichée que maintenant. Notez-la sur papier ou imprimez-la, et gardez-la à l’écart de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import a spreadsheet — FieldKit</source>
        <translation>Importer un tableur — FieldKit</translation>
    </message>
    <message>
        <source>Checking the spreadsheet</source>
        <translation>Vérification du tableur</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier du tableur</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Detect it (recommended)</source>
        <translation>Le détecter (recommandé)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (arabe)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europe centrale)</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Each row of the sheet becomes a new object. Save the sheet as CSV from Excel or LibreOffice (File &gt; Save as &gt; CSV). The whole file is checked first, and you see how it was read and every problem before anything changes in this vault; then all rows are imported, or none.</source>
        <translation>Chaque ligne de la feuille devient un nouvel objet. Enregistrez la feuille au format CSV depuis Excel ou LibreOffice (Fichier &gt; Enregistrer sous &gt; CSV). Le fichier entier est d’abord vérifié&#xa0;: vous voyez comment il a été lu et chaque problème avant que rien ne change dans ce coffre&#xa0;; puis toutes les lignes sont importées, ou aucune.</translation>
    </message>
    <message>
        <source>&amp;File (or drop it here):</source>
        <translation>&amp;Fichier (ou déposez-le ici)&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message numerus="yes">
        <source>Last import: %n object(s) from {file}, {when}.</source>
        <translation>
            <numerusform>Dernière importation&#xa0;: %n objet depuis {file}, {when}.</numerusform>
            <numerusform>Dernière importation&#xa0;: %n objets depuis {file}, {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Annuler cette importation&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) imported from {file} will be deleted.</source>
        <translation>
            <numerusform>L’objet importé depuis {file} sera supprimé.</numerusform>
            <numerusform>Les %n objets importés depuis {file} seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Each is deleted as if you deleted it yourself: its history is kept, and the deletion travels in bundles like any other.</source>
        <translation>Chacun est supprimé comme si vous le supprimiez vous-même&#xa0;: son historique est conservé, et la suppression voyage dans les paquets comme toute autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these object(s) were already sent to other vaults in bundles: they will be deleted there too when the next bundle goes.</source>
        <translation>
            <numerusform>%n de ces objets a déjà été envoyé à d’autres coffres dans des paquets&#xa0;: il y sera supprimé aussi avec le prochain paquet.</numerusform>
            <numerusform>%n de ces objets ont déjà été envoyés à d’autres coffres dans des paquets&#xa0;: ils y seront supprimés aussi avec le prochain paquet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Undoing the import in one transaction…</source>
        <translation>Annulation de l’importation en une seule transaction…</translation>
    </message>
    <message>
        <source>(no inventory number)</source>
        <translation>(sans numéro d’inventaire)</translation>
    </message>
    <message>
        <source>Delete them too</source>
        <translation>Les supprimer aussi</translation>
    </message>
    <message>
        <source>Edited since the import:</source>
        <translation>Modifiées depuis l’importation&#xa0;:</translation>
    </message>
    <message>
        <source>Edited since the import, or with a damage report, a movement or unsaved changes:</source>
        <translation>Modifiées depuis l’importation, ou avec un constat de dommages, un mouvement ou des modifications non enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importation annulée</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) deleted: the import from {file} is undone. Their history is kept.</source>
        <translation>
            <numerusform>%n objet supprimé&#xa0;: l’importation depuis {file} est annulée. Son historique est conservé.</numerusform>
            <numerusform>%n objets supprimés&#xa0;: l’importation depuis {file} est annulée. Leur historique est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>UTF-16, little-endian (Windows)</source>
        <translation>UTF-16, petit-boutiste (Windows)</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, gros-boutiste</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>A&amp;nnuler cette importation…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking {file}; nothing is imported yet…</source>
        <translation>Vérification de {file}&#xa0;; rien n’est encore importé…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was imported. Press Check again to import with the choices shown.</source>
        <translation>Vérification annulée&#xa0;: rien n’a été importé. Appuyez sur Vérifier à nouveau pour importer avec les choix affichés.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above and check again, or save the sheet as CSV UTF-8 from your spreadsheet program.</source>
        <translation>Choisissez l’encodage du fichier dans la liste ci-dessus et vérifiez à nouveau, ou enregistrez la feuille en CSV UTF-8 depuis votre tableur.</translation>
    </message>
    <message>
        <source>The list above now says how to read it: press Check the file, or choose another encoding.</source>
        <translation>La liste ci-dessus indique maintenant comment le lire&#xa0;: cliquez sur Vérifier le fichier, ou choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>The file could not be checked: nothing can be imported until it is.</source>
        <translation>Le fichier n’a pas pu être vérifié&#xa0;: rien ne peut être importé tant qu’il ne l’est pas.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Day/month/year: 05/11/2023 is 5 November 2023</source>
        <translation>&amp;Jour/mois/année&#xa0;: 05/11/2023 est le 5 novembre 2023</translation>
    </message>
    <message>
        <source>&amp;Month/day/year: 05/11/2023 is 11 May 2023</source>
        <translation>&amp;Mois/jour/année&#xa0;: 05/11/2023 est le 11 mai 2023</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>Colonnes et champs qu’elles remplissent</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Errors in the file</source>
        <translation>Erreurs du fichier</translation>
    </message>
    <message>
        <source>&amp;Save the errors as a text file…</source>
        <translation>&amp;Enregistrer les erreurs dans un fichier texte…</translation>
    </message>
    <message>
        <source>Cells as read</source>
        <translation>Cellules telles que lues</translation>
    </message>
    <message>
        <source>Rows as read</source>
        <translation>Lignes telles que lues</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Back: another file or encoding</source>
        <translation>&amp;Retour&#xa0;: autre fichier ou encodage</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Annuler — ne rien importer</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ce que contient le fichier</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>comme vous l’avez choisi</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), read as {encoding} ({how}); columns separated by {sep}.</source>
        <translation>
            <numerusform>{file}&#xa0;: %n ligne, lue en {encoding} ({how})&#xa0;; séparateur de colonnes&#xa0;: {sep}.</numerusform>
            <numerusform>{file}&#xa0;: %n lignes, lues en {encoding} ({how})&#xa0;; séparateur de colonnes&#xa0;: {sep}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory numbers more than once in the file:</source>
        <translation>Numéros d’inventaire présents plusieurs fois dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Inventory numbers already in the vault:</source>
        <translation>Numéros d’inventaire déjà dans le coffre&#xa0;:</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>New objects: {new}. Errors: {errors}. Warnings: {warnings}.</source>
        <translation>Nouveaux objets&#xa0;: {new}. Erreurs&#xa0;: {errors}. Avertissements&#xa0;: {warnings}.</translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n)</source>
        <translation>
            <numerusform>Colonnes (%n)</numerusform>
            <numerusform>Colonnes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Erreurs (%n)</numerusform>
            <numerusform>Erreurs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Avertissements (%n)</numerusform>
            <numerusform>Avertissements (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n object(s)</source>
        <translation>
            <numerusform>&amp;Importer %n objet</numerusform>
            <numerusform>&amp;Importer %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} (rows {rows})</source>
        <translation>{number} (lignes {rows})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how the file&apos;s dates are written (above) to go on.</source>
        <translation>Indiquez (ci-dessus) comment les dates du fichier sont écrites pour continuer.</translation>
    </message>
    <message>
        <source>Nothing can be imported while the file has errors: correct them in the spreadsheet, save it as CSV, then press Check again.</source>
        <translation>Rien ne peut être importé tant que le fichier contient des erreurs&#xa0;: corrigez-les dans le tableur, enregistrez-le en CSV, puis cliquez sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Some columns hold data that no field takes: choose a field for each, or “Not imported”, in the Columns tab.</source>
        <translation>Des colonnes contiennent des données qu’aucun champ ne reçoit&#xa0;: choisissez pour chacune un champ, ou «&#xa0;Non importée&#xa0;», dans l’onglet Colonnes.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier n’a aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Some dates are written day/month/year and others month/day/year: say how most are written; the others are then listed as errors to correct.</source>
        <translation>Certaines dates sont écrites jour/mois/année et d’autres mois/jour/année&#xa0;: indiquez comment la plupart sont écrites&#xa0;; les autres seront alors listées comme erreurs à corriger.</translation>
    </message>
    <message>
        <source>No date in the file shows whether 05/11/2023 is 5 November or 11 May (no day above 12): say how the dates are written.</source>
        <translation>Aucune date du fichier ne montre si 05/11/2023 est le 5 novembre ou le 11 mai (aucun jour au-delà de 12)&#xa0;: indiquez comment les dates sont écrites.</translation>
    </message>
    <message>
        <source>Dates are read the way you chose.</source>
        <translation>Les dates sont lues comme vous l’avez choisi.</translation>
    </message>
    <message>
        <source>Dates are read as the file shows: one of its dates can only be read this way.</source>
        <translation>Les dates sont lues comme le fichier l’indique&#xa0;: l’une de ses dates ne peut se lire que de cette façon.</translation>
    </message>
    <message>
        <source>by its heading</source>
        <translation>d’après son en-tête</translation>
    </message>
    <message>
        <source>chosen here</source>
        <translation>choisi ici</translation>
    </message>
    <message>
        <source>not imported, chosen here</source>
        <translation>non importée, choisi ici</translation>
    </message>
    <message>
        <source>Field for the column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>holds data, but no field takes it</source>
        <translation>contient des données, mais aucun champ ne les reçoit</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) without data</source>
        <translation>
            <numerusform>%n colonne sans données</numerusform>
            <numerusform>%n colonnes sans données</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importées</translation>
    </message>
    <message>
        <source>not imported: “{field}” now comes from “{taker}”</source>
        <translation>non importée&#xa0;: «&#xa0;{field}&#xa0;» vient maintenant de «&#xa0;{taker}&#xa0;»</translation>
    </message>
    <message>
        <source>The column “{column}” is no longer imported: its field “{field}” now comes from the column “{taker}”.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» n’est plus importée&#xa0;: son champ «&#xa0;{field}&#xa0;» vient maintenant de la colonne «&#xa0;{taker}&#xa0;».</translation>
    </message>
    <message>
        <source>Save the errors as</source>
        <translation>Enregistrer les erreurs sous</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>The column “{column}” holds %n value(s) for “{field}”, but it is not imported.</source>
        <translation>
            <numerusform>La colonne «&#xa0;{column}&#xa0;» contient %n valeur pour «&#xa0;{field}&#xa0;», mais elle n’est pas importée.</numerusform>
            <numerusform>La colonne «&#xa0;{column}&#xa0;» contient %n valeurs pour «&#xa0;{field}&#xa0;», mais elle n’est pas importée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import without these fields?</source>
        <translation>Importer sans ces champs&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would be imported without: {fields}.</source>
        <translation>
            <numerusform>%n objet serait importé sans&#xa0;: {fields}.</numerusform>
            <numerusform>%n objets seraient importés sans&#xa0;: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>Importer sans eux</translation>
    </message>
    <message>
        <source>Choose a field for the column in the Columns tab to import its values.</source>
        <translation>Choisissez un champ pour la colonne dans l’onglet Colonnes pour importer ses valeurs.</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Retour aux colonnes</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n object(s) in one transaction…</source>
        <translation>
            <numerusform>Importation de %n objet en une transaction…</numerusform>
            <numerusform>Importation de %n objets en une transaction…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Press Check again to read the file as it is now.</source>
        <translation>Rien n’a été importé. Cliquez sur Vérifier à nouveau pour lire le fichier tel qu’il est maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from {file}, all in one transaction.</source>
        <translation>
            <numerusform>%n objet importé depuis {file}, en une seule transaction.</numerusform>
            <numerusform>%n objets importés depuis {file}, en une seule transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show the new records</source>
        <translation>&amp;Afficher les nouvelles fiches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
</context>
<context>
    <name>CustodyEditor</name>
    <message numerus="yes">
        <source>%n item(s) here now</source>
        <translation>
            <numerusform>%n élément ici maintenant</numerusform>
            <numerusform>%n éléments ici maintenant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyOverview</name>
    <message>
        <source>Movements and handovers needing attention</source>
        <translation>Mouvements et remises à surveiller</translation>
    </message>
    <message>
        <source>Evacuation: &amp;movements and handovers to follow up</source>
        <translation>Évacuation&#xa0;: &amp;mouvements et remises à suivre</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in transit,</source>
        <translation>
            <numerusform>%n objet en transit,</numerusform>
            <numerusform>%n objets en transit,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>including %n deleted,</source>
        <translation>
            <numerusform>dont %n supprimé,</numerusform>
            <numerusform>dont %n supprimés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing at reception,</source>
        <translation>
            <numerusform>%n disparu à la réception,</numerusform>
            <numerusform>%n disparus à la réception,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evacuated.</source>
        <translation>
            <numerusform>%n évacué.</numerusform>
            <numerusform>%n évacués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s) waiting for acceptance.</source>
        <translation>
            <numerusform>%n remise en attente d’acceptation.</numerusform>
            <numerusform>%n remises en attente d’acceptation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In transit: {movement} — %n item(s)</source>
        <translation>
            <numerusform>En transit&#xa0;: {movement} — %n élément</numerusform>
            <numerusform>En transit&#xa0;: {movement} — %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing at reception: {movement} — %n item(s)</source>
        <translation>
            <numerusform>Disparu à la réception&#xa0;: {movement} — %n élément</numerusform>
            <numerusform>Disparus à la réception&#xa0;: {movement} — %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover waiting for {name}&apos;s acceptance</source>
        <translation>Remise en attente de l’acceptation de {name}</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Where it is now</source>
        <translation>Où il est maintenant</translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation>Historique des mouvements</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>missing at reception</source>
        <translation>disparu à la réception</translation>
    </message>
</context>
<context>
    <name>CustodySections</name>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>&amp;Custody</source>
        <translation>&amp;Garde</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Remettre…</translation>
    </message>
    <message>
        <source>Hand&amp;overs received…</source>
        <translation>Remises re&amp;çues…</translation>
    </message>
    <message>
        <source>&amp;Check in by scanning</source>
        <translation>Réception par &amp;scan</translation>
    </message>
</context>
<context>
    <name>DamageEditor</name>
    <message>
        <source>inventory number, title or id; leave empty for a site report</source>
        <translation>numéro d’inventaire, titre ou identifiant&#xa0;; vide pour un constat de site</translation>
    </message>
    <message>
        <source>New damage report</source>
        <translation>Nouveau constat de dommages</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>Constat de dommages</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Fills a date field with today (a date and time field with now), as in spreadsheets.</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date ({key})</source>
        <translation>Inscrire la date d’aujourd’hui ({key})</translation>
    </message>
    <message>
        <source>read as {date}</source>
        <translation>lu&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Fill in the date and time now ({key})</source>
        <translation>Inscrire la date et l’heure actuelles ({key})</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decisions about possible duplicates</source>
        <translation>Décisions sur les doublons possibles</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>U&amp;ndo the selected decision</source>
        <translation>Annul&amp;er la décision sélectionnée</translation>
    </message>
    <message>
        <source>Same object</source>
        <translation>Même objet</translation>
    </message>
    <message>
        <source>{merged} merged into {kept}</source>
        <translation>{merged} fusionné dans {kept}</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Pas le même</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Replaced by a later decision</source>
        <translation>Remplacée par une décision plus récente</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s). Undo restores both records as they were.</source>
        <translation>
            <numerusform>%n décision. Annuler rétablit les deux fiches telles qu’elles étaient.</numerusform>
            <numerusform>%n décisions. Annuler rétablit les deux fiches telles qu’elles étaient.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision yet: decide on pairs in the Pairs to review tab.</source>
        <translation>Aucune décision pour l’instant&#xa0;: décidez des paires dans l’onglet Paires à examiner.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Pairs to review</source>
        <translation>Paires à examiner</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Objects that may be documented twice (another number, another script, another photo of the same thing). Same object merges them, the kept record stays; Not the same is remembered. Keys: S same, N not the same, Space skip, U undo.</source>
        <translation>Objets peut-être documentés deux fois (un autre numéro, une autre écriture, une autre photo de la même chose). «&#xa0;Même objet&#xa0;» les fusionne, la fiche conservée reste&#xa0;; «&#xa0;Pas le même&#xa0;» est retenu. Touches&#xa0;: S même objet, N pas le même, Espace passer, U annuler.</translation>
    </message>
    <message>
        <source>Open this page to look for possible duplicates.</source>
        <translation>Ouvrez cette page pour rechercher les doublons possibles.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates</source>
        <translation>Recherche des doublons possibles</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Annul&amp;er</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>R&amp;echercher à nouveau</translation>
    </message>
    <message>
        <source>Look for possible duplicates again</source>
        <translation>Rechercher à nouveau les doublons possibles</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo this decision (U)</source>
        <translation>Annuler cette décision (U)</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Paires de doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Same object (S)</source>
        <translation>&amp;Même objet (S)</translation>
    </message>
    <message>
        <source>Merge them: the kept record stays, the other joins it</source>
        <translation>Les fusionner&#xa0;: la fiche conservée reste, l’autre la rejoint</translation>
    </message>
    <message>
        <source>&amp;Not the same (N)</source>
        <translation>Pas le même (&amp;N)</translation>
    </message>
    <message>
        <source>Remember that these are two objects</source>
        <translation>Retenir que ce sont deux objets</translation>
    </message>
    <message>
        <source>Keep the &amp;other one</source>
        <translation>Conserver l’au&amp;tre</translation>
    </message>
    <message>
        <source>&amp;Undo (U)</source>
        <translation>Annuler (&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last decision made here</source>
        <translation>Annuler la dernière décision prise ici</translation>
    </message>
    <message>
        <source>&amp;Previous ({key})</source>
        <translation>Pré&amp;cédente ({key})</translation>
    </message>
    <message>
        <source>S&amp;kip (Space, {key})</source>
        <translation>&amp;Passer (Espace, {key})</translation>
    </message>
    <message>
        <source>Comparing every object with the others: inventory numbers, titles, measurements, photos. Cancel stops it.</source>
        <translation>Comparaison de chaque objet avec les autres&#xa0;: numéros d’inventaire, titres, dimensions, photos. «&#xa0;Annuler&#xa0;» l’arrête.</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>Annulé&#xa0;: la liste n’est pas complète.</translation>
    </message>
    <message>
        <source>The search was cancelled before the end. Look again to finish it.</source>
        <translation>La recherche a été annulée avant la fin. Relancez-la pour la terminer.</translation>
    </message>
    <message>
        <source>The search for duplicates failed.</source>
        <translation>La recherche de doublons a échoué.</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
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
        <translation>Cette page compare chaque objet aux autres — numéros d’inventaire, titres dans toute écriture, dimensions, photos — et liste ceux qui pourraient être le même objet documenté deux fois.

Rien n’a été trouvé&#xa0;: aucun couple d’objets ne semble être le même objet.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n paire à examiner.</numerusform>
            <numerusform>%n paires à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs to review ({n})</source>
        <translation>Paires à examiner ({n})</translation>
    </message>
    <message>
        <source>This pair cannot be shown: {why}</source>
        <translation>Impossible d’afficher cette paire&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{merged} merged into {kept}.</source>
        <translation>{merged} fusionné dans {kept}.</translation>
    </message>
    <message>
        <source>{a} and {b} are two objects: they will not be suggested again.</source>
        <translation>{a} et {b} sont deux objets&#xa0;: ils ne seront plus proposés.</translation>
    </message>
    <message>
        <source>Every pair found is decided. Look again after new records.</source>
        <translation>Toutes les paires trouvées sont décidées. Relancez la recherche après de nouvelles fiches.</translation>
    </message>
    <message>
        <source>Nothing to undo here: past decisions are in the Decisions tab.</source>
        <translation>Rien à annuler ici&#xa0;: les décisions passées sont dans l’onglet Décisions.</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are back as they were.</source>
        <translation>Annulé&#xa0;: {a} et {b} sont revenus tels qu’ils étaient.</translation>
    </message>
</context>
<context>
    <name>DuplicatesSection</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n pair(s) to review</source>
        <translation>
            <numerusform>{title}&#xa0;: %n paire à examiner</numerusform>
            <numerusform>{title}&#xa0;: %n paires à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s) to review</source>
        <translation>
            <numerusform>%n paire de doublons possibles à examiner</numerusform>
            <numerusform>%n paires de doublons possibles à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
</context>
<context>
    <name>EvacuationPage</name>
    <message>
        <source>&amp;1 Plan and pack</source>
        <translation>&amp;1 Planifier et emballer</translation>
    </message>
    <message>
        <source>&amp;2 Depart</source>
        <translation>&amp;2 Départ</translation>
    </message>
    <message>
        <source>&amp;3 Check in</source>
        <translation>&amp;3 Réception</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Où maintenant</translation>
    </message>
    <message>
        <source>Salvage priority list</source>
        <translation>Liste des priorités de sauvetage</translation>
    </message>
    <message>
        <source>Salvage &amp;priority list (first to save at the top)</source>
        <translation>Liste des &amp;priorités de sauvetage (les premiers à sauver en haut)</translation>
    </message>
    <message>
        <source>Container to pack into</source>
        <translation>Contenant où emballer</translation>
    </message>
    <message>
        <source>Pac&amp;k the selected objects</source>
        <translation>Em&amp;baller les objets choisis</translation>
    </message>
    <message>
        <source>&amp;Labels of the selected objects…</source>
        <translation>É&amp;tiquettes des objets choisis…</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenants</translation>
    </message>
    <message>
        <source>&amp;New container…</source>
        <translation>&amp;Nouveau contenant…</translation>
    </message>
    <message>
        <source>Pack &amp;into:</source>
        <translation>E&amp;mballer dans&#xa0;:</translation>
    </message>
    <message>
        <source>A new movement</source>
        <translation>Un nouveau mouvement</translation>
    </message>
    <message>
        <source>codes or inventory numbers; separate with ;</source>
        <translation>codes ou numéros d’inventaire&#xa0;; séparez par&#xa0;;</translation>
    </message>
    <message>
        <source>Add the &amp;selected containers</source>
        <translation>A&amp;jouter les contenants choisis</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Sensitive: left out of bundles sent with locations removed.</source>
        <translation>Sensible&#xa0;: omis des paquets envoyés sans les lieux.</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Transp&amp;ort (sensitive):</source>
        <translation>&amp;Transport (sensible)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Plan it (print the permission first)</source>
        <translation>Plan&amp;ifier (imprimer d’abord l’autorisation)</translation>
    </message>
    <message>
        <source>&amp;Depart now</source>
        <translation>Partir maint&amp;enant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Disparus</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Cancel this departure…</source>
        <translation>Annuler ce départ…</translation>
    </message>
    <message>
        <source>A departure recorded by mistake: taken back while nothing of it has arrived.</source>
        <translation>Un départ enregistré par erreur&#xa0;: annulé tant que rien n’en est arrivé.</translation>
    </message>
    <message>
        <source>Mo&amp;vements</source>
        <translation>Mouveme&amp;nts</translation>
    </message>
    <message>
        <source>Movement to check in</source>
        <translation>Mouvement à réceptionner</translation>
    </message>
    <message>
        <source>&amp;Movement arriving:</source>
        <translation>&amp;Mouvement qui arrive&#xa0;:</translation>
    </message>
    <message>
        <source>Where the items are recorded</source>
        <translation>Là où les éléments sont enregistrés</translation>
    </message>
    <message>
        <source>Select objects in the list and a container to pack them into.</source>
        <translation>Choisissez des objets dans la liste et un contenant où les emballer.</translation>
    </message>
    <message>
        <source>Pack objects marked missing?</source>
        <translation>Emballer des objets marqués disparus&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are marked missing ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>%n de ces objets est marqué disparu ({objects}). L’emballer dans {code}&#xa0;?</numerusform>
            <numerusform>%n de ces objets sont marqués disparus ({objects}). Les emballer dans {code}&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack them into {code}</source>
        <translation>Les emballer dans {code}</translation>
    </message>
    <message>
        <source>Their status stays missing until you change it in each object. Cancel to leave them out.</source>
        <translation>Leur statut reste «&#xa0;Disparu&#xa0;» jusqu’à ce que vous le changiez dans chaque objet. Annulez pour les laisser de côté.</translation>
    </message>
    <message>
        <source>Pack objects recorded destroyed?</source>
        <translation>Emballer des objets enregistrés détruits&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are recorded destroyed or deleted ({objects}). Pack them into {code}?</source>
        <translation>
            <numerusform>%n de ces objets est enregistré détruit ou supprimé ({objects}). L’emballer dans {code}&#xa0;?</numerusform>
            <numerusform>%n de ces objets sont enregistrés détruits ou supprimés ({objects}). Les emballer dans {code}&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their status stays as it is. Cancel to leave them out, and check their status.</source>
        <translation>Leur statut reste tel quel. Annulez pour les laisser de côté, et vérifiez leur statut.</translation>
    </message>
    <message>
        <source>Move objects to {code}?</source>
        <translation>Déplacer les objets dans {code}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these objects are already packed in {containers}. Move them to {code}?</source>
        <translation>
            <numerusform>%n de ces objets est déjà emballé dans {containers}. Le déplacer dans {code}&#xa0;?</numerusform>
            <numerusform>%n de ces objets sont déjà emballés dans {containers}. Les déplacer dans {code}&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to {code}</source>
        <translation>Les déplacer dans {code}</translation>
    </message>
    <message>
        <source>Cancel to leave them where they are.</source>
        <translation>Annulez pour les laisser où ils sont.</translation>
    </message>
    <message>
        <source>A departure is recorded at once; until something of it arrives, Cancel this departure… takes it back.</source>
        <translation>Un départ est enregistré aussitôt&#xa0;; tant que rien n’en est arrivé, «&#xa0;Annuler ce départ…&#xa0;» le reprend.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Labels of the c&amp;ontainers…</source>
        <translation>Étiq&amp;uettes des contenants…</translation>
    </message>
    <message>
        <source>Packing lis&amp;t…</source>
        <translation>L&amp;iste de colisage…</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Team si&amp;ze:</source>
        <translation>Taille de l’é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Moved &amp;by:</source>
        <translation>Dé&amp;placé par&#xa0;:</translation>
    </message>
    <message>
        <source>Authorised b&amp;y:</source>
        <translation>A&amp;utorisé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Evac&amp;uation permission…</source>
        <translation>Autori&amp;sation d’évacuation…</translation>
    </message>
    <message>
        <source>&amp;Movement form…</source>
        <translation>&amp;Bordereau de mouvement…</translation>
    </message>
    <message>
        <source>Depart the se&amp;lected</source>
        <translation>Faire partir le mouvement c&amp;hoisi</translation>
    </message>
    <message>
        <source>Chec&amp;k in…</source>
        <translation>Ré&amp;ception…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) packed into {code}.</source>
        <translation>
            <numerusform>%n objet emballé dans {code}.</numerusform>
            <numerusform>%n objets emballés dans {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken out of {containers}.</source>
        <translation>
            <numerusform>%n sorti de {containers}.</numerusform>
            <numerusform>%n sortis de {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the items (codes) and where they go.</source>
        <translation>Indiquez les éléments (codes) et leur destination.</translation>
    </message>
    <message>
        <source>Items: nothing has the code {code}.</source>
        <translation>Éléments&#xa0;: rien ne porte le code {code}.</translation>
    </message>
    <message>
        <source>Departed.</source>
        <translation>Parti.</translation>
    </message>
    <message>
        <source>Planned: print its permission.</source>
        <translation>Planifié&#xa0;: imprimez son autorisation.</translation>
    </message>
    <message>
        <source>not recorded (choose it under From)</source>
        <translation>non enregistré (choisissez-le sous «&#xa0;De&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>What: {items} (%n object(s) in all)</source>
        <translation>
            <numerusform>Quoi&#xa0;: {items} (%n objet en tout)</numerusform>
            <numerusform>Quoi&#xa0;: {items} (%n objets en tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>From: {place}</source>
        <translation>De&#xa0;: {place}</translation>
    </message>
    <message>
        <source>To: {place}</source>
        <translation>Vers&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Authorised by: {name}</source>
        <translation>Autorisé par&#xa0;: {name}</translation>
    </message>
    <message>
        <source>nobody given</source>
        <translation>personne n’est indiqué</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) hold nothing: {containers}.</source>
        <translation>
            <numerusform>%n contenant ne contient rien&#xa0;: {containers}.</numerusform>
            <numerusform>%n contenants ne contiennent rien&#xa0;: {containers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Depart now?</source>
        <translation>Partir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Depart now</source>
        <translation>Partir maintenant</translation>
    </message>
    <message>
        <source>Goes back:</source>
        <translation>Retour&#xa0;:</translation>
    </message>
    <message>
        <source>{item}: {place}</source>
        <translation>{item}&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Cancel this departure?</source>
        <translation>Annuler ce départ&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel the departure</source>
        <translation>Annuler le départ</translation>
    </message>
    <message>
        <source>The movement is deleted and its items are where they were before it; its history keeps the departure.</source>
        <translation>Le mouvement est supprimé et ses éléments sont là où ils étaient avant lui&#xa0;; son historique conserve le départ.</translation>
    </message>
    <message>
        <source>Keep the departure</source>
        <translation>Garder le départ</translation>
    </message>
    <message>
        <source>Select what to print in the list first.</source>
        <translation>Choisissez d’abord dans la liste ce qu’il faut imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a bundle — FieldKit</source>
        <translation>Exporter un paquet — FieldKit</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation>Qui peut le lire</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Nobody is in your trust store yet. Add your coordinator&apos;s identity card under People &amp; keys, or export a plain bundle for auditors.</source>
        <translation>Vous ne faites encore confiance à personne. Ajoutez la carte d’identité de votre coordinateur sous Personnes et clés, ou exportez un paquet non chiffré pour les auditeurs.</translation>
    </message>
    <message>
        <source>&amp;Not encrypted (plain): for auditors or the public — anyone can read it</source>
        <translation>&amp;Non chiffré&#xa0;: pour les auditeurs ou le public — tout le monde peut le lire</translation>
    </message>
    <message>
        <source>The bundle is encrypted to the people ticked here (and to you). Names are the ones you gave them.</source>
        <translation>Le paquet est chiffré pour les personnes cochées ici (et pour vous). Les noms sont ceux que vous leur avez donnés.</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Quoi envoyer</translation>
    </message>
    <message>
        <source>&amp;Everything they are not known to have yet (recommended)</source>
        <translation>&amp;Tout ce qu’ils n’ont pas encore, à notre connaissance (recommandé)</translation>
    </message>
    <message>
        <source>Only what was never sent to them &amp;before</source>
        <translation>Seulement ce qui ne leur a jamais été envoyé a&amp;uparavant</translation>
    </message>
    <message>
        <source>E&amp;verything (a full copy)</source>
        <translation>T&amp;out (une copie complète)</translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS): a snapshot for reading only</source>
        <translation>&amp;Retirer les lieux (emplacement actuel, coordonnées, site, GPS des photos)&#xa0;: un instantané en lecture seule</translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions, actions) are NOT scrubbed: read them for places and names before you send this. A redacted bundle cannot be merged by its recipients.</source>
        <translation>Les champs de texte libre (descriptions, notes, inscriptions, actions) ne sont PAS nettoyés&#xa0;: relisez-les pour y chercher lieux et noms avant d’envoyer. Un paquet expurgé ne peut pas être fusionné par ses destinataires.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Choisir où enregistrer le paquet</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>Disque amovible</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Look for removable drives again</source>
        <translation>Rechercher à nouveau les disques amovibles</translation>
    </message>
    <message>
        <source>Largest bundle file</source>
        <translation>Taille maximale d’un fichier</translation>
    </message>
    <message>
        <source>Larger exports are split into several complete bundles. Type e.g. 700M.</source>
        <translation>Les exports plus gros sont découpés en plusieurs paquets complets. Saisissez par ex. 700M.</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>&amp;Fichier du paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Removable &amp;drive:</source>
        <translation>&amp;Disque amovible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Split into files of at most:</source>
        <translation>Dé&amp;couper en fichiers d’au plus&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · clé {fingerprint}…</translation>
    </message>
    <message>
        <source>Fingerprint: {digits}</source>
        <translation>Empreinte&#xa0;: {digits}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉE</translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation>même nom qu’une autre carte</translation>
    </message>
    <message>
        <source>Other cards with this name: {keys}.</source>
        <translation>Autres cartes portant ce nom&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>Cards marked NOT VERIFIED are not ticked for you: their fingerprint was never compared with their holder, and anyone can make a card with any name and role on it.</source>
        <translation>Les cartes NON VÉRIFIÉES ne sont pas cochées d’office&#xa0;: leur empreinte n’a jamais été comparée avec leur détenteur, et n’importe qui peut créer une carte à n’importe quel nom et rôle.</translation>
    </message>
    <message>
        <source>Several cards you trust have the same name, or names that look alike ({names}): tell them apart by the key digits, and rename one under People &amp; keys.</source>
        <translation>Plusieurs cartes de confiance ont le même nom, ou des noms semblables ({names})&#xa0;: distinguez-les par les chiffres de la clé, et renommez-en une sous Personnes et clés.</translation>
    </message>
    <message>
        <source>Not verified: you have not compared this fingerprint with its holder. If the card is not really theirs, whoever made it can read what you send to it.</source>
        <translation>Non vérifiée&#xa0;: vous n’avez pas comparé cette empreinte avec son détenteur. Si la carte n’est pas vraiment la sienne, celui qui l’a créée peut lire ce que vous lui envoyez.</translation>
    </message>
    <message>
        <source>To verify a card, ask its holder to read their fingerprint to you in person or by phone, then under People &amp; keys select the card and choose “Compare and mark verified…”.</source>
        <translation>Pour vérifier une carte, demandez à son détenteur de vous lire son empreinte en personne ou par téléphone, puis sous Personnes et clés sélectionnez la carte et choisissez «&#xa0;Comparer et marquer vérifiée…&#xa0;».</translation>
    </message>
    <message>
        <source>No removable drive found</source>
        <translation>Aucun disque amovible trouvé</translation>
    </message>
    <message>
        <source>Choose a drive…</source>
        <translation>Choisir un disque…</translation>
    </message>
    <message>
        <source>{drive} ({free} free)</source>
        <translation>{drive} ({free} libres)</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb)</source>
        <translation>Paquets FieldKit (*.fkb)</translation>
    </message>
    <message>
        <source>Tick at least one recipient, or choose a plain bundle.</source>
        <translation>Cochez au moins un destinataire, ou choisissez un paquet non chiffré.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation>{file} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The split size is not a size (type e.g. 700M or 3.9G).</source>
        <translation>La taille de découpage n’est pas une taille (saisissez par ex. 700M ou 3.9G).</translation>
    </message>
    <message>
        <source>You ticked {names}: not verified. If a card is not really its holder&apos;s, whoever made it can read this bundle.</source>
        <translation>Vous avez coché {names}&#xa0;: non vérifiés. Si une carte n’est pas vraiment celle de son détenteur, celui qui l’a créée peut lire ce paquet.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Annulé&#xa0;: aucun paquet n’a été écrit.</translation>
    </message>
    <message>
        <source>Bundle files written</source>
        <translation>Fichiers de paquet écrits</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>&amp;Ajouter une carte…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>{size} — fits a FAT32 USB stick</source>
        <translation>{size} — tient sur une clé USB FAT32</translation>
    </message>
    <message>
        <source>{size} — fits a CD</source>
        <translation>{size} — tient sur un CD</translation>
    </message>
    <message>
        <source>{size} — for e-mail or slow links</source>
        <translation>{size} — pour e-mail ou liaison lente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Revisions or records</source>
        <translation>Révisions ou fiches</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Number in stream</source>
        <translation>Numéro dans la série</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients: they already have everything. No bundle was written.</source>
        <translation>Rien de nouveau à envoyer à ces destinataires&#xa0;: ils ont déjà tout. Aucun paquet n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle file(s) written, {size} in all.</source>
        <translation>
            <numerusform>%n fichier de paquet écrit, {size} au total.</numerusform>
            <numerusform>%n fichiers de paquet écrits, {size} au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…)</source>
        <translation>{name} (clé {fingerprint}…)</translation>
    </message>
    <message>
        <source>{name} (key {fingerprint}…, not verified)</source>
        <translation>{name} (clé {fingerprint}…, non vérifiée)</translation>
    </message>
    <message>
        <source>Encrypted to: {names} and yourself.</source>
        <translation>Chiffré pour&#xa0;: {names} et vous-même.</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone who has the file can read it.</source>
        <translation>NON chiffré&#xa0;: quiconque a le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Locations were removed; free text was not. The recipients can read and verify this snapshot, not merge it.</source>
        <translation>Les lieux ont été retirés&#xa0;; le texte libre non. Les destinataires peuvent lire et vérifier cet instantané, pas le fusionner.</translation>
    </message>
</context>
<context>
    <name>ExportRecordsDialog</name>
    <message>
        <source>Export records — FieldKit</source>
        <translation>Exporter les fiches — FieldKit</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>Export des fiches</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;LIDO XML — for museum aggregators and collection systems (one file, photos in a folder beside it)</source>
        <translation>&amp;LIDO XML — pour agrégateurs et logiciels de collections (un fichier + dossier de photos)</translation>
    </message>
    <message>
        <source>Li&amp;nked Art JSON-LD — for linked-data systems (a folder of documents)</source>
        <translation>Li&amp;nked Art JSON-LD — pour les systèmes de données liées (un dossier de documents)</translation>
    </message>
    <message>
        <source>&amp;CSV — for spreadsheets, or to import into another vault</source>
        <translation>&amp;CSV — pour les tableurs, ou pour importer dans un autre coffre</translation>
    </message>
    <message>
        <source>Which objects</source>
        <translation>Quels objets</translation>
    </message>
    <message>
        <source>All objects; or type words they must contain</source>
        <translation>Tous les objets&#xa0;; ou tapez des mots qu’ils doivent contenir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Inventory numbers or ids, separated by ;</source>
        <translation>Numéros d’inventaire ou identifiants, séparés par&#xa0;;</translation>
    </message>
    <message>
        <source>Only these objects</source>
        <translation>Seulement ces objets</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Seulement ceux-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Status (none ticked: any):</source>
        <translation>Statut (aucun coché&#xa0;: tous)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove locations (current location, coordinates, site, photo GPS)</source>
        <translation>Re&amp;tirer les lieux (lieu actuel, coordonnées, site, GPS des photos)</translation>
    </message>
    <message>
        <source>Free-text fields (descriptions, notes, inscriptions) are NOT scrubbed: read them for places before you send this.</source>
        <translation>Les champs de texte libre (descriptions, notes, inscriptions) ne sont PAS nettoyés&#xa0;: relisez-les pour les lieux avant d’envoyer.</translation>
    </message>
    <message>
        <source>Write the &amp;photos beside the XML file</source>
        <translation>Écrire les &amp;photos à côté du fichier XML</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Fichier ou dossier d’export</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>&amp;Fichier ou dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export records for heritage systems</source>
        <translation>Exporter les fiches vers les systèmes patrimoniaux</translation>
    </message>
    <message>
        <source>LIDO XML (*.xml)</source>
        <translation>LIDO XML (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation>Un nouveau dossier (*)</translation>
    </message>
    <message>
        <source>Export the records to</source>
        <translation>Exporter les fiches vers</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Choisissez où écrire l’export.</translation>
    </message>
    <message>
        <source>{name} exists and is not an empty folder: choose a new name.</source>
        <translation>{name} existe et n’est pas un dossier vide&#xa0;: choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name.</source>
        <translation>{file} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The photo folder {name} exists already: choose another name.</source>
        <translation>Le dossier de photos {name} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Wrote {path}:</source>
        <translation>{path} écrit&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damage report(s)</source>
        <translation>
            <numerusform>%n constat de dommages</numerusform>
            <numerusform>%n constats de dommages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the folder {folder}</source>
        <translation>
            <numerusform>%n photo dans le dossier {folder}</numerusform>
            <numerusform>%n photos dans le dossier {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in conflict: exported as the automatic merge, and marked so.</source>
        <translation>
            <numerusform>%n objet en conflit&#xa0;: exporté selon la fusion automatique, et marqué comme tel.</numerusform>
            <numerusform>%n objets en conflit&#xa0;: exportés selon la fusion automatique, et marqués comme tels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add files: {what}</source>
        <translation>Ajouter des fichiers&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from: {what}</source>
        <translation>Retirer le fichier sélectionné de&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Salvage &amp;priority:</source>
        <translation>&amp;Priorité de sauvetage&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Incomplete Object ID only</source>
        <translation>Object ID &amp;incomplet seulement</translation>
    </message>
    <message>
        <source>De&amp;leted only</source>
        <translation>Suppri&amp;més seulement</translation>
    </message>
    <message>
        <source>Show only deleted records: open one to restore it from its history</source>
        <translation>N’afficher que les fiches supprimées&#xa0;: ouvrez-en une pour la rétablir depuis son historique</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>Tri&amp;er par&#xa0;:</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>The column the list is sorted by (a click on a column header does the same)</source>
        <translation>La colonne selon laquelle la liste est triée (un clic sur un en-tête de colonne fait de même)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <source>Z to A, highest first, newest first. Press to reverse.</source>
        <translation>Z à A, plus grand d’abord, plus récent d’abord. Appuyez pour inverser.</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <source>A to Z, lowest first, oldest first. Press to reverse.</source>
        <translation>A à Z, plus petit d’abord, plus ancien d’abord. Appuyez pour inverser.</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>Hand over — FieldKit</source>
        <translation>Remettre — FieldKit</translation>
    </message>
    <message>
        <source>&amp;Create handover</source>
        <translation>&amp;Créer la remise</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>Guide — FieldKit</source>
        <translation>Guide — FieldKit</translation>
    </message>
    <message>
        <source>Forgotten passphrase</source>
        <translation>Phrase secrète oubliée</translation>
    </message>
    <message>
        <source>On the unlock screen press « {recovery} » and type the recovery key that was printed or saved when the vault was made (dashes and spaces do not matter). FieldKit then asks you for a new passphrase. Without the passphrase or the recovery key nobody can open the vault: keep the key away from the computer.</source>
        <translation>Sur l’écran de déverrouillage, appuyez sur «&#xa0;{recovery}&#xa0;» et tapez la clé de secours imprimée ou enregistrée à la création du coffre (les tirets et les espaces ne comptent pas). FieldKit vous demande ensuite une nouvelle phrase secrète. Sans la phrase secrète ni la clé de secours, personne ne peut ouvrir le coffre&#xa0;: gardez la clé loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>Sending your work</source>
        <translation>Envoyer votre travail</translation>
    </message>
    <message>
        <source>{file} ▸ « {export} » (Ctrl+E) writes a signed bundle. Choose who can read it (your coordinator&apos;s card), then save it as a file, on a USB stick (« {drive} ») or in a shared folder. To send without thinking about it, add a sync folder once on the page « {bundles} » (« {add_sync} ») and press « {sync_now} » when it is reachable.</source>
        <translation>{file} ▸ «&#xa0;{export}&#xa0;» (Ctrl+E) écrit un paquet signé. Choisissez qui peut le lire (la carte de votre coordinateur), puis enregistrez-le dans un fichier, sur une clé USB («&#xa0;{drive}&#xa0;») ou dans un dossier partagé. Pour envoyer sans y penser, ajoutez une fois un dossier de synchro sur la page «&#xa0;{bundles}&#xa0;» («&#xa0;{add_sync}&#xa0;») et appuyez sur «&#xa0;{sync_now}&#xa0;» quand il est accessible.</translation>
    </message>
    <message>
        <source>Receiving bundles</source>
        <translation>Recevoir des paquets</translation>
    </message>
    <message>
        <source>{file} ▸ « {import} » (Ctrl+I) checks who signed each bundle and shows what it brings before anything changes. A record changed both here and elsewhere waits on the page « {conflicts} »: compare the versions, then keep one or merge them.</source>
        <translation>{file} ▸ «&#xa0;{import}&#xa0;» (Ctrl+I) vérifie qui a signé chaque paquet et montre ce qu’il apporte avant que rien ne change. Une fiche modifiée ici et ailleurs attend sur la page «&#xa0;{conflicts}&#xa0;»&#xa0;: comparez les versions, puis gardez-en une ou fusionnez-les.</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>On the page « {evacuation} »: « {pack} » (containers, labels, packing list), « {depart} » (the movement and its permission), « {check_in} » on arrival by scanning the labels. {custody} ▸ « {hand_over} » gives objects into someone else&apos;s care, with a certificate for both.</source>
        <translation>Sur la page «&#xa0;{evacuation}&#xa0;»&#xa0;: «&#xa0;{pack}&#xa0;» (contenants, étiquettes, liste de colisage), «&#xa0;{depart}&#xa0;» (le mouvement et son autorisation), «&#xa0;{check_in}&#xa0;» à l’arrivée en scannant les étiquettes. {custody} ▸ «&#xa0;{hand_over}&#xa0;» confie des objets à la garde de quelqu’un d’autre, avec un certificat pour chacun.</translation>
    </message>
    <message>
        <source>Where your records are</source>
        <translation>Où sont vos fiches</translation>
    </message>
    <message>
        <source>Everything is in the vault folder {folder}, encrypted with your passphrase: a lost laptop or USB stick does not give the records away. Bundles are signed and encrypted for the people you choose. Make a backup from « {settings} ».</source>
        <translation>Tout est dans le dossier du coffre {folder}, chiffré avec votre phrase secrète&#xa0;: un ordinateur portable ou une clé USB perdus ne livrent pas les fiches. Les paquets sont signés et chiffrés pour les personnes que vous choisissez. Faites une sauvegarde depuis «&#xa0;{settings}&#xa0;».</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>SIGNATURE INVALIDE</translation>
    </message>
    <message>
        <source>This version does not match the signature of the key it names ({fp}): it was changed after it was signed. Do not rely on it.</source>
        <translation>Cette version ne correspond pas à la signature de la clé qu’elle indique ({fp})&#xa0;: elle a été modifiée après sa signature. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>You made this change in this vault.</source>
        <translation>Vous avez fait cette modification dans ce coffre.</translation>
    </message>
    <message>
        <source>{name}, key {fp}, in your trusted people.</source>
        <translation>{name}, clé {fp}, parmi vos personnes de confiance.</translation>
    </message>
    <message>
        <source>{name}: this key was revoked in your trusted people.</source>
        <translation>{name}&#xa0;: cette clé a été révoquée dans vos personnes de confiance.</translation>
    </message>
    <message>
        <source>Key {fp} is not among your trusted people: nobody here has checked who holds it.</source>
        <translation>La clé {fp} n’est pas parmi vos personnes de confiance&#xa0;: personne ici n’a vérifié qui la détient.</translation>
    </message>
    <message>
        <source>Its card says “{name}” (only that person&apos;s claim).</source>
        <translation>Sa carte indique «&#xa0;{name}&#xa0;» (ce n’est que ce que cette personne affirme).</translation>
    </message>
    <message>
        <source>unverified author {fp}</source>
        <translation>auteur non vérifié {fp}</translation>
    </message>
    <message>
        <source>Dated more than a day ahead of this computer&apos;s clock when it arrived: the author&apos;s clock may be wrong.</source>
        <translation>Datée de plus d’un jour après l’horloge de cet ordinateur à son arrivée&#xa0;: l’horloge de l’auteur est peut-être fausse.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles — FieldKit</source>
        <translation>Importer des paquets — FieldKit</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>Vérification des paquets</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Paquets à importer</translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation>Choisir les paquets à importer</translation>
    </message>
    <message>
        <source>&amp;Check bundles</source>
        <translation>&amp;Vérifier les paquets</translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation>&amp;Paquets (déposez-les ici ou utilisez Ajouter…)&#xa0;:</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Each bundle is checked first, and you see who signed it and what it holds before anything changes in this vault. Bundles can be imported in any order and more than once: nothing is duplicated or overwritten.</source>
        <translation>Chaque paquet est d’abord vérifié&#xa0;: vous voyez qui l’a signé et ce qu’il contient avant que rien ne change dans ce coffre. Les paquets peuvent être importés dans n’importe quel ordre et plusieurs fois&#xa0;: rien n’est dupliqué ni écrasé.</translation>
    </message>
    <message>
        <source>Also import the bundles signed by keys I do not trust yet (their authors are shown as unverified)</source>
        <translation>Importer aussi les paquets signés par des clés auxquelles je ne fais pas encore confiance (leurs auteurs sont signalés non vérifiés)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Annuler — ne rien importer</translation>
    </message>
    <message>
        <source>What these bundles are</source>
        <translation>Contenu de ces paquets</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>None of these bundles can be imported.</source>
        <translation>Aucun de ces paquets ne peut être importé.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s); nothing is imported yet…</source>
        <translation>
            <numerusform>Vérification de %n paquet&#xa0;; rien n’est encore importé…</numerusform>
            <numerusform>Vérification de %n paquets&#xa0;; rien n’est encore importé…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n bundle(s)</source>
        <translation>
            <numerusform>&amp;Importer %n paquet</numerusform>
            <numerusform>&amp;Importer %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen}; {left_out} (see why below).</source>
        <translation>{chosen}&#xa0;; {left_out} (voir pourquoi ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be imported</source>
        <translation>
            <numerusform>%n paquet peut être importé</numerusform>
            <numerusform>%n paquets peuvent être importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be left out</source>
        <translation>
            <numerusform>%n sera écarté</numerusform>
            <numerusform>%n seront écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n bundle(s) passed the checks.</source>
        <translation>
            <numerusform>Le paquet a passé les vérifications.</numerusform>
            <numerusform>Les %n paquets ont passé les vérifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Importation de %n paquet…</numerusform>
            <numerusform>Importation de %n paquets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>What each bundle brought</source>
        <translation>Apport de chaque paquet</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported: {new}, {dup}, {photos} and {conflicts}.</source>
        <translation>
            <numerusform>%n paquet importé&#xa0;: {new}, {dup}, {photos} et {conflicts}.</numerusform>
            <numerusform>%n paquets importés&#xa0;: {new}, {dup}, {photos} et {conflicts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier bundle(s) from these senders not received yet: see Notes.</source>
        <translation>
            <numerusform>%n paquet antérieur de ces expéditeurs n’est pas encore arrivé&#xa0;: voir la colonne «&#xa0;Remarques&#xa0;».</numerusform>
            <numerusform>%n paquets antérieurs de ces expéditeurs ne sont pas encore arrivés&#xa0;: voir la colonne «&#xa0;Remarques&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) numbered like another from the same sender (was that laptop restored from a backup?): see Notes.</source>
        <translation>
            <numerusform>%n paquet porte le même numéro qu’un autre du même expéditeur (cet ordinateur a-t-il été restauré depuis une sauvegarde&#xa0;?)&#xa0;: voir la colonne «&#xa0;Remarques&#xa0;».</numerusform>
            <numerusform>%n paquets portent le même numéro qu’un autre du même expéditeur (cet ordinateur a-t-il été restauré depuis une sauvegarde&#xa0;?)&#xa0;: voir la colonne «&#xa0;Remarques&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Open &amp;Conflicts</source>
        <translation>Ouvrir les &amp;conflits</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>Nouvelles révisions</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Fiches en conflit</translation>
    </message>
    <message>
        <source>New photos</source>
        <translation>Nouvelles photos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Non importé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{record} that you deleted was kept by {person}: it is back.</source>
        <translation>Vous aviez supprimé {record}, mais {person} en a gardé sa version&#xa0;: la fiche est de retour.</translation>
    </message>
    <message>
        <source>Cancelled: nothing kept</source>
        <translation>Annulé&#xa0;: rien n’a été gardé</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n nouvelle révision</numerusform>
            <numerusform>%n nouvelles révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n nouvelle photo</numerusform>
            <numerusform>%n nouvelles photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) now in conflict</source>
        <translation>
            <numerusform>%n fiche désormais en conflit</numerusform>
            <numerusform>%n fiches désormais en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled while importing {file}: nothing from that bundle, or from the ones after it, was kept. Bundles listed above it were imported completely.</source>
        <translation>Annulé pendant l’importation de {file}&#xa0;: rien de ce paquet, ni des suivants, n’a été gardé. Les paquets listés au-dessus ont été importés entièrement.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Now in conflict: {names}. Choose what to keep on the Conflicts page.</source>
        <translation>Désormais en conflit&#xa0;: {names}. Choisissez quoi garder dans la page Conflits.</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de secours</translation>
    </message>
    <message>
        <source>When you continue, this new key replaces the old one, which then no longer opens this vault; it is the only way back in if the passphrase is forgotten. It is shown only now: write it on paper or print it, and keep it apart from this laptop.</source>
        <translation>Quand vous continuez, cette nouvelle clé remplace l’ancienne, qui n’ouvre alors plus ce coffre&#xa0;; c’est le seul moyen d’y revenir si la phrase secrète est oubliée. Elle n’est affichée que maintenant&#xa0;: notez-la sur papier ou imprimez-la, et gardez-la à l’écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation>Ce n’est pas la phrase secrète actuelle du coffre.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>code of the location this one is in (optional)</source>
        <translation>code du lieu où se trouve celui-ci (facultatif)</translation>
    </message>
    <message>
        <source>e.g. TS-2 (letters, digits, - . _ /)</source>
        <translation>ex. TS-2 (lettres, chiffres, - . _ /)</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Ici maintenant</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nouveau lieu</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenants</translation>
    </message>
    <message>
        <source>&amp;What it holds</source>
        <translation>Ce qu’il &amp;contient</translation>
    </message>
    <message>
        <source>New con&amp;tainer…</source>
        <translation>Nouveau co&amp;ntenant…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>R&amp;emettre…</translation>
    </message>
    <message>
        <source>What the selection holds</source>
        <translation>Ce que contient la sélection</translation>
    </message>
    <message>
        <source>New &amp;location…</source>
        <translation>Nouveau lie&amp;u…</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>Imprimer les éti&amp;quettes…</translation>
    </message>
    <message>
        <source>L&amp;ocations</source>
        <translation>L&amp;ieux</translation>
    </message>
    <message>
        <source>Co&amp;ntainers</source>
        <translation>Con&amp;tenants</translation>
    </message>
    <message>
        <source>Locations and containers</source>
        <translation>Lieux et contenants</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New object</source>
        <translation>&amp;Nouvel objet</translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation>Nouveau constat de &amp;dommages</translation>
    </message>
    <message>
        <source>&amp;Save open editors</source>
        <translation>&amp;Enregistrer tout</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <source>&amp;Verify bundles…</source>
        <translation>&amp;Vérifier des paquets…</translation>
    </message>
    <message>
        <source>Import a s&amp;preadsheet (CSV)…</source>
        <translation>Importer un &amp;tableur (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;records (LIDO, Linked Art, CSV)…</source>
        <translation>Exporter les &amp;fiches (LIDO, Linked Art, CSV)…</translation>
    </message>
    <message>
        <source>Vault &amp;settings</source>
        <translation>&amp;Paramètres du coffre</translation>
    </message>
    <message>
        <source>&amp;Object ID sheet of the selected object…</source>
        <translation>Fiche &amp;Object ID de l’objet sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Damage report of the selected report…</source>
        <translation>&amp;Constat de dommages sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Evacuation and inventory list…</source>
        <translation>Liste d’&amp;évacuation et d’inventaire…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About FieldKit</source>
        <translation>À &amp;propos de FieldKit</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>&amp;Guide…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Tout rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Searches objects and damage reports at once. Esc clears the search.</source>
        <translation>Recherche à la fois dans les objets et les constats de dommages. Échap efface la recherche.</translation>
    </message>
    <message>
        <source>There is no vault in {folder} yet. “Create a new vault…” makes one there.</source>
        <translation>Il n’y a pas encore de coffre dans {folder}. «&#xa0;Créer un nouveau coffre…&#xa0;» en crée un à cet endroit.</translation>
    </message>
    <message>
        <source>{vault} — FieldKit</source>
        <translation>{vault} — FieldKit</translation>
    </message>
    <message>
        <source>Check the folder, or make a vault with “Create a new vault…”.</source>
        <translation>Vérifiez le dossier, ou créez un coffre avec «&#xa0;Créer un nouveau coffre…&#xa0;».</translation>
    </message>
    <message>
        <source>This vault was shredded: nobody can open it any more.</source>
        <translation>Ce coffre a été détruit&#xa0;: plus personne ne peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Restore a backup if you have one.</source>
        <translation>Restaurez une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <source>This is a demo vault: its passphrase is “demo” unless you chose another.</source>
        <translation>Ceci est un coffre de démonstration&#xa0;: sa phrase secrète est «&#xa0;demo&#xa0;», sauf si vous en avez choisi une autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>%n objet importé depuis le tableur.</numerusform>
            <numerusform>%n objets importés depuis le tableur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was shredded: its keys are destroyed.</source>
        <translation>Le coffre a été détruit&#xa0;: ses clés sont effacées.</translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation>Coffre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Coffre de démonstration</translation>
    </message>
    <message>
        <source>{name} · key {fingerprint}</source>
        <translation>{name} · clé {fingerprint}</translation>
    </message>
    <message>
        <source>Your fingerprint: {fp}</source>
        <translation>Votre empreinte&#xa0;: {fp}</translation>
    </message>
    <message>
        <source>Spreadsheet import interrupted</source>
        <translation>Importation de tableur interrompue</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were not saved when FieldKit last locked, closed or stopped. They were kept, encrypted. Reopen them now?</source>
        <translation>
            <numerusform>%n modification n’était pas enregistrée au dernier verrouillage, à la dernière fermeture ou au dernier arrêt de FieldKit. Elle a été gardée, chiffrée. La rouvrir maintenant&#xa0;?</numerusform>
            <numerusform>%n modifications n’étaient pas enregistrées au dernier verrouillage, à la dernière fermeture ou au dernier arrêt de FieldKit. Elles ont été gardées, chiffrées. Les rouvrir maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s).</source>
        <translation>
            <numerusform>%n fiche enregistrée.</numerusform>
            <numerusform>%n fiches enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;Documents museum collections and the damage they suffer, offline, in an encrypted vault; exchanges signed, encrypted bundles.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0. Fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License). The licences of Qt (LGPL-3.0), SQLCipher and the other software FieldKit carries: {details}.&lt;/p&gt;&lt;p&gt;Vault: {vault}&lt;br&gt;Logs (no record text, places or passphrases): {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldKit {version}&lt;/h3&gt;&lt;p&gt;Documente les collections des musées et les dommages qu’elles subissent, hors ligne, dans un coffre chiffré&#xa0;; échange des paquets signés et chiffrés.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: Apache License 2.0. Polices&#xa0;: Noto Sans et Noto Sans Arabic (SIL Open Font License). Les licences de Qt (LGPL-3.0), de SQLCipher et des autres logiciels que FieldKit embarque&#xa0;: {details}.&lt;/p&gt;&lt;p&gt;Coffre&#xa0;: {vault}&lt;br&gt;Journaux (sans texte de fiche, lieux ni phrases secrètes)&#xa0;: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>À propos de FieldKit</translation>
    </message>
    <message>
        <source>Locking as soon as the keys are changed…</source>
        <translation>Verrouillage dès que les clés seront changées…</translation>
    </message>
    <message>
        <source>Wait until the keys are changed.</source>
        <translation>Attendez que les clés soient changées.</translation>
    </message>
</context>
<context>
    <name>MeasurementsInput</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase — FieldKit</source>
        <translation>Nouvelle phrase secrète — FieldKit</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Définir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Choose a new passphrase now, so you do not need the key next time. The recovery key keeps working.</source>
        <translation>Vous avez ouvert le coffre avec la clé de secours. Choisissez maintenant une nouvelle phrase secrète, pour ne pas avoir besoin de la clé la prochaine fois. La clé de secours reste valable.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète (à nouveau)</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À nouv&amp;eau&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Show a new recovery key</source>
        <translation>Afficher une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops working at once. Do this if the paper with the old key was lost or seen by someone else.</source>
        <translation>Une nouvelle clé de secours remplace l’ancienne, qui cesse aussitôt de fonctionner. Faites-le si le papier portant l’ancienne clé a été perdu ou vu par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Créer une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>The new recovery key is active: the old one no longer opens this vault. Backups made before still open only with the OLD recovery key, or with the passphrase the vault had when they were made.</source>
        <translation>La nouvelle clé de secours est active&#xa0;: l’ancienne n’ouvre plus ce coffre. Les sauvegardes faites avant s’ouvrent toujours uniquement avec l’ANCIENNE clé de secours, ou avec la phrase secrète qu’avait le coffre quand elles ont été faites.</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>inventory numbers of this vault, or other references; separate with ;</source>
        <translation>numéros d’inventaire de ce coffre, ou autres références&#xa0;; séparez par&#xa0;;</translation>
    </message>
    <message>
        <source>Objects of this vault: {list}</source>
        <translation>Objets de ce coffre&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Other references, kept as typed: {list}</source>
        <translation>Autres références, gardées telles que saisies&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Object ID completeness</source>
        <translation>Complétude Object ID</translation>
    </message>
    <message>
        <source>New damage &amp;report</source>
        <translation>Nouveau &amp;constat de dommages</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Missing: {names}</source>
        <translation>Manquant&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Complete: this object can be identified if it is stolen.</source>
        <translation>Complète&#xa0;: cet objet peut être identifié s’il est volé.</translation>
    </message>
    <message>
        <source>New object</source>
        <translation>Nouvel objet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Refresh the overview</source>
        <translation>Actualiser la vue d’ensemble</translation>
    </message>
    <message>
        <source>Damage reports by severity</source>
        <translation>Constats de dommages par gravité</translation>
    </message>
    <message>
        <source>Damage reports by urgency</source>
        <translation>Constats de dommages par urgence</translation>
    </message>
    <message>
        <source>Objects by status</source>
        <translation>Objets par statut</translation>
    </message>
    <message>
        <source>Damage reports by site or institution</source>
        <translation>Constats de dommages par site ou institution</translation>
    </message>
    <message>
        <source>&amp;Needing immediate action</source>
        <translation>A&amp;ction immédiate nécessaire</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>N° inv.</translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation>Objet ou site</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>Gravité maximale</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Site or institution</source>
        <translation>Site ou institution</translation>
    </message>
    <message>
        <source>Objects needing immediate action</source>
        <translation>Objets nécessitant une action immédiate</translation>
    </message>
    <message>
        <source>Recent &amp;imports by sender</source>
        <translation>&amp;Importations récentes par expéditeur</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>Nouvelles révisions</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Bifurcations</translation>
    </message>
    <message>
        <source>Recent imports by sender</source>
        <translation>Importations récentes par expéditeur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the object or report.</source>
        <translation>Double-cliquez sur une ligne (ou appuyez sur Entrée) pour ouvrir l’objet ou le constat.</translation>
    </message>
    <message>
        <source>{objects} and {damage}.</source>
        <translation>{objects} et {damage}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln objet</numerusform>
            <numerusform>%Ln objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage report(s)</source>
        <translation>
            <numerusform>%Ln constat de dommages</numerusform>
            <numerusform>%Ln constats de dommages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) immediate action;</source>
        <translation>
            <numerusform>%n nécessite une action immédiate&#xa0;;</numerusform>
            <numerusform>%n nécessitent une action immédiate&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict.</source>
        <translation>
            <numerusform>%n fiche en conflit.</numerusform>
            <numerusform>%n fiches en conflit.</numerusform>
        </translation>
    </message>
    <message>
        <source>All others</source>
        <translation>Tous les autres</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Site report</source>
        <translation>Constat de site</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Kept: {object}</source>
        <translation>Conservée&#xa0;: {object}</translation>
    </message>
    <message>
        <source>{percent} % alike:
{reasons}</source>
        <translation>Ressemblance {percent} %&#xa0;:
{reasons}</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>{field} differs</source>
        <translation>{field} diffère</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠ and in bold.</source>
        <translation>
            <numerusform>%n champ diffère, marqué ≠ et en gras.</numerusform>
            <numerusform>%n champs diffèrent, marqués ≠ et en gras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Choisir où enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>Écrire le &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it with this document?</source>
        <translation>{file} existe déjà. Le remplacer par ce document&#xa0;?</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Annulé&#xa0;: aucun PDF n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {file}.</source>
        <translation>
            <numerusform>%n page écrite dans {file}.</numerusform>
            <numerusform>%n pages écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is no longer where it was written.</source>
        <translation>Le PDF n’est plus là où il a été écrit.</translation>
    </message>
    <message>
        <source>No program to show PDFs was found. The file is {file}.</source>
        <translation>Aucun programme pour afficher les PDF n’a été trouvé. Le fichier est {file}.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Export identity car&amp;d…</source>
        <translation>Exporter la &amp;carte d’identité…</translation>
    </message>
    <message>
        <source>Export &amp;minisign public key…</source>
        <translation>Exporter la clé publique &amp;minisign…</translation>
    </message>
    <message>
        <source>Co&amp;py fingerprint</source>
        <translation>Co&amp;pier l’empreinte</translation>
    </message>
    <message>
        <source>Name, organisation, role:</source>
        <translation>Nom, organisation, rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Your fingerprint: read it to people who import your card, in person or on the phone, so they know the card is yours.</source>
        <translation>Votre empreinte&#xa0;: lisez-la aux personnes qui importent votre carte, en personne ou par téléphone, pour qu’elles sachent que la carte est bien la vôtre.</translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation>Personnes de confiance</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation (their claim)</source>
        <translation>Organisation (selon elle)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Compared in person</source>
        <translation>Comparée en personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>A&amp;jouter une carte…</translation>
    </message>
    <message>
        <source>Compare and mark &amp;verified…</source>
        <translation>Comparer et marquer &amp;vérifiée…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rev&amp;oke…</source>
        <translation>Révo&amp;quer…</translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation>Personnes et clés</translation>
    </message>
    <message>
        <source>{name}, {organisation} — {role}</source>
        <translation>{name}, {organisation} — {role}</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>aucune organisation</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>révoquée le {date}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>same name as another card</source>
        <translation>même nom qu’une autre carte</translation>
    </message>
    <message>
        <source>yes, {date}</source>
        <translation>oui, {date}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Not verified: FieldKit does not send bundles to this card unless you tick it yourself. Ask its holder to read their fingerprint in person or by phone, then use “Compare and mark verified…”.</source>
        <translation>Non vérifiée&#xa0;: FieldKit n’envoie pas de paquets à cette carte sauf si vous la cochez vous-même. Demandez à son détenteur de lire son empreinte en personne ou par téléphone, puis utilisez «&#xa0;Comparer et marquer vérifiée…&#xa0;».</translation>
    </message>
    <message>
        <source>Another card you trust has the same name, or one that looks alike: tell them apart by the fingerprint, and rename one.</source>
        <translation>Une autre carte de confiance a le même nom, ou un nom semblable&#xa0;: distinguez-les par l’empreinte, et renommez-en une.</translation>
    </message>
    <message>
        <source>Save your identity card</source>
        <translation>Enregistrer votre carte d’identité</translation>
    </message>
    <message>
        <source>Identity cards (*.fkid)</source>
        <translation>Cartes d’identité (*.fkid)</translation>
    </message>
    <message>
        <source>Identity card saved to {file}.</source>
        <translation>Carte d’identité enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>Save your minisign public key</source>
        <translation>Enregistrer votre clé publique minisign</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Clés publiques minisign (*.pub)</translation>
    </message>
    <message>
        <source>Minisign public key saved to {file}.</source>
        <translation>Clé publique minisign enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>Choose an identity card</source>
        <translation>Choisir une carte d’identité</translation>
    </message>
    <message>
        <source>Revoke a key — FieldKit</source>
        <translation>Révoquer une clé — FieldKit</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Bundles and revisions it signs after the last bundle you imported from it will be refused. A revoked key cannot be trusted again.</source>
        <translation>Révoquer la clé de {name}&#xa0;? Les paquets et révisions qu’elle signe après le dernier paquet importé d’elle seront refusés. Une clé révoquée ne peut plus redevenir de confiance.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Enter opens a photo; right-click or the Menu key: remove, role, caption.</source>
        <translation>Entrée ouvre une photo&#xa0;; clic droit ou touche Menu&#xa0;: retirer, rôle, légende.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Légende…</translation>
    </message>
    <message>
        <source>No photos yet. Drop photos here or use “Add photos…”.</source>
        <translation>Pas encore de photos. Déposez des photos ici ou utilisez «&#xa0;Ajouter des photos…&#xa0;».</translation>
    </message>
    <message>
        <source>Photos in italics are not saved yet: Save keeps them with the record.</source>
        <translation>Les photos en italique ne sont pas encore enregistrées&#xa0;: «&#xa0;Enregistrer&#xa0;» les garde avec la fiche.</translation>
    </message>
    <message>
        <source>Role of the next photos</source>
        <translation>Rôle des prochaines photos</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Ajouter des p&amp;hotos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <source>&amp;Caption…</source>
        <translation>Lé&amp;gende…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Taken {when}</source>
        <translation>Prise le {when}</translation>
    </message>
    <message>
        <source>No capture time in the photo</source>
        <translation>Pas d’heure de prise de vue dans la photo</translation>
    </message>
    <message>
        <source>GPS {lat:.5f}, {lon:.5f}</source>
        <translation>GPS {lat:.5f}, {lon:.5f}</translation>
    </message>
    <message>
        <source>Photo — FieldKit</source>
        <translation>Photo — FieldKit</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Photo suivante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>Only the thumbnail of this photo is in this vault.</source>
        <translation>Seule la vignette de cette photo se trouve dans ce coffre.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: {what}</source>
        <translation>Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the fingerprint</source>
        <translation>Code QR de l’empreinte</translation>
    </message>
    <message>
        <source>QR code unavailable</source>
        <translation>Code QR indisponible</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of “{name}”</source>
        <translation>Destinataires de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Tick who the bundles left in this folder are for. With none ticked, they go to every verified coordinator.</source>
        <translation>Cochez les destinataires des paquets déposés dans ce dossier. Si aucun n’est coché, ils vont à tous les coordinateurs vérifiés.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>{name} — {role} · key {fingerprint}…</source>
        <translation>{name} — {role} · clé {fingerprint}…</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Click to enlarge</source>
        <translation>Cliquez pour agrandir</translation>
    </message>
    <message>
        <source>Photo of {object}</source>
        <translation>Photo de {object}</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message numerus="yes">
        <source>+%n more photo(s)</source>
        <translation>
            <numerusform>+%n autre photo</numerusform>
            <numerusform>+%n autres photos</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Kept: this record stays</source>
        <translation>✔ Conservée&#xa0;: cette fiche reste</translation>
    </message>
    <message>
        <source>Merged into the kept one if the same</source>
        <translation>Fusionnée dans la fiche conservée si c’est le même objet</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Delete this record (its history is kept, and it can be restored)</source>
        <translation>Supprimer cette fiche (son historique est gardé, et elle peut être restaurée)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This record is in conflict: another version exists. Settle it in Conflicts before editing.</source>
        <translation>Cette fiche est en conflit&#xa0;: une autre version existe. Tranchez dans Conflits avant de modifier.</translation>
    </message>
    <message>
        <source>Open in Conflicts</source>
        <translation>Ouvrir dans Conflits</translation>
    </message>
    <message>
        <source>{label} (sensitive)</source>
        <translation>{label} (sensible)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitive: where things are. Left out of bundles sent with locations removed.</source>
        <translation>Sensible&#xa0;: où se trouvent les choses. Omis des paquets envoyés sans les lieux.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Restore this &amp;version…</source>
        <translation>Restaurer cette &amp;version…</translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected above</source>
        <translation>Rétablir les champs et les photos de la version sélectionnée ci-dessus</translation>
    </message>
    <message>
        <source>Deleted. To bring it back, select a version in the history and choose “Restore this version…”.</source>
        <translation>Supprimée. Pour la rétablir, sélectionnez une version dans l’historique et choisissez «&#xa0;Restaurer cette version…&#xa0;».</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <source>{record} (deleted)</source>
        <translation>{record} (supprimée)</translation>
    </message>
    <message>
        <source>{field} must be a date and time written {pattern} (e.g. {example}).</source>
        <translation>Le champ {field} doit être une date et une heure écrites {pattern} (par ex. {example}).</translation>
    </message>
    <message>
        <source>{field} must be a date written {pattern} (e.g. {example}).</source>
        <translation>Le champ {field} doit être une date écrite {pattern} (par ex. {example}).</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Non enregistré&#xa0;: {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Save a record in conflict?</source>
        <translation>Enregistrer une fiche en conflit&#xa0;?</translation>
    </message>
    <message>
        <source>This record is in conflict: another version exists.</source>
        <translation>Cette fiche est en conflit&#xa0;: une autre version existe.</translation>
    </message>
    <message>
        <source>Saving now adds your changes to the version shown here. The other version is kept, and the record stays in Conflicts until someone settles it there.</source>
        <translation>Enregistrer maintenant ajoute vos modifications à la version affichée ici. L’autre version est conservée, et la fiche reste dans Conflits jusqu’à ce que quelqu’un y tranche.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <source>Reopened with the changes you had not saved (kept {when}): save them to keep them.</source>
        <translation>Rouvert avec les modifications que vous n’aviez pas enregistrées (gardées le {when})&#xa0;: enregistrez-les pour les garder.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by you elsewhere ({when}): the form shows its new values.</source>
        <translation>Cette fiche a été modifiée entre-temps par vous, ailleurs ({when})&#xa0;: le formulaire montre ses nouvelles valeurs.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who} ({when}): the form shows its new values.</source>
        <translation>Cette fiche a été modifiée entre-temps par {who} ({when})&#xa0;: le formulaire montre ses nouvelles valeurs.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by you elsewhere ({when}). Where that change and your typing differ, both values are shown: choose one for each, then save.</source>
        <translation>Cette fiche a été modifiée entre-temps par vous, ailleurs ({when}). Là où cette modification et votre saisie diffèrent, les deux valeurs sont affichées&#xa0;: choisissez-en une pour chacun, puis enregistrez.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who} ({when}). Where you both changed a field, both values are shown: choose one for each, then save.</source>
        <translation>Cette fiche a été modifiée entre-temps par {who} ({when}). Là où vous avez tous deux modifié un champ, les deux valeurs sont affichées&#xa0;: choisissez-en une pour chacun, puis enregistrez.</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile by {who} ({when}). To keep your changes, restore it (“Restore this version…” in the history), then save; or discard them.</source>
        <translation>Cette fiche a été supprimée entre-temps par {who} ({when}). Pour garder vos modifications, restaurez-la («&#xa0;Restaurer cette version…&#xa0;» dans l’historique), puis enregistrez&#xa0;; ou abandonnez-les.</translation>
    </message>
    <message>
        <source>Changed meanwhile by you elsewhere ({when}): {value}</source>
        <translation>Modifié entre-temps par vous, ailleurs ({when})&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Use that value</source>
        <translation>Prendre cette valeur</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Garder ma saisie</translation>
    </message>
    <message>
        <source>Changed meanwhile by {who} ({when}): {value}</source>
        <translation>Modifié entre-temps par {who} ({when})&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Prendre leur valeur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Supprimer cette fiche&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “{record}”?</source>
        <translation>Supprimer «&#xa0;{record}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>It disappears from the lists and searches. Its history is kept: restore its last version from the history to bring it back.</source>
        <translation>Elle disparaît des listes et des recherches. Son historique est gardé&#xa0;: restaurez sa dernière version depuis l’historique pour la rétablir.</translation>
    </message>
    <message>
        <source>Your unsaved changes in the form are replaced.</source>
        <translation>Vos modifications non enregistrées dans le formulaire sont remplacées.</translation>
    </message>
    <message>
        <source>The version shown now stays in the history.</source>
        <translation>La version affichée maintenant reste dans l’historique.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>Restaurer cette version&#xa0;?</translation>
    </message>
    <message>
        <source>Bring back the fields and photos of the version selected in the history?</source>
        <translation>Rétablir les champs et les photos de la version sélectionnée dans l’historique&#xa0;?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored; your unsaved changes are in the form: save them to keep them.</source>
        <translation>Restaurée&#xa0;; vos modifications non enregistrées sont dans le formulaire&#xa0;: enregistrez-les pour les garder.</translation>
    </message>
    <message>
        <source>Restored as an object of its own: the merge was undone.</source>
        <translation>Restauré comme objet à part entière&#xa0;: la fusion a été annulée.</translation>
    </message>
    <message>
        <source>Restored; the change is in the history.</source>
        <translation>Restaurée&#xa0;; la modification figure dans l’historique.</translation>
    </message>
    <message>
        <source>It was not saved with the record yet.</source>
        <translation>Elle n’a pas encore été enregistrée avec la fiche.</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Retirer cette photo&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from this record?</source>
        <translation>Retirer la photo «&#xa0;{photo}&#xa0;» de cette fiche&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Photo retirée.</translation>
    </message>
    <message>
        <source>Photos added. Save to keep them with the record.</source>
        <translation>Photos ajoutées. Enregistrez pour les garder avec la fiche.</translation>
    </message>
    <message>
        <source>The history keeps it: restoring an earlier version brings it back.</source>
        <translation>L’historique la garde&#xa0;: restaurer une version antérieure la rétablit.</translation>
    </message>
    <message>
        <source>Photo role changed.</source>
        <translation>Rôle de la photo modifié.</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <source>&amp;Caption of this photo:</source>
        <translation>&amp;Légende de cette photo&#xa0;:</translation>
    </message>
    <message>
        <source>Photo caption changed.</source>
        <translation>Légende de la photo modifiée.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red, then add the photos again.</source>
        <translation>Corrigez les champs marqués en rouge, puis ajoutez à nouveau les photos.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Ajout de %n photo…</numerusform>
            <numerusform>Ajout de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo ajoutée.</numerusform>
            <numerusform>%n photos ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) refused.</source>
        <translation>
            <numerusform>%n photo refusée.</numerusform>
            <numerusform>%n photos refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos added.</source>
        <translation>Photos ajoutées.</translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation>Certaines photos n’ont pas été ajoutées</translation>
    </message>
    <message>
        <source>These photos were refused; the others were added:</source>
        <translation>Ces photos ont été refusées&#xa0;; les autres ont été ajoutées&#xa0;:</translation>
    </message>
    <message>
        <source>Cancelled: no photo was added.</source>
        <translation>Annulé&#xa0;: aucune photo n’a été ajoutée.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to “{record}” before closing?</source>
        <translation>Enregistrer vos modifications de «&#xa0;{record}&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>If you discard them, they are lost.</source>
        <translation>Si vous les abandonnez, elles sont perdues.</translation>
    </message>
    <message>
        <source>Wait for the photos to be added, or cancel first.</source>
        <translation>Attendez la fin de l’ajout des photos, ou annulez d’abord.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Impor&amp;t spreadsheet…</source>
        <translation>Importer un ta&amp;bleur…</translation>
    </message>
    <message>
        <source>Bring in an inventory kept in Excel or LibreOffice, saved as CSV</source>
        <translation>Importer un inventaire tenu dans Excel ou LibreOffice, enregistré en CSV</translation>
    </message>
    <message>
        <source>No objects yet. Add them one by one with New object, or bring in an inventory kept in a spreadsheet with Import spreadsheet…</source>
        <translation>Aucun objet pour l’instant. Ajoutez-les un par un avec Nouvel objet, ou importez un inventaire tenu dans un tableur avec Importer un tableur…</translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>{shown} affichés sur {total}</translation>
    </message>
    <message>
        <source>(filters on)</source>
        <translation>(filtres actifs)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Click to sort by this column; from the keyboard: Sort by (Alt+B)</source>
        <translation>Cliquez pour trier selon cette colonne&#xa0;; au clavier&#xa0;: Trier par (Alt+E)</translation>
    </message>
    <message>
        <source>Object ID incomplete: {n} missing</source>
        <translation>Object ID incomplet&#xa0;: {n} manquant(s)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyConfirmPage</name>
    <message>
        <source>The key is hidden while you type it back.</source>
        <translation>La clé est masquée pendant que vous la recopiez.</translation>
    </message>
    <message>
        <source>&amp;Show the key again</source>
        <translation>&amp;Afficher à nouveau la clé</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>To be sure you have it, type groups {first} and {second} of the key from your paper (counting from the left, first line then second):</source>
        <translation>Pour vérifier que vous l’avez, saisissez les groupes {first} et {second} de la clé depuis votre papier (en comptant depuis la gauche, première ligne puis deuxième)&#xa0;:</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>Groupe &amp;{n}&#xa0;:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>Groupe {n} de la clé de secours</translation>
    </message>
    <message>
        <source>The key was hidden because FieldKit was not used for a while.</source>
        <translation>La clé a été masquée car FieldKit n’a pas été utilisé depuis un moment.</translation>
    </message>
    <message>
        <source>Group {n} is not what the key says: check your paper.</source>
        <translation>Le groupe {n} ne correspond pas à la clé&#xa0;: vérifiez votre papier.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de secours</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de secours</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>FieldKit recovery key</source>
        <translation>Clé de secours FieldKit</translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe and separate from the laptop. Anyone who has it and the laptop can open the vault.</source>
        <translation>Gardez ce papier en lieu sûr, à l’écart de l’ordinateur. Quiconque a ce papier et l’ordinateur peut ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Save the recovery key in a file?</source>
        <translation>Enregistrer la clé de secours dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>This does not print on paper: the recovery key will be stored unencrypted in {file}, where anyone who copies that file can open the vault.</source>
        <translation>Ceci n’imprime pas sur papier&#xa0;: la clé de secours sera stockée non chiffrée dans {file}, où quiconque copie ce fichier peut ouvrir le coffre.</translation>
    </message>
    <message>
        <source>&amp;Save to the file</source>
        <translation>&amp;Enregistrer dans le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Rekey the vault</source>
        <translation>Changer les clés du coffre</translation>
    </message>
    <message>
        <source>For when a key may be in the wrong hands: new keys are made and the whole database and every photo are encrypted again. Afterwards neither the old passphrase nor the old recovery key opens the vault. Backups made before keep their old keys. This can take minutes for many photos; you can cancel while the photos are being encrypted again.</source>
        <translation>Pour le cas où une clé serait entre de mauvaises mains&#xa0;: de nouvelles clés sont créées et toute la base de données et chaque photo sont chiffrées à nouveau. Ensuite, ni l’ancienne phrase secrète ni l’ancienne clé de secours n’ouvrent le coffre. Les sauvegardes antérieures gardent leurs anciennes clés. Cela peut prendre plusieurs minutes s’il y a beaucoup de photos&#xa0;; vous pouvez annuler pendant le rechiffrement des photos.</translation>
    </message>
    <message>
        <source>&amp;Rekey now</source>
        <translation>&amp;Changer les clés</translation>
    </message>
    <message>
        <source>The vault has new keys: from now on it opens only with the new passphrase or the new recovery key. Backups made before still open only with the OLD passphrase or the OLD recovery key.</source>
        <translation>Le coffre a de nouvelles clés&#xa0;: désormais, il ne s’ouvre qu’avec la nouvelle phrase secrète ou la nouvelle clé de secours. Les sauvegardes faites avant s’ouvrent toujours uniquement avec l’ANCIENNE phrase secrète ou l’ANCIENNE clé de secours.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename — FieldKit</source>
        <translation>Renommer — FieldKit</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>Nom &amp;local&#xa0;:</translation>
    </message>
    <message>
        <source>The name FieldKit shows for this key (the card&apos;s own name is {name}).</source>
        <translation>Le nom que FieldKit affiche pour cette clé (le nom de la carte elle-même est {name}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Object ID sheet</source>
        <translation>Fiche Object ID</translation>
    </message>
    <message>
        <source>Damage report</source>
        <translation>Constat de dommages</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>Liste d’évacuation et d’inventaire</translation>
    </message>
    <message>
        <source>&amp;Leave locations out (for lists that leave the site)</source>
        <translation>Omettre les &amp;lieux (pour les listes qui quittent le site)</translation>
    </message>
    <message>
        <source>Objects sorted by salvage priority, with thumbnails and boxes to tick while packing. Tick nothing to list every object.</source>
        <translation>Objets triés par priorité de sauvetage, avec vignettes et cases à cocher pendant l’emballage. Ne cochez rien pour lister tous les objets.</translation>
    </message>
    <message>
        <source>Only objects with this status</source>
        <translation>Seulement les objets ayant ce statut</translation>
    </message>
    <message>
        <source>Only objects with this salvage priority</source>
        <translation>Seulement les objets ayant cette priorité de sauvetage</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — FieldKit</source>
        <translation>Restaurer une sauvegarde — FieldKit</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Nouveau dossier du coffre</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Utiliser plutôt la clé de secours</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restaurer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the folder a backup was written to and an empty folder for the restored vault. Use the passphrase the vault had when it was backed up.</source>
        <translation>Choisissez le dossier où une sauvegarde a été écrite et un dossier vide pour le coffre restauré. Utilisez la phrase secrète qu’avait le coffre lors de la sauvegarde.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de secours&#xa0;:</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery key</source>
        <translation>La clé de secours de la sauvegarde</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Utiliser plutôt la phrase secrète</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a folder for: {what}</source>
        <translation>Choisir un dossier pour&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Type or choose the backup folder.</source>
        <translation>Saisissez ou choisissez le dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>Type or choose an empty folder for the restored vault.</source>
        <translation>Saisissez ou choisissez un dossier vide pour le coffre restauré.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s recovery key.</source>
        <translation>Saisissez la clé de secours de la sauvegarde.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restored without some photos</source>
        <translation>Restauré sans certaines photos</translation>
    </message>
    <message numerus="yes">
        <source>The restored vault lacks %n photo(s): the vault had lost their files before this backup was made, and the backup lists them as missing:</source>
        <translation>
            <numerusform>Il manque %n photo au coffre restauré&#xa0;: le coffre avait perdu son fichier avant cette sauvegarde, et la sauvegarde l’indique comme manquante&#xa0;:</numerusform>
            <numerusform>Il manque %n photos au coffre restauré&#xa0;: le coffre avait perdu leurs fichiers avant cette sauvegarde, et la sauvegarde les indique comme manquantes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>Coffre restauré</translation>
    </message>
    <message>
        <source>The restored vault has the same identity key as the original. Use it INSTEAD of the lost or damaged vault, never both: two vaults with one key fork their bundles.</source>
        <translation>Le coffre restauré a la même clé d’identité que l’original. Utilisez-le À LA PLACE du coffre perdu ou endommagé, jamais les deux&#xa0;: deux coffres avec une seule clé font diverger leurs paquets.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. A backup opens with the passphrase the vault had when the backup was made. If you no longer know it, click “{button}” and type the recovery key of that time.</source>
        <translation>Cette phrase secrète n’ouvre pas la sauvegarde. Une sauvegarde s’ouvre avec la phrase secrète qu’avait le coffre quand elle a été faite. Si vous ne la connaissez plus, cliquez sur «&#xa0;{button}&#xa0;» et saisissez la clé de secours de cette époque.</translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation>Saisissez-la exactement comme imprimée&#xa0;; tirets et espaces n’ont pas d’importance.</translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message>
        <source>Clear search (Esc)</source>
        <translation>Effacer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Show every record again (the filters stay)</source>
        <translation>Afficher à nouveau toutes les fiches (les filtres restent)</translation>
    </message>
    <message>
        <source>Results for “{text}”:</source>
        <translation>Résultats pour «&#xa0;{text}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in {kind}</source>
        <translation>
            <numerusform>%n résultat dans {kind}</numerusform>
            <numerusform>%n résultats dans {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Affichés ci-dessous</translation>
    </message>
    <message>
        <source>Go to {kind}</source>
        <translation>Aller à {kind}</translation>
    </message>
</context>
<context>
    <name>ShredDialog</name>
    <message>
        <source>Shred this vault — FieldKit</source>
        <extracomment>The word `fieldkit shred` asks for (SPEC §11); the app also accepts its own language&apos;s word.</extracomment>
        <translation>Détruire ce coffre — FieldKit</translation>
    </message>
    <message>
        <source>SHRED</source>
        <comment>confirmation word, capitals</comment>
        <translation>DÉTRUIRE</translation>
    </message>
    <message>
        <source>This destroys the keys of the vault in {folder}. Afterwards NOBODY can open it: not you, not with the passphrase, not with the recovery key. Records and photos that were not sent in a bundle or backed up are lost for good. This cannot be undone.</source>
        <translation>Ceci détruit les clés du coffre dans {folder}. Ensuite PERSONNE ne peut l’ouvrir&#xa0;: ni vous, ni avec la phrase secrète, ni avec la clé de secours. Les fiches et photos qui n’ont pas été envoyées dans un paquet ou sauvegardées sont perdues définitivement. C’est irréversible.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
    <message>
        <source>To confirm, type {word}:</source>
        <translation>Pour confirmer, tapez {word}&#xa0;:</translation>
    </message>
    <message>
        <source>Type {word} to enable “{button}”.</source>
        <translation>Tapez {word} pour activer «&#xa0;{button}&#xa0;».</translation>
    </message>
    <message>
        <source>Shred the vault now</source>
        <translation>Détruire le coffre maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Shred this vault?</source>
        <translation>Détruire ce coffre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Force de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Last picked up</source>
        <translation>Dernière collecte</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Sync folders</source>
        <translation>Dossiers de synchro</translation>
    </message>
    <message>
        <source>No sync folder yet. Add a USB drive or a shared folder: FieldKit leaves your bundles there and picks up the ones addressed to you.</source>
        <translation>Pas encore de dossier de synchro. Ajoutez une clé USB ou un dossier partagé&#xa0;: FieldKit y dépose vos paquets et récupère ceux qui vous sont adressés.</translation>
    </message>
    <message>
        <source>&amp;Add sync folder…</source>
        <translation>A&amp;jouter un dossier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Remove the selected sync folder</source>
        <translation>Retirer le dossier de synchro sélectionné</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically when this folder appears</source>
        <translation>Synchroniser a&amp;utomatiquement quand ce dossier apparaît</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Sync the selected folder now</source>
        <translation>Synchroniser maintenant le dossier sélectionné</translation>
    </message>
    <message>
        <source>Choose who receives the bundles left in the selected sync folder</source>
        <translation>Choisir qui reçoit les paquets déposés dans le dossier de synchro sélectionné</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Sync folder status</source>
        <translation>État du dossier de synchro</translation>
    </message>
    <message>
        <source>Check again whether the selected sync folder can be reached</source>
        <translation>Vérifier à nouveau si le dossier de synchro sélectionné est joignable</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchro</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchro</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Résumé de la synchro</translation>
    </message>
    <message>
        <source>Trust the sen&amp;der…</source>
        <translation>Faire &amp;confiance à l’expéditeur…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Quarantined files</source>
        <translation>Fichiers en quarantaine</translation>
    </message>
    <message>
        <source>The S3 storage “{name}” can be reached again.</source>
        <translation>Le stockage S3 «&#xa0;{name}&#xa0;» est de nouveau joignable.</translation>
    </message>
    <message>
        <source>The sync folder “{name}” is connected.</source>
        <translation>Le dossier de synchro «&#xa0;{name}&#xa0;» est connecté.</translation>
    </message>
    <message>
        <source>Sync “{name}” now</source>
        <translation>Synchroniser «&#xa0;{name}&#xa0;» maintenant</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{where} on {endpoint}</source>
        <translation>{where} sur {endpoint}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>(last sync had a problem)</source>
        <translation>(problème à la dernière synchro)</translation>
    </message>
    <message>
        <source>{count} ({size})</source>
        <translation>{count} ({size})</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>en attente du serveur…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Sync f&amp;olders</source>
        <translation>D&amp;ossiers de synchro</translation>
    </message>
    <message>
        <source>Reci&amp;pients…</source>
        <translation>Des&amp;tinataires…</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>R&amp;éessayer</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(imports once you trust the sender&apos;s card)</source>
        <translation>(importé dès que vous faites confiance à la carte de l’expéditeur)</translation>
    </message>
    <message>
        <source>Trust the sender…</source>
        <translation>Faire confiance à l’expéditeur…</translation>
    </message>
    <message>
        <source>Sync “{name}” again</source>
        <translation>Synchroniser «&#xa0;{name}&#xa0;» de nouveau</translation>
    </message>
    <message>
        <source>Open the folder holding it</source>
        <translation>Ouvrir le dossier qui le contient</translation>
    </message>
    <message>
        <source>Copy the reason</source>
        <translation>Copier le motif</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Sync folder “{name}” added: {path}.</source>
        <translation>Dossier de synchro «&#xa0;{name}&#xa0;» ajouté&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Remove sync folder</source>
        <translation>Retirer le dossier de synchro</translation>
    </message>
    <message>
        <source>Forget the sync folder “{name}”? Nothing on it is touched, and bundles not yet acknowledged stay in the outbox.</source>
        <translation>Oublier le dossier de synchro «&#xa0;{name}&#xa0;»&#xa0;? Rien n’y est touché, et les paquets dont la réception n’est pas confirmée restent dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Sync folder “{name}” removed; nothing on it was touched.</source>
        <translation>Dossier de synchro «&#xa0;{name}&#xa0;» retiré&#xa0;; rien n’y a été touché.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) FieldKit left there stay; delete them once their recipients have them.</source>
        <translation>
            <numerusform>%n paquet que FieldKit y a laissé reste&#xa0;; supprimez-le quand ses destinataires l’ont reçu.</numerusform>
            <numerusform>Les %n paquets que FieldKit y a laissés restent&#xa0;; supprimez-les quand leurs destinataires les ont reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “{name}” automatically:</source>
        <translation>Synchronisation automatique de «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Syncing “{name}”:</source>
        <translation>Synchronisation de «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>waiting for the folder…</source>
        <translation>attente du dossier…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with “{name}”: {imported} ({new}), {delivered}, {read} and {written}, {quarantined}, {waiting}.</source>
        <translation>Synchronisé avec «&#xa0;{name}&#xa0;»&#xa0;: {imported} ({new}), {delivered}, {read} et {written}, {quarantined}, {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>%n paquet importé</numerusform>
            <numerusform>%n paquets importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n nouvelle révision</numerusform>
            <numerusform>%n nouvelles révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n livré</numerusform>
            <numerusform>%n livrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) read</source>
        <translation>
            <numerusform>%n accusé de réception lu</numerusform>
            <numerusform>%n accusés de réception lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n écrit</numerusform>
            <numerusform>%n écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en quarantaine</numerusform>
            <numerusform>%n en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n encore en attente</numerusform>
            <numerusform>%n encore en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantined {file}: {reason}</source>
        <translation>{file} mis en quarantaine&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Problem: {text}</source>
        <translation>Problème&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Not synced with “{name}”: the connection dropped. Nothing is lost; {waiting} for the next sync.</source>
        <translation>Non synchronisé avec «&#xa0;{name}&#xa0;»&#xa0;: la liaison est tombée. Rien n’est perdu&#xa0;; {waiting} pour la prochaine synchro.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) still waiting</source>
        <translation>
            <numerusform>%n paquet encore en attente</numerusform>
            <numerusform>%n paquets encore en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Done before it dropped: {imported} ({new}), {delivered}.</source>
        <translation>Fait avant la coupure&#xa0;: {imported} ({new}), {delivered}.</translation>
    </message>
    <message>
        <source>The sync with “{name}” was cancelled. What was already imported or delivered stays; the rest waits for the next sync.</source>
        <translation>La synchro avec «&#xa0;{name}&#xa0;» a été annulée. Ce qui a déjà été importé ou livré reste&#xa0;; le reste attend la prochaine synchro.</translation>
    </message>
    <message>
        <source>The sync with “{name}” failed.</source>
        <translation>La synchro avec «&#xa0;{name}&#xa0;» a échoué.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>TextListInput</name>
    <message>
        <source>separate several with ;</source>
        <translation>séparez-en plusieurs par&#xa0;;</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the vault</source>
        <extracomment>A visible focus frame on flat buttons (the welcome screen and dialogs use framed buttons).</extracomment>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Unlock with &amp;key</source>
        <translation>Déverrouiller avec la &amp;clé</translation>
    </message>
    <message>
        <source>This can take a minute on a large vault. Nothing is lost if it is interrupted: it starts again at the next unlock.</source>
        <translation>Sur un grand coffre, cela peut prendre une minute. Rien n’est perdu en cas d’interruption&#xa0;: la mise à jour reprendra au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>Shred this vault…</source>
        <translation>Détruire ce coffre…</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Dossier du coffre&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation>Utiliser plutôt la &amp;clé de secours</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Utiliser plutôt la &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de secours.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Updating this vault for the new version of FieldKit (once only)… {percent} %</source>
        <translation>Mise à jour du coffre pour la nouvelle version de FieldKit (une seule fois)… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again — or use the recovery key.</source>
        <translation>Cette phrase secrète n’ouvre pas le coffre. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez — ou utilisez la clé de secours.</translation>
    </message>
    <message numerus="yes">
        <source>(%n failed attempt(s))</source>
        <translation>
            <numerusform>(%n tentative échouée)</numerusform>
            <numerusform>(%n tentatives échouées)</numerusform>
        </translation>
    </message>
    <message>
        <source>If the passphrase is lost, click “{button}” below and type the key from its paper.</source>
        <translation>Si la phrase secrète est perdue, cliquez sur «&#xa0;{button}&#xa0;» ci-dessous et saisissez la clé depuis son papier.</translation>
    </message>
    <message>
        <source>Type it exactly as printed; dashes and spaces do not matter.</source>
        <translation>Saisissez-la exactement comme imprimée&#xa0;; tirets et espaces n’ont pas d’importance.</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase and keys</source>
        <translation>Phrase secrète et clés</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Re&amp;key the vault…</source>
        <translation>Changer les &amp;clés…</translation>
    </message>
    <message>
        <source>Quick: the data keeps its key.</source>
        <translation>Rapide&#xa0;: les données gardent leur clé.</translation>
    </message>
    <message>
        <source>The old recovery key stops working; the new one is shown once.</source>
        <translation>L’ancienne clé de secours cesse de fonctionner&#xa0;; la nouvelle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <source>If a key may be compromised: everything is encrypted again with new keys.</source>
        <translation>Si une clé est peut-être compromise&#xa0;: tout est chiffré à nouveau avec de nouvelles clés.</translation>
    </message>
    <message>
        <source>Backup and locking</source>
        <translation>Sauvegarde et verrouillage</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Sauv&amp;egarder…</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation>&amp;Verrouiller automatiquement après</translation>
    </message>
    <message>
        <source>An encrypted copy on another drive, made while you work.</source>
        <translation>Une copie chiffrée sur un autre disque, faite pendant que vous travaillez.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a new rec&amp;overy key…</source>
        <translation>Afficher une nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <source>without keyboard or mouse use (Ctrl+L locks at once).</source>
        <translation>sans utilisation du clavier ni de la souris (Ctrl+L verrouille aussitôt).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of FieldKit</source>
        <translation>Langue de FieldKit</translation>
    </message>
    <message>
        <source>FIELDKIT_LANG is set on this computer: FieldKit speaks {language} while it is set, whatever is chosen here.</source>
        <translation>FIELDKIT_LANG est défini sur cet ordinateur&#xa0;: tant qu’il l’est, la langue de FieldKit est {language}, quel que soit le choix fait ici.</translation>
    </message>
    <message>
        <source>The language saved here, {saved}, is used once it is no longer set.</source>
        <translation>La langue enregistrée ici, {saved}, sera utilisée dès que FIELDKIT_LANG ne sera plus défini.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>&amp;Shred this vault…</source>
        <translation>Dé&amp;truire ce coffre…</translation>
    </message>
    <message>
        <source>Destroys the vault&apos;s keys: nobody can open it again, not even with the recovery key. Send or back up what matters first.</source>
        <translation>Détruit les clés du coffre&#xa0;: plus personne ne peut l’ouvrir, même avec la clé de secours. Envoyez ou sauvegardez d’abord ce qui compte.</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Paramètres du coffre</translation>
    </message>
    <message>
        <source>Saved. FIELDKIT_LANG is set on this computer and decides the language while it is set.</source>
        <translation>Enregistré. FIELDKIT_LANG est défini sur cet ordinateur et décide de la langue tant qu’il l’est.</translation>
    </message>
    <message>
        <source>FieldKit will speak {language} from its next start; nothing you are working on is lost.</source>
        <translation>FieldKit parlera {language} dès son prochain démarrage&#xa0;; rien de ce que vous faites n’est perdu.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify bundles — FieldKit</source>
        <translation>Vérifier des paquets — FieldKit</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>Vérification des paquets</translation>
    </message>
    <message>
        <source>Check that a bundle is complete, unchanged since it was signed, and signed by a key you know. No vault is needed and nothing is written. Without a recipient&apos;s key the encrypted content is not inspected: the result says so.</source>
        <translation>Vérifiez qu’un paquet est complet, inchangé depuis sa signature et signé par une clé que vous connaissez. Aucun coffre n’est nécessaire et rien n’est écrit. Sans la clé d’un destinataire, le contenu chiffré n’est pas examiné&#xa0;: le résultat le signale.</translation>
    </message>
    <message>
        <source>Check bundles without importing them. Bundles addressed to this vault are also decrypted and every revision, signature and photo inside is checked.</source>
        <translation>Vérifiez des paquets sans les importer. Les paquets adressés à ce coffre sont aussi déchiffrés, et chaque révision, signature et photo qu’ils contiennent est vérifiée.</translation>
    </message>
    <message>
        <source>Bundles to verify</source>
        <translation>Paquets à vérifier</translation>
    </message>
    <message>
        <source>Choose bundles to verify</source>
        <translation>Choisir les paquets à vérifier</translation>
    </message>
    <message>
        <source>Keys you trust</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <source>Drop identity cards (.fkid) or minisign public keys (.pub) here</source>
        <translation>Déposez ici des cartes d’identité (.fkid) ou des clés publiques minisign (.pub)</translation>
    </message>
    <message>
        <source>Choose identity cards or public keys you trust</source>
        <translation>Choisir des cartes d’identité ou des clés publiques de confiance</translation>
    </message>
    <message>
        <source>Identity cards and public keys (*.fkid *.pub);;All files (*)</source>
        <translation>Cartes d’identité et clés publiques (*.fkid *.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aj&amp;outer…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Verify bundles</source>
        <translation>Vérifier des paquets</translation>
    </message>
    <message>
        <source>&amp;Bundles (drop them here or use Add…):</source>
        <translation>&amp;Paquets (déposez-les ici ou utilisez Ajouter…)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keys you trust (optional: the signer&apos;s identity card or .pub file):</source>
        <translation>&amp;Clés de confiance (facultatif&#xa0;: la carte d’identité ou le fichier .pub du signataire)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n bundle(s)…</source>
        <translation>
            <numerusform>Vérification de %n paquet…</numerusform>
            <numerusform>Vérification de %n paquets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}.</source>
        <translation>
            <numerusform>%n paquet vérifié&#xa0;: {good}, {bad}, {other}.</numerusform>
            <numerusform>%n paquets vérifiés&#xa0;: {good}, {bad}, {other}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact and signed by a trusted key</source>
        <translation>
            <numerusform>%n intact et signé par une clé de confiance</numerusform>
            <numerusform>%n intacts et signés par une clé de confiance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact but not signed by a key you trust</source>
        <translation>
            <numerusform>%n intact mais non signé par une clé de confiance</numerusform>
            <numerusform>%n intacts mais non signés par une clé de confiance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) checked: {good}, {bad}, {other}, {newer}.</source>
        <translation>
            <numerusform>%n paquet vérifié&#xa0;: {good}, {bad}, {other}, {newer}.</numerusform>
            <numerusform>%n paquets vérifiés&#xa0;: {good}, {bad}, {other}, {newer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by a newer FieldKit, not verified</source>
        <translation>
            <numerusform>%n créé par une version plus récente de FieldKit, non vérifié</numerusform>
            <numerusform>%n créés par une version plus récente de FieldKit, non vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify &amp;other bundles</source>
        <translation>Vérifier d’&amp;autres paquets</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation>Enregistrer le certificat de vérification</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Certificate saved to {file}.</source>
        <translation>Certificat enregistré dans {file}.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to FieldKit</source>
        <translation>Bienvenue dans FieldKit</translation>
    </message>
    <message>
        <source>Document objects and damage safely, even offline. Everything stays encrypted on this computer until you choose to send it.</source>
        <translation>Documentez objets et dommages en sécurité, même hors ligne. Tout reste chiffré sur cet ordinateur jusqu’à ce que vous choisissiez de l’envoyer.</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>&amp;Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle (no vault needed)…</source>
        <translation>&amp;Vérifier un paquet (sans coffre)…</translation>
    </message>
    <message>
        <source>First time here: make a vault and its recovery key</source>
        <translation>Première fois&#xa0;: créez un coffre et sa clé de secours</translation>
    </message>
    <message>
        <source>Choose the folder of an existing vault</source>
        <translation>Choisir le dossier d’un coffre existant</translation>
    </message>
    <message>
        <source>Bring back a vault from a backup folder</source>
        <translation>Rétablir un coffre depuis un dossier de sauvegarde</translation>
    </message>
    <message>
        <source>For auditors: check that a bundle is complete, unchanged and signed by a known key</source>
        <translation>Pour les auditeurs&#xa0;: vérifier qu’un paquet est complet, inchangé et signé par une clé connue</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Coffres récents</translation>
    </message>
    <message>
        <source>Recen&amp;t vaults:</source>
        <translation>Coffres récen&amp;ts&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>&amp;New object</source>
        <translation>&amp;Nouvel objet</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Constats de dommages</translation>
    </message>
    <message>
        <source>New &amp;damage report</source>
        <translation>Nouveau &amp;constat de dommages</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n match(es)</source>
        <translation>
            <numerusform>{title}&#xa0;: %n résultat</numerusform>
            <numerusform>{title}&#xa0;: %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>({n} to resolve)</source>
        <translation>({n} à résoudre)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n fiche en conflit</numerusform>
            <numerusform>%n fiches en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a damage report</source>
        <translation>un constat de dommages</translation>
    </message>
    <message>
        <source>Select {what} in its list first.</source>
        <translation>Sélectionnez d’abord {what} dans sa liste.</translation>
    </message>
    <message>
        <source>Then choose the report again.</source>
        <translation>Puis choisissez à nouveau le rapport.</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <source>When, where and in what condition</source>
        <translation>Quand, où et dans quel état</translation>
    </message>
    <message>
        <source>Printed on the handover certificate that both sides sign.</source>
        <translation>Imprimé sur le certificat de remise que les deux parties signent.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>Sensitive: left out of bundles sent with locations removed.</source>
        <translation>Sensible&#xa0;: omis des paquets envoyés sans les lieux.</translation>
    </message>
    <message>
        <source>Handed over &amp;at:</source>
        <translation>&amp;Date de remise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place (sensitive):</source>
        <translation>&amp;Lieu (sensible)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Handover created</source>
        <translation>Remise créée</translation>
    </message>
    <message>
        <source>It is complete when the receiver accepts it.</source>
        <translation>Elle sera complète quand le destinataire l’aura acceptée.</translation>
    </message>
    <message>
        <source>&amp;Print the handover certificate…</source>
        <translation>&amp;Imprimer le certificat de remise…</translation>
    </message>
    <message>
        <source>{receiver} accepts it in their own vault, so they need it there first: send them a bundle (File → Export a bundle…, or Bundles &amp; sync with a shared folder). They import it, then accept it under Custody → Handovers received…, signed with their key.

Print the certificate for both of you to sign now.</source>
        <translation>{receiver} l’accepte dans son propre coffre&#xa0;: il faut donc d’abord l’y faire parvenir. Envoyez-lui un paquet (Fichier → Exporter un paquet…, ou Paquets et synchro avec un dossier partagé). Il l’importe, puis l’accepte dans Garde → Remises reçues…, signée avec sa clé.

Imprimez maintenant le certificat, que vous signerez tous les deux.</translation>
    </message>
</context>
<context>
    <name>_ItemsPage</name>
    <message>
        <source>What is handed over</source>
        <translation>Ce qui est remis</translation>
    </message>
    <message>
        <source>Tick containers, or type codes and inventory numbers.</source>
        <translation>Cochez des contenants, ou tapez des codes et des numéros d’inventaire.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenants</translation>
    </message>
    <message numerus="yes">
        <source>{container} (%n item(s))</source>
        <translation>
            <numerusform>{container} (%n élément)</numerusform>
            <numerusform>{container} (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: nothing is packed in it.</source>
        <translation>Vide&#xa0;: rien n’y est emballé.</translation>
    </message>
    <message>
        <source>other items: codes or numbers; separate with ;</source>
        <translation>autres éléments&#xa0;: codes ou numéros&#xa0;; séparez par&#xa0;;</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>&amp;Contenants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other items:</source>
        <translation>&amp;Autres éléments&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Choisissez au moins un élément.</translation>
    </message>
    <message>
        <source>“{code}”: {why}</source>
        <translation>«&#xa0;{code}&#xa0;»&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>_ReceiverPage</name>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>The receiver, from the people you trust. They accept it in their own vault.</source>
        <translation>Le destinataire, parmi les personnes de confiance. Il l’accepte dans son propre coffre.</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>&amp;Ajouter une carte…</translation>
    </message>
    <message>
        <source>Nobody is trusted yet: add the receiver&apos;s card with Add a card…</source>
        <translation>Personne n’est encore de confiance&#xa0;: ajoutez la carte du destinataire avec «&#xa0;Ajouter une carte…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Clé de secours remplacée</translation>
    </message>
    <message>
        <source>Keys replaced (rekey)</source>
        <translation>Clés remplacées (rechiffrement)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Keys shredded</source>
        <translation>Clés détruites</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation>Fiche modifiée</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Fiche supprimée</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo ajoutée</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Bundle verified</source>
        <translation>Paquet vérifié</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>Confiance accordée</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <source>Spreadsheet imported</source>
        <translation>Feuille de calcul importée</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>révisions</translation>
    </message>
    <message>
        <source>new revisions</source>
        <translation>nouvelles révisions</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>doublons possibles</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>manques</translation>
    </message>
    <message>
        <source>forks</source>
        <translation>bifurcations</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>versions concurrentes</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>empreinte SHA-256</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>vault id</source>
        <translation>identifiant du coffre</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>notice by</source>
        <translation>avis de</translation>
    </message>
    <message>
        <source>object record</source>
        <translation>fiche d’objet</translation>
    </message>
    <message>
        <source>damage report</source>
        <translation>constat de dommages</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>container</source>
        <translation>contenant</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>mouvement</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>duplicate decision</source>
        <translation>décision sur un doublon</translation>
    </message>
    <message>
        <source>everything (full)</source>
        <translation>tout (complet)</translation>
    </message>
    <message>
        <source>changes (delta)</source>
        <translation>modifications (delta)</translation>
    </message>
    <message>
        <source>redacted snapshot</source>
        <translation>instantané expurgé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Event hash {hash}</source>
        <translation>Empreinte de l’événement {hash}</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>{name}-verification.pdf</source>
        <translation>{name}-vérification.pdf</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>N° inv.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>Priorité de sauvetage</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>This column cannot be sorted. To find the objects whose Object ID is incomplete, tick Incomplete Object ID only.</source>
        <translation>Cette colonne ne peut pas être triée. Pour trouver les objets dont l’Object ID est incomplet, cochez «&#xa0;Object ID incomplet seulement&#xa0;».</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Où maintenant</translation>
    </message>
    <message>
        <source>This column cannot be sorted: where an object is now is worked out from its movements, not kept in the object.</source>
        <translation>Cette colonne ne peut pas être triée&#xa0;: l’endroit où se trouve un objet est déduit de ses mouvements, il n’est pas enregistré dans l’objet.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Object or site</source>
        <translation>Objet ou site</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Missing (not found at its last reception)</source>
        <translation>Disparu (absent à sa dernière réception)</translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} et %n autre</numerusform>
            <numerusform>{items} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>In transit to {place}</source>
        <translation>En transit vers {place}</translation>
    </message>
    <message>
        <source>At {place}</source>
        <translation>À {place}</translation>
    </message>
    <message>
        <source>in container {code}</source>
        <translation>dans le contenant {code}</translation>
    </message>
    <message>
        <source>custodian: {name}</source>
        <translation>responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Custodian: {name}</source>
        <translation>Responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No movement recorded</source>
        <translation>Aucun mouvement enregistré</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>→ {place} (in transit)</source>
        <translation>→ {place} (en transit)</translation>
    </message>
    <message>
        <source>to {code}</source>
        <translation>vers {code}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Où maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Liste de colisage</translation>
    </message>
    <message>
        <source>Movement form</source>
        <translation>Bordereau de mouvement</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>Certificat de remise</translation>
    </message>
    <message>
        <source>Evacuation permission</source>
        <translation>Autorisation d’évacuation</translation>
    </message>
    <message>
        <source>Printing these documents is not available.</source>
        <translation>L’impression de ces documents n’est pas disponible.</translation>
    </message>
    <message>
        <source>Install FieldKit with its reports.</source>
        <translation>Installez FieldKit avec ses rapports.</translation>
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
        <translation>Événement</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Object ID description</source>
        <translation>Description Object ID</translation>
    </message>
    <message>
        <source>Location &amp; status</source>
        <translation>Emplacement et statut</translation>
    </message>
    <message>
        <source>Significance &amp; notes</source>
        <translation>Intérêt et notes</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <translation>Désolé, un problème est survenu dans FieldKit. Vos fiches enregistrées sont en sécurité.

Si cela se reproduit, donnez à l’équipe FieldKit ce numéro de rapport&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>no longer merged into {object}</source>
        <translation>n’est plus fusionné dans {object}</translation>
    </message>
    <message>
        <source>merged into {object}</source>
        <translation>fusionné dans {object}</translation>
    </message>
    <message>
        <source>{field}: {new}</source>
        <translation>{field}&#xa0;: {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>Photo added: {photo}</source>
        <translation>Photo ajoutée&#xa0;: {photo}</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo ajoutée</translation>
    </message>
    <message>
        <source>Photo removed: {photo}</source>
        <translation>Photo retirée&#xa0;: {photo}</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>Photo retirée</translation>
    </message>
    <message>
        <source>Photo: {old} → {new}</source>
        <translation>Photo&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>History incomplete: the earlier version has not arrived</source>
        <translation>Historique incomplet&#xa0;: la version précédente n’est pas encore arrivée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Merged versions</source>
        <translation>Versions fusionnées</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes (see tooltip)</source>
        <translation>
            <numerusform>et %n autre modification (voir l’infobulle)</numerusform>
            <numerusform>et %n autres modifications (voir l’infobulle)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>you ({name})</source>
        <translation>vous ({name})</translation>
    </message>
    <message>
        <source>{name} (revoked)</source>
        <translation>{name} (clé révoquée)</translation>
    </message>
    <message>
        <source>{name} (unverified)</source>
        <translation>{name} (non vérifié)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown key {fp}</source>
        <translation>clé inconnue {fp}</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>{file} is signed by a key that has been revoked: do not rely on it.</source>
        <translation>{file} est signé par une clé révoquée&#xa0;: ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>{file} did not pass verification: it was changed, damaged or is incomplete since it was signed. Do not rely on it.</source>
        <translation>{file} n’a pas passé la vérification&#xa0;: il a été modifié, endommagé ou est incomplet depuis sa signature. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>Nothing will be imported from it.</source>
        <translation>Rien n’en sera importé.</translation>
    </message>
    <message>
        <source>{file} could not be read as a FieldKit bundle: do not rely on it.</source>
        <translation>{file} n’a pas pu être lu comme un paquet FieldKit&#xa0;: ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>{file} was made by a newer FieldKit: update FieldKit to verify it.</source>
        <translation>{file} a été créé par une version plus récente de FieldKit&#xa0;: mettez FieldKit à jour pour le vérifier.</translation>
    </message>
    <message>
        <source>{file} is intact and was written by this vault.</source>
        <translation>{file} est intact et a été écrit par ce coffre.</translation>
    </message>
    <message>
        <source>{file} is intact and signed by {name}, whose key you trust.</source>
        <translation>{file} est intact et signé par {name}, dont vous faites confiance à la clé.</translation>
    </message>
    <message>
        <source>a trusted key</source>
        <translation>une clé de confiance</translation>
    </message>
    <message>
        <source>{file} is complete and its checksums match, but its signature could not be checked: the signer&apos;s key is not known here.</source>
        <translation>{file} est complet et ses sommes de contrôle concordent, mais sa signature n’a pas pu être vérifiée&#xa0;: la clé du signataire n’est pas connue ici.</translation>
    </message>
    <message>
        <source>{file} is intact, but it is signed by a key you do not trust yet. Compare the fingerprint with the sender before relying on it.</source>
        <translation>{file} est intact, mais signé par une clé à laquelle vous ne faites pas encore confiance. Comparez l’empreinte avec l’expéditeur avant de vous y fier.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not known here, so the signature could not be checked; trust their identity card on the People &amp; keys page, then check the bundle again.</source>
        <translation>La clé du signataire n’est pas connue ici&#xa0;: la signature n’a donc pas pu être vérifiée&#xa0;; accordez votre confiance à sa carte d’identité sur la page Personnes et clés, puis vérifiez à nouveau le paquet.</translation>
    </message>
    <message>
        <source>This vault itself</source>
        <translation>Ce coffre lui-même</translation>
    </message>
    <message>
        <source>Trusted; fingerprint compared in person on {date}</source>
        <translation>De confiance&#xa0;; empreinte comparée en personne le {date}</translation>
    </message>
    <message>
        <source>Trusted (you gave their key for this check)</source>
        <translation>De confiance (vous avez fourni sa clé pour cette vérification)</translation>
    </message>
    <message>
        <source>Trusted, but the fingerprint was never compared in person</source>
        <translation>De confiance, mais l’empreinte n’a jamais été comparée en personne</translation>
    </message>
    <message>
        <source>Revoked: bundles signed after the revocation are refused</source>
        <translation>Révoquée&#xa0;: les paquets signés après la révocation sont refusés</translation>
    </message>
    <message>
        <source>Not trusted: the key is only vouched for by the bundle itself</source>
        <translation>Pas de confiance&#xa0;: la clé n’est garantie que par le paquet lui-même</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Clé inconnue</translation>
    </message>
    <message>
        <source>Changes (delta)</source>
        <translation>Modifications (delta)</translation>
    </message>
    <message>
        <source>Everything (full)</source>
        <translation>Tout (complet)</translation>
    </message>
    <message>
        <source>Redacted snapshot, for reading only</source>
        <translation>Instantané expurgé, en lecture seule</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>NON chiffré</translation>
    </message>
    <message>
        <source>{kind}, number {n} of its stream, {sealed}</source>
        <translation>{kind}, numéro {n} de sa série, {sealed}</translation>
    </message>
    <message>
        <source>Not inspected (the content is encrypted for its recipients)</source>
        <translation>Non inspecté (le contenu est chiffré pour ses destinataires)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record snapshot(s)</source>
        <translation>
            <numerusform>%n instantané de fiche</numerusform>
            <numerusform>%n instantanés de fiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author card(s)</source>
        <translation>
            <numerusform>%n carte d’auteur</numerusform>
            <numerusform>%n cartes d’auteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n événement d’audit</numerusform>
            <numerusform>%n événements d’audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation notice(s)</source>
        <translation>
            <numerusform>%n avis de révocation</numerusform>
            <numerusform>%n avis de révocation</numerusform>
        </translation>
    </message>
    <message>
        <source>damage report of {date} on {number}</source>
        <extracomment>How many records of one kind of change are named before &quot;and N more&quot;; deletions are all named, however many: a deletion must never pass unseen.</extracomment>
        <translation>constat de dommages du {date} sur {number}</translation>
    </message>
    <message>
        <source>{number} “{title}”</source>
        <translation>{number} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes:</source>
        <translation>Supprime&#xa0;:</translation>
    </message>
    <message>
        <source>You deleted, they edited:</source>
        <translation>Supprimé ici, modifié par l’expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Edited here and by the sender (you choose):</source>
        <translation>Modifié ici et par l’expéditeur (à vous de choisir)&#xa0;:</translation>
    </message>
    <message>
        <source>New here:</source>
        <translation>Nouveau ici&#xa0;:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifie&#xa0;:</translation>
    </message>
    <message>
        <source>No object, report, container or place changes: all is here already.</source>
        <translation>Aucun objet, constat, contenant ni lieu ne change&#xa0;: tout est déjà ici.</translation>
    </message>
    <message>
        <source>Written by this vault: there is nothing to import.</source>
        <translation>Écrit par ce coffre&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>A redacted snapshot is for reading and verifying only: it cannot be merged.</source>
        <translation>Un instantané expurgé sert à lire et à vérifier seulement&#xa0;: il ne peut pas être fusionné.</translation>
    </message>
    <message>
        <source>This vault cannot read it: it was not encrypted to this vault.</source>
        <translation>Ce coffre ne peut pas le lire&#xa0;: il n’a pas été chiffré pour ce coffre.</translation>
    </message>
    <message>
        <source>Imported only if you tick the box below: its signer is not trusted yet.</source>
        <translation>Importé seulement si vous cochez la case ci-dessous&#xa0;: son signataire n’est pas encore de confiance.</translation>
    </message>
    <message>
        <source>Already imported on {date}: importing it again changes nothing.</source>
        <translation>Déjà importé le {date}&#xa0;: l’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>Still missing from this sender&apos;s stream afterwards: bundle(s) {numbers}.</source>
        <translation>Toujours manquants dans la série de cet expéditeur ensuite&#xa0;: paquet(s) {numbers}.</translation>
    </message>
    <message>
        <source>Fork: bundle {other} already holds the same place in this sender&apos;s stream with different content. Ask the sender why.</source>
        <translation>Bifurcation&#xa0;: le paquet {other} occupe déjà la même place dans la série de cet expéditeur avec un contenu différent. Demandez pourquoi à l’expéditeur.</translation>
    </message>
    <message>
        <source>Unknown (not in your trust store)</source>
        <translation>Inconnu (absent de votre magasin de confiance)</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Empreinte du signataire</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>The file could not be read as a bundle.</source>
        <translation>Le fichier n’a pas pu être lu comme un paquet.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {size} checked.</source>
        <translation>
            <numerusform>%n fichier, {size} vérifié.</numerusform>
            <numerusform>%n fichiers, {size} vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Série&#xa0;:</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import&#xa0;:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust this sender…</source>
        <translation>&amp;Faire confiance à cet expéditeur…</translation>
    </message>
    <message>
        <source>Trust the sender of {file}</source>
        <translation>Faire confiance à l’expéditeur de {file}</translation>
    </message>
    <message>
        <source>Save verification &amp;certificate as PDF…</source>
        <translation>Enregistrer le &amp;certificat de vérification en PDF…</translation>
    </message>
    <message>
        <source>Save the verification certificate of {file} as PDF</source>
        <translation>Enregistrer en PDF le certificat de vérification de {file}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Damage reports</source>
        <translation>Constats de dommages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Bundles &amp; sync</source>
        <translation>Paquets et synchro</translation>
    </message>
    <message>
        <source>People &amp; keys</source>
        <translation>Personnes et clés</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Paramètres du coffre</translation>
    </message>
</context>
</TS>
