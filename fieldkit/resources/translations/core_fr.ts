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
        <translation>Notes</translation>
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
        <source>Overall photograph</source>
        <translation>Photographie d’ensemble</translation>
    </message>
</context>
</TS>
