<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>cli</name>
    <message>
        <source>cancelled.</source>
        <translation>annulé.</translation>
    </message>
    <message>
        <source>an internal error stopped this command (report id {report_id}). Please send the report id and the log file to your support contact.</source>
        <translation>une erreur interne a arrêté cette commande (rapport n° {report_id}). Envoyez ce numéro et le fichier journal à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
    <message>
        <source>Nothing new to send to these recipients; no bundle was written.</source>
        <translation>Rien de nouveau à envoyer à ces destinataires ; aucun lot n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n révision de fiche</numerusform>
            <numerusform>%n révisions de fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {size} bytes, {records}, {photos}, sequence {n}.</source>
        <translation>{file} écrit : {size} octets, {records}, {photos}, séquence {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted to: {who} and yourself.</source>
        <translation>Chiffré pour : {who} et vous-même.</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>personne d’autre</translation>
    </message>
    <message>
        <source>NOT encrypted: anyone with the file can read it.</source>
        <translation>NON chiffré : quiconque a le fichier peut le lire.</translation>
    </message>
    <message>
        <source>{file}: NOT imported. {reason}</source>
        <translation>{file} : NON importé. {reason}</translation>
    </message>
    <message>
        <source>{file}: {revisions}, {duplicates} already here, {photos}, {conflicts}.</source>
        <translation>{file} : {revisions}, {duplicates} déjà présentes, {photos}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s)</source>
        <translation>
            <numerusform>%n nouvelle révision</numerusform>
            <numerusform>%n nouvelles révisions</numerusform>
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
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n fiche en conflit</numerusform>
            <numerusform>%n fiches en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>signataire inconnu</translation>
    </message>
    <message>
        <source>{file}: VALID, signed by {who} ({fingerprint}), trusted.</source>
        <translation>{file} : VALIDE, signé par {who} ({fingerprint}), de confiance.</translation>
    </message>
    <message>
        <source>{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). Compare the fingerprint with the sender before trusting it.</source>
        <translation>{file} : intact, mais signé par une clé inconnue ou non fiable ({fingerprint}). Comparez l’empreinte avec l’expéditeur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>{file}: NOT VALID.</source>
        <translation>{file} : NON VALIDE.</translation>
    </message>
    <message>
        <source>problem: {text}</source>
        <translation>problème : {text}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>remarque : {text}</translation>
    </message>
    <message>
        <source>files checked: {files}, bytes: {size}</source>
        <translation>fichiers vérifiés : {files}, octets : {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(absent de ce coffre)</translation>
    </message>
    <message>
        <source>Added location {code}.</source>
        <translation>Lieu {code} ajouté.</translation>
    </message>
    <message>
        <source>Added container {code}.</source>
        <translation>Contenant {code} ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s).</source>
        <translation>
            <numerusform>%n lieu.</numerusform>
            <numerusform>%n lieux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s).</source>
        <translation>
            <numerusform>%n contenant.</numerusform>
            <numerusform>%n contenants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the movement: fieldkit move {action} MOVEMENT.</source>
        <translation>Indiquez le mouvement&#xa0;: fieldkit move {action} MOVEMENT.</translation>
    </message>
    <message>
        <source>fieldkit move show takes one movement.</source>
        <translation>fieldkit move show prend un seul mouvement.</translation>
    </message>
    <message>
        <source>Say where the items go: --to LOCATION or --to CONTAINER.</source>
        <translation>Indiquez où vont les éléments&#xa0;: --to LOCATION ou --to CONTAINER.</translation>
    </message>
    <message numerus="yes">
        <source>Planned the movement of %n item(s).</source>
        <translation>
            <numerusform>Mouvement de %n élément planifié.</numerusform>
            <numerusform>Mouvement de %n éléments planifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) departed ({with_contents} with the contents of containers); in transit until received.</source>
        <translation>
            <numerusform>%n élément est parti ({with_contents} avec le contenu des contenants)&#xa0;; en transit jusqu’à la réception.</numerusform>
            <numerusform>%n éléments sont partis ({with_contents} avec le contenu des contenants)&#xa0;; en transit jusqu’à la réception.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n item(s) into {container}.</source>
        <translation>
            <numerusform>%n élément emballé dans {container}.</numerusform>
            <numerusform>%n éléments emballés dans {container}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give what arrived (ITEM... as codes, inventory numbers or ids) or --all.</source>
        <translation>Indiquez ce qui est arrivé (ITEM... en codes, numéros d’inventaire ou identifiants) ou --all.</translation>
    </message>
    <message>
        <source>expected {expected}, received {received}, missing {missing}, extra {extra}</source>
        <translation>attendus {expected}, reçus {received}, manquants {missing}, en trop {extra}</translation>
    </message>
    <message>
        <source>missing: {item}</source>
        <translation>manquant&#xa0;: {item}</translation>
    </message>
    <message>
        <source>extra: {item}</source>
        <translation>en trop&#xa0;: {item}</translation>
    </message>
    <message>
        <source>not in its container: {item}</source>
        <translation>hors de son contenant&#xa0;: {item}</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <translation>état&#xa0;: {state}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>from: {place}</source>
        <translation>de&#xa0;: {place}</translation>
    </message>
    <message>
        <source>to: {place}</source>
        <translation>vers&#xa0;: {place}</translation>
    </message>
    <message>
        <source>items:</source>
        <translation>éléments&#xa0;:</translation>
    </message>
    <message>
        <source>MISSING: not found at its last reception</source>
        <translation>MANQUANT&#xa0;: absent à sa dernière réception</translation>
    </message>
    <message>
        <source>in transit to {place}</source>
        <translation>en transit vers {place}</translation>
    </message>
    <message>
        <source>location: {place}</source>
        <translation>lieu&#xa0;: {place}</translation>
    </message>
    <message>
        <source>container: {code}</source>
        <translation>contenant&#xa0;: {code}</translation>
    </message>
    <message>
        <source>custodian: {name} ({fingerprint})</source>
        <translation>responsable&#xa0;: {name} ({fingerprint})</translation>
    </message>
    <message>
        <source>Handover recorded; it waits for the receiver&apos;s acceptance.</source>
        <translation>Remise enregistrée&#xa0;; elle attend l’acceptation du destinataire.</translation>
    </message>
    <message>
        <source>Accepted, signed with your key. Send it back in a bundle to the giver.</source>
        <translation>Acceptée, signée avec votre clé. Renvoyez-la dans un lot à la personne qui a remis les éléments.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>WAITING FOR YOU</source>
        <translation>VOUS ATTEND</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>à {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s).</source>
        <translation>
            <numerusform>%n remise.</numerusform>
            <numerusform>%n remises.</numerusform>
        </translation>
    </message>
    <message>
        <source>{decision}: {b} is the same object as {a}</source>
        <translation>{decision} : {b} est le même objet que {a}</translation>
    </message>
    <message>
        <source>{decision}: {a} and {b} are not the same object</source>
        <translation>{decision} : {a} et {b} ne sont pas le même objet</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <source>(superseded by another decision)</source>
        <translation>(remplacée par une autre décision)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n décision.</numerusform>
            <numerusform>%n décisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n doublon possible.</numerusform>
            <numerusform>%n doublons possibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {b} into {a}: both now name {a}.</source>
        <translation>{b} fusionné dans {a} : les deux désignent désormais {a}.</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are not the same object.</source>
        <translation>Enregistré : {a} et {b} ne sont pas le même objet.</translation>
    </message>
    <message>
        <source>Decision {id} (undo: fieldkit duplicates undo {id}).</source>
        <translation>Décision {id} (pour annuler : fieldkit duplicates undo {id}).</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} are two records again.</source>
        <translation>Annulé : {a} et {b} sont de nouveau deux fiches.</translation>
    </message>
    <message>
        <source>Undone: {a} and {b} may be suggested again.</source>
        <translation>Annulé : {a} et {b} pourront de nouveau être proposés.</translation>
    </message>
    <message>
        <source>{merged} was merged into {id}: they are the same object.</source>
        <translation>{merged} a été fusionné dans {id} : c’est le même objet.</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Étagère</translation>
    </message>
    <message>
        <source>Temporary store</source>
        <translation>Dépôt temporaire</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rouleau</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <source>This way up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Keep dry</source>
        <translation>Craint l’humidité</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Lourd</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Déballage</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Conservation-restauration</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Récolement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
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
        <source>Evacuation permission</source>
        <translation>Autorisation d’évacuation</translation>
    </message>
    <message>
        <source>Handover certificate</source>
        <translation>Certificat de remise</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same inventory number after normalising</source>
        <translation>même numéro d&apos;inventaire une fois normalisé</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Check the folder, or create a vault with `fieldkit init`.</source>
        <translation>Vérifiez le dossier, ou créez un coffre avec `fieldkit init`.</translation>
    </message>
    <message>
        <source>Choose an empty folder, or open the existing vault instead.</source>
        <translation>Choisissez un dossier vide, ou ouvrez plutôt le coffre existant.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again. If the passphrase is lost, use the recovery key (`fieldkit passwd --recovery-key-file FILE`).</source>
        <translation>Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez. Si la phrase secrète est perdue, utilisez la clé de récupération (`fieldkit passwd --recovery-key-file FILE`).</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as printed; dashes and spaces do not matter.</source>
        <translation>Saisissez la clé de récupération exactement comme imprimée ; tirets et espaces sont sans importance.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window or command that has this vault open, then retry.</source>
        <translation>Fermez l’autre fenêtre ou commande FieldKit qui a ouvert ce coffre, puis réessayez.</translation>
    </message>
    <message>
        <source>Its data cannot be recovered by anyone; restore a backup if you have one.</source>
        <translation>Personne ne peut en récupérer les données ; restaurez une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <source>Restore the vault from a backup, or open it with the FieldKit that made it.</source>
        <translation>Restaurez le coffre depuis une sauvegarde, ou ouvrez-le avec le FieldKit qui l’a créé.</translation>
    </message>
    <message>
        <source>Free some space (or choose another drive) and try again; nothing was changed.</source>
        <translation>Libérez de l’espace (ou choisissez un autre disque) et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The drive is write-protected or read-only: choose another folder or drive.</source>
        <translation>Le disque est protégé en écriture ou en lecture seule : choisissez un autre dossier ou disque.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy; nothing was imported from this file.</source>
        <translation>Demandez une nouvelle copie à l’expéditeur ; rien n’a été importé de ce fichier.</translation>
    </message>
    <message>
        <source>The file may come from a newer FieldKit: update FieldKit and try again.</source>
        <translation>Le fichier vient peut-être d’une version plus récente de FieldKit : mettez FieldKit à jour et réessayez.</translation>
    </message>
    <message>
        <source>The file was encrypted for someone else; ask the sender to include your key.</source>
        <translation>Le fichier a été chiffré pour quelqu’un d’autre ; demandez à l’expéditeur d’inclure votre clé.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the sender, then `fieldkit trust add` their card.</source>
        <translation>Vérifiez l’empreinte avec l’expéditeur, puis ajoutez sa carte avec `fieldkit trust add`.</translation>
    </message>
    <message>
        <source>The disk is full while writing {what}.</source>
        <translation>Le disque est plein pendant l’écriture de {what}.</translation>
    </message>
    <message>
        <source>FieldKit may not write {what}: the drive is read-only or protected.</source>
        <translation>FieldKit ne peut pas écrire {what} : le disque est en lecture seule ou protégé.</translation>
    </message>
    <message>
        <source>This backup was written by a newer FieldKit.</source>
        <translation>Cette sauvegarde a été écrite par une version plus récente de FieldKit.</translation>
    </message>
    <message>
        <source>The drive is full: {what} could not be written.</source>
        <translation>Le disque est plein : impossible d’écrire {what}.</translation>
    </message>
    <message>
        <source>The database of {what} is damaged.</source>
        <translation>La base de données de {what} est endommagée.</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>La phrase secrète n’est pas la bonne pour ce coffre.</translation>
    </message>
    <message>
        <source>The recovery key is not the one for this vault.</source>
        <translation>Cette clé de récupération n’est pas celle de ce coffre.</translation>
    </message>
    <message>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>L’en-tête du coffre (vault.json) est endommagé.</translation>
    </message>
    <message>
        <source>This vault uses format version {version}, which this FieldKit cannot read.</source>
        <translation>Ce coffre utilise la version de format {version}, que ce FieldKit ne sait pas lire.</translation>
    </message>
    <message>
        <source>There is no FieldKit vault in {folder}.</source>
        <translation>Il n’y a pas de coffre FieldKit dans {folder}.</translation>
    </message>
    <message>
        <source>This vault is open elsewhere (another FieldKit window or command).</source>
        <translation>Ce coffre est ouvert ailleurs (une autre fenêtre ou commande FieldKit).</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Annulé ; aucun rapport n’a été écrit.</translation>
    </message>
    <message>
        <source>Labels are printed for objects, containers and locations.</source>
        <translation>Les étiquettes s’impriment pour les objets, les contenants et les lieux.</translation>
    </message>
    <message>
        <source>No item was given.</source>
        <translation>Aucun élément n’a été indiqué.</translation>
    </message>
    <message>
        <source>Give codes or inventory numbers.</source>
        <translation>Indiquez des codes ou des numéros d’inventaire.</translation>
    </message>
    <message>
        <source>No decision has this id.</source>
        <translation>Aucune décision n’a cet identifiant.</translation>
    </message>
    <message>
        <source>Both ids name the same object.</source>
        <translation>Les deux identifiants désignent le même objet.</translation>
    </message>
    <message>
        <source>An object merged into another is found under the one it was merged into.</source>
        <translation>Un objet fusionné dans un autre se trouve sous celui dans lequel il a été fusionné.</translation>
    </message>
    <message>
        <source>One of these objects was deleted.</source>
        <translation>L’un de ces objets a été supprimé.</translation>
    </message>
    <message>
        <source>Restore it first, or choose another object.</source>
        <translation>Restaurez-le d’abord, ou choisissez un autre objet.</translation>
    </message>
    <message>
        <source>One of these objects is in conflict.</source>
        <translation>L’un de ces objets est en conflit.</translation>
    </message>
    <message>
        <source>Resolve the conflict first (`fieldkit conflicts show ID`).</source>
        <translation>Résolvez d’abord le conflit (`fieldkit conflicts show ID`).</translation>
    </message>
    <message>
        <source>These two objects already have a decision.</source>
        <translation>Ces deux objets ont déjà fait l’objet d’une décision.</translation>
    </message>
    <message>
        <source>Undo it first (`fieldkit duplicates undo ID`) to decide again.</source>
        <translation>Annulez-la d’abord (`fieldkit duplicates undo ID`) pour décider à nouveau.</translation>
    </message>
    <message>
        <source>This decision was already undone.</source>
        <translation>Cette décision a déjà été annulée.</translation>
    </message>
    <message>
        <source>Decide again to record a new decision.</source>
        <translation>Décidez à nouveau pour enregistrer une nouvelle décision.</translation>
    </message>
    <message>
        <source>More than one decision starts with this id.</source>
        <translation>Plus d’une décision commence par cet identifiant.</translation>
    </message>
    <message>
        <source>No decision or object has this id.</source>
        <translation>Aucune décision ni aucun objet n’a cet identifiant.</translation>
    </message>
    <message>
        <source>`fieldkit duplicates list --decisions` lists them.</source>
        <translation>`fieldkit duplicates list --decisions` les affiche.</translation>
    </message>
    <message>
        <source>No decision concerns this object.</source>
        <translation>Aucune décision ne concerne cet objet.</translation>
    </message>
    <message>
        <source>Several decisions concern this object.</source>
        <translation>Plusieurs décisions concernent cet objet.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s id instead.</source>
        <translation>Indiquez plutôt l’identifiant de la décision.</translation>
    </message>
    <message>
        <source>The merge this decision made has not arrived in this vault yet.</source>
        <translation>La fusion faite par cette décision n’est pas encore arrivée dans ce coffre.</translation>
    </message>
    <message>
        <source>Import the bundles that carry it, then undo again.</source>
        <translation>Importez les lots qui la contiennent, puis annulez à nouveau.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Inventory number</source>
        <translation>Numéro d’inventaire</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
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
        <source>Materials &amp; techniques</source>
        <translation>Matériaux et techniques</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Inscriptions &amp; markings</source>
        <translation>Inscriptions et marques</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Date ou période</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation>Signes distinctifs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Lieu d’origine</translation>
    </message>
    <message>
        <source>Related written material</source>
        <translation>Documentation écrite associée</translation>
    </message>
    <message>
        <source>Cross references</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <source>Date documented</source>
        <translation>Date de documentation</translation>
    </message>
    <message>
        <source>ICOM Red List category</source>
        <translation>Catégorie de la Liste rouge de l’ICOM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>Emplacement actuel</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Salvage priority</source>
        <translation>Priorité de sauvetage</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Event from</source>
        <translation>Événement du</translation>
    </message>
    <message>
        <source>Event to</source>
        <translation>Événement au</translation>
    </message>
    <message>
        <source>Agents of deterioration</source>
        <translation>Agents de détérioration</translation>
    </message>
    <message>
        <source>Damage types</source>
        <translation>Types de dommages</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Damage observed</source>
        <translation>Dommages observés</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Mesures recommandées</translation>
    </message>
    <message>
        <source>Remaining hazards</source>
        <translation>Risques persistants</translation>
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
        <source>Kind of location</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind of container</source>
        <translation>Type de contenant</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Manipulation</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To location</source>
        <translation>Vers le lieu</translation>
    </message>
    <message>
        <source>Into container</source>
        <translation>Dans le contenant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Departed at</source>
        <translation>Parti le</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Déplacé par</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Taille de l’équipe</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Remis à</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Acceptance notes</source>
        <translation>Notes d’acceptation</translation>
    </message>
    <message>
        <source>Object kept</source>
        <translation>Objet conservé</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Autre fiche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Revision of the object kept</source>
        <translation>Révision de l’objet conservé</translation>
    </message>
    <message>
        <source>Revision of the other record</source>
        <translation>Révision de l’autre fiche</translation>
    </message>
    <message>
        <source>Overall photograph</source>
        <translation>Photographie d’ensemble</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damage report</source>
        <translation>Constat de dommages</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Dommages</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>DAMAGE REPORT</source>
        <translation>CONSTAT DE DOMMAGES</translation>
    </message>
    <message>
        <source>no inventory number</source>
        <translation>pas de numéro d’inventaire</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Object not in this vault</source>
        <translation>Objet absent de ce coffre</translation>
    </message>
    <message>
        <source>site not recorded</source>
        <translation>site non renseigné</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Site : {site}</translation>
    </message>
    <message>
        <source>No photograph</source>
        <translation>Pas de photographie</translation>
    </message>
    <message>
        <source>No photographs are attached to this damage report.</source>
        <translation>Aucune photographie n’est jointe à ce constat.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>This report has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>Ce constat a des modifications en conflit non résolues ; la fusion automatique est imprimée.</translation>
    </message>
    <message>
        <source>Record {id} · revision {revision}</source>
        <translation>Fiche {id} · révision {revision}</translation>
    </message>
    <message>
        <source>Evacuation and inventory list</source>
        <translation>Liste d’évacuation et d’inventaire</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Inventory no.</source>
        <translation>N° d’inventaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>en trop</translation>
    </message>
    <message>
        <source>received, not in its container</source>
        <translation>reçu, hors de son contenant</translation>
    </message>
    <message>
        <source>Inventory no. / code</source>
        <translation>N° d’inventaire / code</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(absent de ce coffre)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>{role}:  name {line}   signature {line}   date {date}</source>
        <translation>{role}&#xa0;:  nom {line}   signature {line}   date {date}</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <source>{title} — {code}</source>
        <translation>{title} — {code}</translation>
    </message>
    <message>
        <source>{kind} · {items} · to travel inside it</source>
        <translation>{kind} · {items} · à placer à l’intérieur</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Se trouve à</translation>
    </message>
    <message>
        <source>Packed by</source>
        <translation>Emballé par</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>{state} · {reason} · movement {id}</source>
        <translation>{state} · {reason} · mouvement {id}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Expected {expected} · received {received} · missing {missing} · extra {extra}</source>
        <translation>Attendus {expected} · reçus {received} · manquants {missing} · en trop {extra}</translation>
    </message>
    <message numerus="yes">
        <source>In transit: %n item(s) expected</source>
        <translation>
            <numerusform>En transit&#xa0;: %n élément attendu</numerusform>
            <numerusform>En transit&#xa0;: %n éléments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Expédié par</translation>
    </message>
    <message>
        <source>{objects} in {containers}</source>
        <translation>{objects} dans {containers}</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contenant</numerusform>
            <numerusform>%n contenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission no. {number} · {institution}</source>
        <translation>Autorisation n° {number} · {institution}</translation>
    </message>
    <message>
        <source>The persons named below are authorised to remove the objects listed from the premises of the institution and to take them to the destination stated.</source>
        <translation>Les personnes nommées ci-dessous sont autorisées à sortir les objets énumérés des locaux de l’institution et à les transporter jusqu’à la destination indiquée.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Authorised by (custodian)</source>
        <translation>Autorisé par (responsable des collections)</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Chef d’équipe</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Number of objects</source>
        <translation>Nombre d’objets</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>Lieu de départ</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Time of departure</source>
        <translation>Heure de départ</translation>
    </message>
    <message>
        <source>Destination (with coordinates)</source>
        <translation>Destination (avec coordonnées)</translation>
    </message>
    <message>
        <source>Custodian (authorising)</source>
        <translation>Responsable des collections (qui autorise)</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Agent réceptionnaire</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint}</source>
        <translation>empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Custody transfer {id}</source>
        <translation>Transfert de garde {id}</translation>
    </message>
    <message>
        <source>Accepted: signed by both parties&apos; keys</source>
        <translation>Acceptée&#xa0;: signée par les clés des deux parties</translation>
    </message>
    <message>
        <source>Not yet accepted by the receiver</source>
        <translation>Pas encore acceptée par le destinataire</translation>
    </message>
    <message>
        <source>Accepted by (key)</source>
        <translation>Accepté par (clé)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Last damage</source>
        <translation>Dernier dommage</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>status {values}</source>
        <translation>statut {values}</translation>
    </message>
    <message>
        <source>salvage priority {values}</source>
        <translation>priorité de sauvetage {values}</translation>
    </message>
    <message>
        <source>Filters: none (every object in the vault).</source>
        <translation>Filtres : aucun (tous les objets du coffre).</translation>
    </message>
    <message>
        <source>Filters: {filters}.</source>
        <translation>Filtres : {filters}.</translation>
    </message>
    <message>
        <source>Locations are left out; free-text fields (titles, types) are not scrubbed of place names.</source>
        <translation>Les emplacements sont omis ; les champs libres (titres, types) ne sont pas expurgés des noms de lieux.</translation>
    </message>
    <message>
        <source>priority {number}: {count}</source>
        <translation>priorité {number} : {count}</translation>
    </message>
    <message>
        <source>not set: {count}</source>
        <translation>non définie : {count}</translation>
    </message>
    <message>
        <source>with a photograph: {count}</source>
        <translation>avec photographie : {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvage priority: {meanings}.</source>
        <translation>Priorité de sauvetage : {meanings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message>
        <source>institution not recorded</source>
        <translation>institution non renseignée</translation>
    </message>
    <message>
        <source>(unnamed vault)</source>
        <translation>(coffre sans nom)</translation>
    </message>
    <message>
        <source>Prepared by {vault} on {date} · identity {fingerprint}</source>
        <translation>Préparé par {vault} le {date} · identité {fingerprint}</translation>
    </message>
    <message>
        <source>Total: {totals}</source>
        <translation>Total : {totals}</translation>
    </message>
    <message>
        <source>No object matches these filters.</source>
        <translation>Aucun objet ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Packed: ________ of {count}</source>
        <translation>Emballés : ________ sur {count}</translation>
    </message>
    <message>
        <source>Checked by: {line}    Date: {date}    Signature: {line}</source>
        <translation>Vérifié par : {line}    Date : {date}    Signature : {line}</translation>
    </message>
    <message>
        <source>printed {date} by FieldKit {version}, no vault opened</source>
        <translation>imprimé le {date} par FieldKit {version}, aucun coffre ouvert</translation>
    </message>
    <message>
        <source>printed {date} from vault {vault}, identity {fingerprint}</source>
        <translation>imprimé le {date} depuis le coffre {vault}, identité {fingerprint}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>page {number} sur {total}</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (suite)</translation>
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
        <translation>Aucune photographie de cet objet n’est enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n more photograph(s) are recorded in the vault.</source>
        <translation>
            <numerusform>%n autre photographie est enregistrée dans le coffre.</numerusform>
            <numerusform>%n autres photographies sont enregistrées dans le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Object ID complete: {done} of {total} — the {categories} Object ID categories and an overall photograph are recorded.</source>
        <translation>Object ID complet : {done} sur {total} — les {categories} catégories Object ID et une photographie d’ensemble sont enregistrées.</translation>
    </message>
    <message>
        <source>Object ID incomplete: {done} of {total} — missing: {names}.</source>
        <translation>Object ID incomplet : {done} sur {total} — manque : {names}.</translation>
    </message>
    <message>
        <source>This record has conflicting edits not yet resolved; the automatic merge is printed.</source>
        <translation>Cette fiche a des modifications en conflit non résolues ; la fusion automatique est imprimée.</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Bundle verification certificate</source>
        <translation>Certificat de vérification de lot</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>trusted (the verifying vault&apos;s own key)</source>
        <translation>de confiance (clé propre du coffre vérificateur)</translation>
    </message>
    <message>
        <source>not trusted: the key is not in the trust store and no --trust card matches</source>
        <translation>pas de confiance : la clé n’est pas dans le magasin de confiance et aucune carte --trust ne correspond</translation>
    </message>
    <message>
        <source>unknown: no key to check the signature with was available</source>
        <translation>inconnu : aucune clé n’était disponible pour vérifier la signature</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉ</translation>
    </message>
    <message>
        <source>NOT VALID: this bundle failed verification</source>
        <translation>NON VALIDE : ce lot a échoué à la vérification</translation>
    </message>
    <message>
        <source>VALID: complete, untampered, and signed by a trusted key</source>
        <translation>VALIDE : complet, intact et signé par une clé de confiance</translation>
    </message>
    <message>
        <source>VALID, BUT THE SIGNER IS NOT TRUSTED: intact, signed by an untrusted or unknown key</source>
        <translation>VALIDE, MAIS LE SIGNATAIRE N’EST PAS DE CONFIANCE : intact, signé par une clé inconnue ou non fiable</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>the identity card given with --trust ({file})</source>
        <translation>la carte d’identité donnée avec --trust ({file})</translation>
    </message>
    <message>
        <source>the minisign public key given with --trust ({file})</source>
        <translation>la clé publique minisign donnée avec --trust ({file})</translation>
    </message>
    <message>
        <source>the verifying vault&apos;s own identity</source>
        <translation>l’identité propre du coffre vérificateur</translation>
    </message>
    <message>
        <source>the trust store of the verifying vault</source>
        <translation>le magasin de confiance du coffre vérificateur</translation>
    </message>
    <message>
        <source>the outer signature was checked and is valid</source>
        <translation>la signature externe a été vérifiée et est valide</translation>
    </message>
    <message>
        <source>the outer signature was checked and is NOT valid</source>
        <translation>la signature externe a été vérifiée et n’est PAS valide</translation>
    </message>
    <message>
        <source>the outer signature could not be checked: the signer&apos;s key is not known here</source>
        <translation>la signature externe n’a pas pu être vérifiée : la clé du signataire est inconnue ici</translation>
    </message>
    <message>
        <source>the outer signature was not checked</source>
        <translation>la signature externe n’a pas été vérifiée</translation>
    </message>
    <message>
        <source>Structure, completeness and fixity were checked; {signature}.</source>
        <translation>La structure, l’exhaustivité et l’intégrité ont été vérifiées ; {signature}.</translation>
    </message>
    <message>
        <source>Inspected.</source>
        <translation>Inspecté.</translation>
    </message>
    <message>
        <source>Inspected: {counts}.</source>
        <translation>Inspecté : {counts}.</translation>
    </message>
    <message>
        <source>Encrypted content not inspected: no key of a recipient was given (a recipient can inspect it with --vault).</source>
        <translation>Contenu chiffré non inspecté : aucune clé de destinataire n’a été donnée (un destinataire peut l’inspecter avec --vault).</translation>
    </message>
    <message>
        <source>Not inspected: the content is only inspected once the outside is valid.</source>
        <translation>Non inspecté : le contenu n’est inspecté que si l’extérieur est valide.</translation>
    </message>
    <message>
        <source>Not inspected: the signer&apos;s key is not known, so the content could not be trusted.</source>
        <translation>Non inspecté : la clé du signataire est inconnue, le contenu ne pouvait donc pas être fiable.</translation>
    </message>
    <message>
        <source>VERIFICATION CERTIFICATE</source>
        <translation>CERTIFICAT DE VÉRIFICATION</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Le lot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>not computed (the file cannot be read)</source>
        <translation>non calculé (le fichier est illisible)</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Identifiant du lot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>plain (not encrypted)</source>
        <translation>en clair (non chiffré)</translation>
    </message>
    <message>
        <source>Stream, epoch, sequence</source>
        <translation>Flux, époque, séquence</translation>
    </message>
    <message>
        <source>{stream} · epoch {epoch} · sequence {sequence}</source>
        <translation>{stream} · époque {epoch} · séquence {sequence}</translation>
    </message>
    <message>
        <source>{name} (from {source})</source>
        <translation>{name} (d’après {source})</translation>
    </message>
    <message>
        <source>Not named: the signer is in no trust store used here and no --trust card names them. A name written inside a bundle is only the sender&apos;s claim and is not printed.</source>
        <translation>Non nommé : le signataire n’est dans aucun magasin de confiance utilisé ici et aucune carte --trust ne le nomme. Un nom écrit dans un lot n’est que l’affirmation de l’expéditeur et n’est pas imprimé.</translation>
    </message>
    <message>
        <source>The signer</source>
        <translation>Le signataire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Minisign key id</source>
        <translation>Identifiant de clé minisign</translation>
    </message>
    <message>
        <source>Minisign public key</source>
        <translation>Clé publique minisign</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Outer signature</source>
        <translation>Signature externe</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not valid or not checked (see the problems below)</source>
        <translation>non valide ou non vérifiée (voir les problèmes ci-dessous)</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Fichiers vérifiés</translation>
    </message>
    <message>
        <source>Bytes checked</source>
        <translation>Octets vérifiés</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Problem {number}</source>
        <translation>Problème {number}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>un système inconnu</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, with the vault {vault} (identity {fingerprint})</source>
        <translation>FieldKit {version} sur {system}, avec le coffre {vault} (identité {fingerprint})</translation>
    </message>
    <message>
        <source>FieldKit {version} on {system}, no vault opened</source>
        <translation>FieldKit {version} sur {system}, aucun coffre ouvert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Trusted keys given (--trust)</source>
        <translation>Clés de confiance données (--trust)</translation>
    </message>
    <message>
        <source>Anyone can repeat the outer checks with standard tools: unzip the .fkb file, then bagit.py --validate &lt;bundle id&gt; and minisign -Vm &lt;bundle id&gt;/tagmanifest-sha256.txt -p &lt;signer&apos;s key&gt;.pub.</source>
        <translation>Chacun peut refaire les vérifications externes avec des outils standard : décompressez le fichier .fkb, puis bagit.py --validate &lt;bundle id&gt; et minisign -Vm &lt;bundle id&gt;/tagmanifest-sha256.txt -p &lt;signer&apos;s key&gt;.pub.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>Evacuated</source>
        <translation>Évacué</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>En prêt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message>
        <source>Armed conflict</source>
        <translation>Conflit armé</translation>
    </message>
    <message>
        <source>Looting</source>
        <translation>Pillage</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Vandalisme</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>Séisme</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Tempête</translation>
    </message>
    <message>
        <source>Structural failure</source>
        <translation>Défaillance structurelle</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Négligence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Physical forces</source>
        <translation>Forces physiques</translation>
    </message>
    <message>
        <source>Thieves and vandals</source>
        <translation>Criminels</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Pests</source>
        <translation>Ravageurs</translation>
    </message>
    <message>
        <source>Pollutants</source>
        <translation>Polluants</translation>
    </message>
    <message>
        <source>Light, UV and IR</source>
        <translation>Lumière, ultraviolet et infrarouge</translation>
    </message>
    <message>
        <source>Incorrect temperature</source>
        <translation>Température inadéquate</translation>
    </message>
    <message>
        <source>Incorrect relative humidity</source>
        <translation>Humidité relative inadéquate</translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation>Dissociation</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Bris</translation>
    </message>
    <message>
        <source>Loss of parts</source>
        <translation>Perte d’éléments</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>Déformation</translation>
    </message>
    <message>
        <source>Cracking</source>
        <translation>Fissuration</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Brûlure</translation>
    </message>
    <message>
        <source>Soot</source>
        <translation>Suie</translation>
    </message>
    <message>
        <source>Water stain</source>
        <translation>Tache d’eau</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Moisissure</translation>
    </message>
    <message>
        <source>Corrosion</source>
        <translation>Corrosion</translation>
    </message>
    <message>
        <source>Abrasion</source>
        <translation>Abrasion</translation>
    </message>
    <message>
        <source>Bullet or shrapnel impact</source>
        <translation>Impact de balle ou d’éclat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>Étendu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Dommage</translation>
    </message>
    <message>
        <source>With scale</source>
        <translation>Avec échelle</translation>
    </message>
    <message>
        <source>1 – save first</source>
        <translation>1 – à sauver en premier</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – élevée</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – moyenne</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – faible</translation>
    </message>
</context>
</TS>
