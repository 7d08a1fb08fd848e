<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>edit %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>mark verified</source>
        <translation>marquer comme vérifiée</translation>
    </message>
    <message>
        <source>withdraw verification</source>
        <translation>retirer la vérification</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>p.&amp;nbsp;%1</source>
        <translation>p.&amp;nbsp;%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recommandation %1</translation>
    </message>
    <message>
        <source>Section / country</source>
        <translation>Section / pays</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressée à</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>No response recorded.</source>
        <translation>Aucune réponse enregistrée.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Time frame: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Donor comments</source>
        <translation>Commentaires des bailleurs</translation>
    </message>
    <message>
        <source>No donor comments.</source>
        <translation>Aucun commentaire de bailleur.</translation>
    </message>
    <message>
        <source>Edited by a reviewer. Extracted values — %1</source>
        <translation>Modifié par un réviseur. Valeurs extraites — %1</translation>
    </message>
    <message>
        <source>Edited by a reviewer. Extracted value — %1</source>
        <translation>Modifié par un réviseur. Valeur extraite — %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DonorStance</name>
    <message>
        <source>Agrees</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Asks for more</source>
        <translation>Demande des précisions</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>En désaccord</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>adressée à</translation>
    </message>
    <message>
        <source>response category</source>
        <translation>catégorie de réponse</translation>
    </message>
    <message>
        <source>response text</source>
        <translation>texte de la réponse</translation>
    </message>
    <message>
        <source>time frame</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>bailleur</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>action</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>donor comment</source>
        <translation>commentaire de bailleur</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date limite</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>&lt;b&gt;Follow-up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suivi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Unit or person responsible</source>
        <translation>Unité ou personne responsable</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>What was done, what is missing, evidence seen…</source>
        <translation>Ce qui a été fait, ce qui manque, les preuves consultées…</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Enregistrer la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Follow-up history</source>
        <translation>Historique du suivi</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Partiellement réalisée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Plus pertinente</translation>
    </message>
</context>
<context>
    <name>OpenFilesQuestion</name>
    <message>
        <source>Import this document into the library?</source>
        <translation>Importer ce document dans la bibliothèque&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Import these %n documents into the library?</source>
        <translation>
            <numerusform>Importer ce document dans la bibliothèque&#xa0;?</numerusform>
            <numerusform>Importer ces %n documents dans la bibliothèque&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Addressed to (separate with ;)</source>
        <translation>Adressée à (séparer par&#xa0;;)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Response text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
</context>
<context>
    <name>ReplaceVersionQuestion</name>
    <message>
        <source>The library already holds “%1” (%2, imported %3), and %4 has the same title with other content: it looks like a revised version.</source>
        <translation>La bibliothèque contient déjà «&#xa0;%1&#xa0;» (%2, importé le %3), et %4 porte le même titre avec un autre contenu&#xa0;: il semble s’agir d’une version révisée.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the earlier version? Your follow-up of its %n recommendation(s) (status, owner, due date, note, history) and your link decisions move to the matching recommendations of the new version. Whatever matches nothing is kept and listed after the import.</source>
        <translation>
            <numerusform>Remplacer la version précédente&#xa0;? Le suivi de sa recommandation (état, responsable, date limite, note, historique) et vos décisions sur les liens passent aux recommandations correspondantes de la nouvelle version. Ce qui ne correspond à rien est conservé et listé après l’importation.</numerusform>
            <numerusform>Remplacer la version précédente&#xa0;? Le suivi de ses %n recommandations (état, responsable, date limite, note, historique) et vos décisions sur les liens passent aux recommandations correspondantes de la nouvelle version. Ce qui ne correspond à rien est conservé et listé après l’importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the earlier version? It has no follow-up yet; your link decisions move to the matching recommendations of the new version.</source>
        <translation>Remplacer la version précédente&#xa0;? Elle n’a encore aucun suivi&#xa0;; vos décisions sur les liens passent aux recommandations correspondantes de la nouvelle version.</translation>
    </message>
    <message>
        <source>Keep both imports the new version beside the earlier one.</source>
        <translation>«&#xa0;Garder les deux&#xa0;» importe la nouvelle version à côté de la précédente.</translation>
    </message>
    <message>
        <source>Replace the earlier version?</source>
        <translation>Remplacer la version précédente&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
</context>
<context>
    <name>ResponseCategory</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Accepted with reservations</source>
        <translation>Acceptée avec réserves</translation>
    </message>
    <message>
        <source>Partially accepted</source>
        <translation>Partiellement acceptée</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Sans position</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différée</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nom du &amp;réviseur&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as the author of every follow-up change</source>
        <translation>Enregistré comme auteur de chaque modification du suivi</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Recent libraries (double-click to choose):</source>
        <translation>Bibliothèques récentes (double-clic pour choisir)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>evalreview::AddRecordDialog</name>
    <message>
        <source>Add a Record from the Page</source>
        <translation>Ajouter une fiche depuis la page</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Donor comment</source>
        <translation>Commentaire de bailleur</translation>
    </message>
    <message>
        <source>next number</source>
        <translation>numéro suivant</translation>
    </message>
    <message>
        <source>&amp;Add as:</source>
        <translation>&amp;Ajouter comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Rattachée à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>Bai&amp;lleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>No words lie in the region: type the text, or cancel and draw around it.</source>
        <translation>Aucun mot dans la zone&#xa0;: saisissez le texte, ou annulez et tracez un cadre autour.</translation>
    </message>
    <message>
        <source>This document has no recommendation yet: add the recommendation first.</source>
        <translation>Ce document n’a encore aucune recommandation&#xa0;: ajoutez d’abord la recommandation.</translation>
    </message>
    <message>
        <source>Name the donor whose comment this is.</source>
        <translation>Indiquez le bailleur auteur de ce commentaire.</translation>
    </message>
</context>
<context>
    <name>evalreview::BackupController</name>
    <message>
        <source>Back up the library to</source>
        <translation>Sauvegarder la bibliothèque dans</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview)</source>
        <translation>Bibliothèques EvalReview (*.evalreview)</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sauvegarde non écrite</translation>
    </message>
    <message>
        <source>A backup cannot replace the library itself; choose another file.</source>
        <translation>Une sauvegarde ne peut pas remplacer la bibliothèque elle-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Library backed up</source>
        <translation>Bibliothèque sauvegardée</translation>
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation>La bibliothèque a été sauvegardée dans %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore the library from</source>
        <translation>Restaurer la bibliothèque depuis</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview);;All files (*)</source>
        <translation>Bibliothèques EvalReview (*.evalreview);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The library will be replaced by the backup %1. The current library is kept as %2. Continue?</source>
        <translation>La bibliothèque sera remplacée par la sauvegarde %1. La bibliothèque actuelle est conservée sous %2. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>A backup is still being written; restore when it has finished.</source>
        <translation>Une sauvegarde est en cours d’écriture&#xa0;; restaurez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>Library restored</source>
        <translation>Bibliothèque restaurée</translation>
    </message>
    <message>
        <source>The library was restored from %1. The previous library is kept as %2.</source>
        <translation>La bibliothèque a été restaurée depuis %1. La bibliothèque précédente est conservée sous %2.</translation>
    </message>
    <message>
        <source>A team library is restored on its server by the server&apos;s administrator; a local copy saved from it can be opened as a library file.</source>
        <translation>Une bibliothèque d’équipe est restaurée sur son serveur par l’administrateur du serveur ; une copie locale enregistrée depuis elle peut être ouverte comme fichier de bibliothèque.</translation>
    </message>
</context>
<context>
    <name>evalreview::ChartTable</name>
    <message>
        <source>The figures of the chart “%1”</source>
        <translation>Les chiffres du graphique «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>evalreview::CorrectionController</name>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <source>Correct the recommendation, its response, actions or donor comments</source>
        <translation>Corriger la recommandation, sa réponse, ses mesures ou les commentaires des bailleurs</translation>
    </message>
    <message>
        <source>&amp;Delete Recommendation</source>
        <translation>&amp;Supprimer la recommandation</translation>
    </message>
    <message>
        <source>Remove a recommendation the import found by mistake (Undo brings it back)</source>
        <translation>Supprimer une recommandation trouvée par erreur à l’importation (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Vérifiée</translation>
    </message>
    <message>
        <source>Sign off the recommendation as checked against the document</source>
        <translation>Valider la recommandation comme vérifiée d’après le document</translation>
    </message>
    <message>
        <source>&amp;Split Recommendation…</source>
        <translation>&amp;Diviser la recommandation…</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Fusionner avec la suivante</translation>
    </message>
    <message>
        <source>&amp;Add Record from Page…</source>
        <translation>&amp;Ajouter une fiche depuis la page…</translation>
    </message>
    <message>
        <source>Draw a rectangle around a record&apos;s text on the page</source>
        <translation>Tracer un rectangle autour du texte d’une fiche sur la page</translation>
    </message>
    <message>
        <source>edit recommendation %1</source>
        <translation>modifier la recommandation %1</translation>
    </message>
    <message>
        <source>Page not read</source>
        <translation>Page non lue</translation>
    </message>
    <message>
        <source>Split Recommendation %1</source>
        <translation>Diviser la recommandation %1</translation>
    </message>
    <message>
        <source>Click where the second recommendation starts, then choose Split.</source>
        <translation>Cliquez là où commence la seconde recommandation, puis choisissez Diviser.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Diviser</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>Rien à diviser</translation>
    </message>
    <message>
        <source>Place the cursor inside the text: both parts need some of it.</source>
        <translation>Placez le curseur à l’intérieur du texte&#xa0;: chaque partie doit en recevoir une portion.</translation>
    </message>
    <message>
        <source>split recommendation %1</source>
        <translation>diviser la recommandation %1</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Rien à fusionner</translation>
    </message>
    <message>
        <source>The next recommendation in the list belongs to another document.</source>
        <translation>La recommandation suivante de la liste appartient à un autre document.</translation>
    </message>
    <message>
        <source>merge recommendations %1 and %2</source>
        <translation>fusionner les recommandations %1 et %2</translation>
    </message>
</context>
<context>
    <name>evalreview::DashboardView</name>
    <message>
        <source>Show overdue</source>
        <translation>Afficher les retards</translation>
    </message>
    <message>
        <source>Show the overdue recommendations in the table</source>
        <translation>Afficher dans le tableau les recommandations en retard</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Lecture de la bibliothèque</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message>
        <source>%1 recommendation</source>
        <translation>%1 recommandation</translation>
    </message>
    <message>
        <source>%1 recommendations</source>
        <translation>%1 recommandations</translation>
    </message>
    <message>
        <source>Acceptance by section / country</source>
        <translation>Acceptation par section / pays</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Follow-up status by due quarter</source>
        <translation>État du suivi par trimestre d’échéance</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans date limite</translation>
    </message>
    <message>
        <source>Share of recommendations completed</source>
        <translation>Part des recommandations réalisées</translation>
    </message>
    <message>
        <source>Completed (%)</source>
        <translation>Réalisées (%)</translation>
    </message>
    <message>
        <source>Donor comments and open requests</source>
        <translation>Commentaires des bailleurs et demandes en suspens</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes en suspens</translation>
    </message>
    <message>
        <source>Show as &amp;Tables</source>
        <translation>Afficher en &amp;tableaux</translation>
    </message>
    <message>
        <source>Show the figures of the charts as tables</source>
        <translation>Afficher les chiffres des graphiques sous forme de tableaux</translation>
    </message>
    <message>
        <source>Chart; its figures are also shown by Show as Tables</source>
        <translation>Graphique&#xa0;; ses chiffres sont aussi présentés par «&#xa0;Afficher en tableaux&#xa0;»</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>one recommendation</comment>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <comment>several recommendations</comment>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 without update for %2 months</source>
        <comment>one recommendation</comment>
        <translation>%1 sans mise à jour depuis %2 mois</translation>
    </message>
    <message>
        <source>%1 without update for %2 months</source>
        <comment>several recommendations</comment>
        <translation>%1 sans mise à jour depuis %2 mois</translation>
    </message>
</context>
<context>
    <name>evalreview::DetailView</name>
    <message>
        <source>Copy citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>Copy the selected text (or the recommendation) with document title and page</source>
        <translation>Copier le texte sélectionné (ou la recommandation) avec le titre du document et la page</translation>
    </message>
    <message>
        <source>Select a recommendation to see it beside its response, actions and donor comments.</source>
        <translation>Sélectionnez une recommandation pour la voir à côté de sa réponse, de ses mesures et des commentaires des bailleurs.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifiée</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <source>✎ edited</source>
        <translation>✎ modifiée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3%4</translation>
    </message>
    <message>
        <source> · page %1</source>
        <translation> · page %1</translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, recommendation %3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2, recommandation %3)</translation>
    </message>
    <message>
        <source>Selected recommendation</source>
        <translation>Recommandation sélectionnée</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Management response and actions</source>
        <translation>Réponse de la direction et mesures</translation>
    </message>
    <message>
        <source>Donor comments</source>
        <translation>Commentaires des bailleurs</translation>
    </message>
    <message>
        <source>Page references are links: Tab moves to them, Enter shows the page</source>
        <translation>Les renvois aux pages sont des liens&#xa0;: Tab y mène, Entrée affiche la page</translation>
    </message>
</context>
<context>
    <name>evalreview::DisagreementModel</name>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Donor comment</source>
        <translation>Commentaire de bailleur</translation>
    </message>
</context>
<context>
    <name>evalreview::DisagreementView</name>
    <message>
        <source>Donor:</source>
        <translation>Bailleur&#xa0;:</translation>
    </message>
    <message>
        <source>Show the comments of one donor only</source>
        <translation>Afficher les commentaires d’un seul bailleur</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Lecture de la bibliothèque</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <source>%1 line</source>
        <translation>%1 ligne</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
</context>
<context>
    <name>evalreview::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Current view (%n recommendation(s))</source>
        <translation>
            <numerusform>Vue actuelle (%n recommandation)</numerusform>
            <numerusform>Vue actuelle (%n recommandations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tableau CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>HTML evidence bundle (.html)</source>
        <translation>Dossier de preuves HTML (.html)</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>Rapport PDF (.pdf)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Fiches&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>Lecture de %1 sur %2…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Please choose the file to write.</source>
        <translation>Veuillez choisir le fichier à écrire.</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Recommendations and follow-up</source>
        <translation>Recommandations et suivi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lecture des fiches…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Exported to %1. %2</source>
        <translation>Exporté dans %1. %2</translation>
    </message>
    <message>
        <source>Indicators period:</source>
        <translation>Période des indicateurs&#xa0;:</translation>
    </message>
    <message>
        <source>The workbook and the report end with the follow-up indicators of the exported recommendations; their closure rate counts the follow-ups due in this period</source>
        <translation>Le classeur et le rapport se terminent par les indicateurs de suivi des recommandations exportées&#xa0;; leur taux de clôture compte les suivis échus dans cette période</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
</context>
<context>
    <name>evalreview::ExportJob</name>
    <message>
        <source>No recommendation matches the current filters, so there is nothing to export.</source>
        <translation>Aucune recommandation ne correspond aux filtres actuels&#xa0;: il n’y a rien à exporter.</translation>
    </message>
</context>
<context>
    <name>evalreview::FilterBar</name>
    <message>
        <source>Filter by words…</source>
        <translation>Filtrer par mots…</translation>
    </message>
    <message>
        <source>Words in the recommendation, its response, actions or donor comments</source>
        <translation>Mots de la recommandation, de sa réponse, de ses mesures ou des commentaires des bailleurs</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Tout suivi</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>État du suivi</translation>
    </message>
    <message>
        <source>All sections / countries</source>
        <translation>Toutes les sections / tous les pays</translation>
    </message>
    <message>
        <source>Section or country</source>
        <translation>Section ou pays</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Toute réponse</translation>
    </message>
    <message>
        <source>Response category</source>
        <translation>Catégorie de réponse</translation>
    </message>
    <message>
        <source>Any donor</source>
        <translation>Tout bailleur</translation>
    </message>
    <message>
        <source>Donor who commented</source>
        <translation>Bailleur ayant commenté</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Only recommendations past their due date and not completed</source>
        <translation>Seulement les recommandations dont la date limite est dépassée et non réalisées</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Commentées</translation>
    </message>
    <message>
        <source>Only recommendations with at least one donor comment</source>
        <translation>Seulement les recommandations ayant au moins un commentaire de bailleur</translation>
    </message>
    <message>
        <source>Recommendations a reviewer signed off, or not yet</source>
        <translation>Recommandations validées par un réviseur, ou pas encore</translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation>Vérifiées ou non</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiées</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiées</translation>
    </message>
    <message>
        <source>Only recommendations due in this period; click to remove</source>
        <translation>Seulement les recommandations échues dans cette période&#xa0;; cliquer pour retirer</translation>
    </message>
    <message>
        <source>Due: %1 ✕</source>
        <translation>Échéance&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrer par mots</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tout thème</translation>
    </message>
    <message>
        <source>Theme (SDG or cross-cutting)</source>
        <translation>Thème (ODD ou transversal)</translation>
    </message>
</context>
<context>
    <name>evalreview::FollowUpPanel</name>
    <message>
        <source>Derived from the document&apos;s timing; edit to confirm.</source>
        <translation>Déduite du calendrier du document&#xa0;; modifiez-la pour la confirmer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note&#xa0;: %1</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date limite</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
</context>
<context>
    <name>evalreview::FollowUpViews</name>
    <message>
        <source>Linked Records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>An export is still running; restore the backup when it has finished.</source>
        <translation>Une exportation est en cours&#xa0;; restaurez la sauvegarde quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Documents are still being imported; restore the backup when the import has finished.</source>
        <translation>Des documents sont en cours d’importation&#xa0;; restaurez la sauvegarde quand l’importation sera terminée.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Due %1 (derived from the timing; editable)</source>
        <translation>Échéance %1 (déduite du calendrier&#xa0;; modifiable)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans date limite</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>No update for %n month(s)</source>
        <translation>
            <numerusform>Aucune mise à jour depuis %n mois</numerusform>
            <numerusform>Aucune mise à jour depuis %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalreview::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Fichier %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1
Page %2 of %3</source>
        <translation>%1
Page %2 sur %3</translation>
    </message>
    <message>
        <source>%1
Waiting for your answer…</source>
        <translation>%1
En attente de votre réponse…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: correction of %2</source>
        <translation>%1&#xa0;: correction de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document importé.</numerusform>
            <numerusform>%n documents importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were already in the library: %1.</source>
        <translation>
            <numerusform>%n document était déjà dans la bibliothèque&#xa0;: %1.</numerusform>
            <numerusform>%n documents étaient déjà dans la bibliothèque&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported because the import was cancelled.</source>
        <translation>
            <numerusform>%n fichier n’a pas été importé car l’importation a été annulée.</numerusform>
            <numerusform>%n fichiers n’ont pas été importés car l’importation a été annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replaced the earlier version; the follow-up moved to the matching recommendations.</source>
        <translation>%1 a remplacé la version précédente&#xa0;; le suivi est passé aux recommandations correspondantes.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé&#xa0;:</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) or correction(s) matched no record of the new version and were kept in the library:</source>
        <translation>
            <numerusform>%n suivi ou correction ne correspondait à aucune fiche de la nouvelle version et a été conservé dans la bibliothèque&#xa0;:</numerusform>
            <numerusform>%n suivis ou corrections ne correspondaient à aucune fiche de la nouvelle version et ont été conservés dans la bibliothèque&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the extraction of these documents:</source>
        <translation>Vérifiez l’extraction de ces documents&#xa0;:</translation>
    </message>
</context>
<context>
    <name>evalreview::ImportWorker</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
</context>
<context>
    <name>evalreview::IndicatorTableModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Not actionable</source>
        <translation>Non opérationnelles</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mises en œuvre</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>Taux de clôture</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Donor requests</source>
        <translation>Demandes des bailleurs</translation>
    </message>
    <message>
        <source>Days to response</source>
        <translation>Jours jusqu’à la réponse</translation>
    </message>
    <message>
        <source>Open follow-ups due before today</source>
        <translation>Suivis ouverts échus avant aujourd’hui</translation>
    </message>
    <message>
        <source>Donor comments that ask for something or disagree, on records not closed</source>
        <translation>Commentaires des bailleurs qui demandent quelque chose ou expriment un désaccord, sur des fiches non clôturées</translation>
    </message>
    <message>
        <source>Median days from an evaluation to the management response that answers it</source>
        <translation>Médiane des jours entre une évaluation et la réponse de la direction qui y répond</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Management responses none of whose actions names both a responsible unit and a time frame, of the responses</source>
        <translation>Réponses de la direction dont aucune action ne nomme à la fois une unité responsable et un délai, sur l’ensemble des réponses</translation>
    </message>
    <message>
        <source>Accepted recommendations (also with reservations or partially) whose follow-up is completed, of the accepted ones</source>
        <translation>Recommandations acceptées (y compris avec réserves ou partiellement) dont le suivi est achevé, sur l’ensemble des acceptées</translation>
    </message>
    <message>
        <source>Follow-ups due in the period chosen and completed by its end, of those due in it</source>
        <translation>Suivis échus dans la période choisie et achevés avant sa fin, sur l’ensemble des suivis échus dans cette période</translation>
    </message>
</context>
<context>
    <name>evalreview::LearningDashboard</name>
    <message>
        <source>Recommendations by theme</source>
        <translation>Recommandations par thème</translation>
    </message>
    <message>
        <source>Overdue follow-ups by owner</source>
        <translation>Suivis en retard par responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message numerus="yes">
        <source>Closure rate: %1 of the %n follow-up(s) due were completed</source>
        <translation>
            <numerusform>Taux de clôture&#xa0;: %1 du %n suivi échu a été achevé</numerusform>
            <numerusform>Taux de clôture&#xa0;: %1 des %n suivis échus ont été achevés</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Accepted and implemented: %1 of %n accepted recommendation(s)</source>
        <translation>
            <numerusform>Acceptées et mises en œuvre&#xa0;: %1 de %n recommandation acceptée</numerusform>
            <numerusform>Acceptées et mises en œuvre&#xa0;: %1 des %n recommandations acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>Responses not actionable (no action with both a responsible unit and a time frame): %1 of %2</source>
        <translation>Réponses non opérationnelles (aucune action avec à la fois une unité responsable et un délai)&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Donor requests without an answer: %1</source>
        <translation>Demandes des bailleurs sans réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Group the indicators by</source>
        <translation>Regrouper les indicateurs par</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Lecture de la bibliothèque</translation>
    </message>
    <message>
        <source>Write the indicators of the period chosen, by document, organisation, year and owner, to a CSV file</source>
        <translation>Écrire les indicateurs de la période choisie, par document, organisation, année et responsable, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Follow-up indicators by group</source>
        <translation>Indicateurs de suivi par groupe</translation>
    </message>
    <message numerus="yes">
        <source>From evaluation to management response: %1 days (median of %n pair(s) of documents)</source>
        <translation>
            <numerusform>De l’évaluation à la réponse de la direction&#xa0;: %1 jours (médiane de %n paire de documents)</numerusform>
            <numerusform>De l’évaluation à la réponse de la direction&#xa0;: %1 jours (médiane de %n paires de documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Indicators written to %1</source>
        <translation>Indicateurs écrits dans %1</translation>
    </message>
    <message>
        <source>Closure rate period:</source>
        <translation>Période du taux de clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Indicators by:</source>
        <translation>Indicateurs par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>evalreview::LearningViews</name>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Recurring Recommendation</source>
        <translation>Recommandation récurrente</translation>
    </message>
    <message>
        <source>Themes and Indicators</source>
        <translation>Thèmes et indicateurs</translation>
    </message>
    <message>
        <source>Lessons not exported: %1</source>
        <translation>Enseignements non exportés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indicators not exported: %1</source>
        <translation>Indicateurs non exportés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit &amp;Themes…</source>
        <translation>Modifier les &amp;thèmes…</translation>
    </message>
    <message>
        <source>Edit the themes and their keywords, import or export them as CSV</source>
        <translation>Modifier les thèmes et leurs mots-clés, les importer ou les exporter en CSV</translation>
    </message>
</context>
<context>
    <name>evalreview::LessonTableModel</name>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement tiré</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>evalreview::LessonsView</name>
    <message>
        <source>Search lessons…</source>
        <translation>Rechercher dans les enseignements…</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Rechercher dans les enseignements</translation>
    </message>
    <message>
        <source>Every word must be in the text; case and accents do not matter</source>
        <translation>Chaque mot doit figurer dans le texte&#xa0;; majuscules et accents sont ignorés</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of lesson</source>
        <translation>Type d’enseignement</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Lecture de la bibliothèque</translation>
    </message>
    <message>
        <source>Lessons learned, good practices and conclusions</source>
        <translation>Enseignements tirés, bonnes pratiques et conclusions</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the listed lessons to a CSV file</source>
        <translation>Écrire les enseignements listés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation>Exporter les enseignements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) written to %1</source>
        <translation>
            <numerusform>%n enseignement écrit dans %1</numerusform>
            <numerusform>%n enseignements écrits dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evalreview::LibraryCopyController</name>
    <message>
        <source>Cop&amp;y Library to Server…</source>
        <translation>&amp;Copier la bibliothèque sur le serveur…</translation>
    </message>
    <message>
        <source>Copy the open library file, with all its reviewer data, into an empty team library</source>
        <translation>Copier le fichier de bibliothèque ouvert, avec toutes ses données de réviseurs, dans une bibliothèque d’équipe vide</translation>
    </message>
    <message>
        <source>Copy Library to Server</source>
        <translation>Copier la bibliothèque sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>The library %1 is copied, with all its reviewer data, into a team library that holds nothing yet. Only the owner of the team library&apos;s database can do this; the library file stays as it is.</source>
        <translation>La bibliothèque %1 est copiée, avec toutes ses données de réviseurs, dans une bibliothèque d’équipe encore vide. Seul le propriétaire de la base de données de la bibliothèque d’équipe peut le faire&#xa0;; le fichier de bibliothèque reste tel quel.</translation>
    </message>
    <message>
        <source>Library not copied</source>
        <translation>Bibliothèque non copiée</translation>
    </message>
    <message>
        <source>Copying %1 to the team library %2…
The copy is one step on the server: if you cancel it, nothing is copied.</source>
        <translation>Copie de %1 dans la bibliothèque d’équipe %2…
La copie se fait en une seule étape sur le serveur&#xa0;: si vous l’annulez, rien n’est copié.</translation>
    </message>
    <message>
        <source>Copying the library to the team library %1…</source>
        <translation>Copie de la bibliothèque dans la bibliothèque d’équipe %1…</translation>
    </message>
    <message>
        <source>Cancelling the copy…</source>
        <translation>Annulation de la copie…</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the team library.</source>
        <translation>La copie a été annulée&#xa0;; rien n’a été copié dans la bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>The library was copied to the team library %1.</source>
        <translation>La bibliothèque a été copiée dans la bibliothèque d’équipe %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of %1, with all the reviewer data, are now in the team library %2. Open the team library now?</source>
        <translation>
            <numerusform>%n document de %1, avec toutes les données des réviseurs, se trouve maintenant dans la bibliothèque d’équipe %2. Ouvrir la bibliothèque d’équipe maintenant&#xa0;?</numerusform>
            <numerusform>%n documents de %1, avec toutes les données des réviseurs, se trouvent maintenant dans la bibliothèque d’équipe %2. Ouvrir la bibliothèque d’équipe maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Library copied</source>
        <translation>Bibliothèque copiée</translation>
    </message>
    <message>
        <source>&amp;Open Team Library</source>
        <translation>&amp;Ouvrir la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>&amp;Keep This Library Open</source>
        <translation>&amp;Garder cette bibliothèque ouverte</translation>
    </message>
</context>
<context>
    <name>evalreview::LibrarySession</name>
    <message>
        <source>This library is read-only here (its file or folder cannot be written), so nothing can be changed in it.</source>
        <translation>Cette bibliothèque est ici en lecture seule (son fichier ou son dossier n’est pas accessible en écriture)&#xa0;: rien ne peut y être modifié.</translation>
    </message>
</context>
<context>
    <name>evalreview::LibrarySidebar</name>
    <message numerus="yes">
        <source>%1
%2 · %n page(s)</source>
        <translation>
            <numerusform>%1
%2 · %n page</numerusform>
            <numerusform>%1
%2 · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n vérifiée</numerusform>
            <numerusform>%n vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the extraction:</source>
        <translation>Vérifiez l’extraction&#xa0;:</translation>
    </message>
    <message>
        <source>Right-click and choose Mark Up by Hand to add what the import missed.</source>
        <translation>Clic droit puis «&#xa0;Annoter à la main&#xa0;» pour ajouter ce que l’importation a manqué.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Recs</source>
        <translation>Recos</translation>
    </message>
    <message>
        <source>Management responses</source>
        <translation>Réponses de la direction</translation>
    </message>
    <message>
        <source>Evaluation reports</source>
        <translation>Rapports d’évaluation</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Rapports d’avancement</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Final reports</source>
        <translation>Rapports finaux</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <source>All documents (%1)</source>
        <translation>Tous les documents (%1)</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Mark Up by Hand…</source>
        <translation>Annoter à la main…</translation>
    </message>
    <message>
        <source>Library documents</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <source>Share with Donors…</source>
        <translation>Partager avec les bailleurs…</translation>
    </message>
</context>
<context>
    <name>evalreview::LinkChainPanel</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>Confirm the selected suggested link</source>
        <translation>Confirmer le lien suggéré sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected link; it will not be suggested again</source>
        <translation>Retirer le lien sélectionné&#xa0;; il ne sera plus suggéré</translation>
    </message>
    <message>
        <source>Link this recommendation to another one, chosen by its code</source>
        <translation>Lier cette recommandation à une autre, choisie par son code</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Réponse de la direction</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Donor comments</source>
        <translation>Commentaires des bailleurs</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Code of the recommendation to link to:</source>
        <translation>Code de la recommandation à lier&#xa0;:</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <source>%1 link, score %2; click to open</source>
        <translation>Lien %1, score %2&#xa0;; cliquer pour ouvrir</translation>
    </message>
    <message>
        <source>%1 — %2 (this record)</source>
        <translation>%1 — %2 (cette fiche)</translation>
    </message>
    <message>
        <source>confirm a link</source>
        <translation>confirmer un lien</translation>
    </message>
    <message>
        <source>remove a link</source>
        <translation>retirer un lien</translation>
    </message>
    <message>
        <source>No such recommendation</source>
        <translation>Recommandation introuvable</translation>
    </message>
    <message>
        <source>No other recommendation has the code %1.</source>
        <translation>Aucune autre recommandation ne porte le code %1.</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>lier à %1</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Fiches liées</translation>
    </message>
</context>
<context>
    <name>evalreview::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This library&apos;s file or folder cannot be written here: it can be read, searched and exported, but not changed.</source>
        <translation>Le fichier ou le dossier de cette bibliothèque n’est pas accessible en écriture ici&#xa0;: elle peut être lue, consultée et exportée, mais pas modifiée.</translation>
    </message>
    <message>
        <source>The library is read-only</source>
        <translation>La bibliothèque est en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) match the filters</source>
        <translation>
            <numerusform>%n recommandation correspond aux filtres</numerusform>
            <numerusform>%n recommandations correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>A change was not saved</source>
        <translation>Une modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The change “%1” could not be saved in the library.</source>
        <translation>La modification «&#xa0;%1&#xa0;» n’a pas pu être enregistrée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Ouvrir une &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Recent Libraries</source>
        <translation>Bibliothèques récentes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Filter Recommendations</source>
        <translation>&amp;Filtrer les recommandations</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fich&amp;e</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Previous Recommendation</source>
        <translation>Recommandation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Recommendation</source>
        <translation>Recommandation &amp;suivante</translation>
    </message>
    <message>
        <source>Previous &amp;Page</source>
        <translation>Pa&amp;ge précédente</translation>
    </message>
    <message>
        <source>Next P&amp;age</source>
        <translation>Page s&amp;uivante</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About EvalReview</source>
        <translation>&amp;À propos d’EvalReview</translation>
    </message>
    <message>
        <source>Library not opened</source>
        <translation>Bibliothèque non ouverte</translation>
    </message>
    <message>
        <source>%1 (read-only) — EvalReview</source>
        <translation>%1 (lecture seule) — EvalReview</translation>
    </message>
    <message>
        <source>%1 — EvalReview</source>
        <translation>%1 — EvalReview</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in %1</source>
        <translation>
            <numerusform>%n document dans %1</numerusform>
            <numerusform>%n documents dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Only PDF and Word (DOCX) documents can be imported.</source>
        <translation>Seuls les documents PDF et Word (DOCX) peuvent être importés.</translation>
    </message>
    <message>
        <source>Library is read-only</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
    <message>
        <source>Documents cannot be imported into this library: its file or folder cannot be written here. Open or create a library in a folder you can write to.</source>
        <translation>Impossible d’importer des documents dans cette bibliothèque&#xa0;: son fichier ou son dossier n’est pas accessible en écriture ici. Ouvrez ou créez une bibliothèque dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Import under way</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>Please wait until the current import has finished.</source>
        <translation>Veuillez attendre la fin de l’importation en cours.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Evaluation documents (*.pdf *.docx)</source>
        <translation>Documents d’évaluation (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Ouvrir ou créer une bibliothèque</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview);;All files (*)</source>
        <translation>Bibliothèques EvalReview (*.evalreview);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About EvalReview</source>
        <translation>À propos d’EvalReview</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvalReview %1&lt;/h3&gt;&lt;p&gt;A workbench for following up evaluations of development programmes: recommendations, management responses, actions, donor comments and follow-up, each traced to its source page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EvalReview %1&lt;/h3&gt;&lt;p&gt;Un atelier pour le suivi des évaluations de programmes de développement&#xa0;: recommandations, réponses de la direction, mesures, commentaires des bailleurs et suivi, chacun rattaché à sa page source.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l’importation…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Library…</source>
        <translation>Se connecter à une &amp;bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>%1 on %2 (team library)</source>
        <translation>%1 sur %2 (bibliothèque d’équipe)</translation>
    </message>
    <message>
        <source>Changes by others are no longer shown as they happen: %1</source>
        <translation>Les modifications des autres ne s’affichent plus au fur et à mesure : %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>Role: %1 (%2)</source>
        <translation>Rôle : %1 (%2)</translation>
    </message>
    <message>
        <source>Your role on this team library lets you read and search it, not change it.</source>
        <translation>Votre rôle dans cette bibliothèque d’équipe vous permet de la lire et d’y chercher, pas de la modifier.</translation>
    </message>
    <message>
        <source>Your role on this team library</source>
        <translation>Votre rôle dans cette bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>programme manager</source>
        <translation>responsable de programme</translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation>évaluateur</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>bailleur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>Connecting to team library %1…</source>
        <translation>Connexion à la bibliothèque d’équipe %1…</translation>
    </message>
    <message>
        <source>What donors read is saved.</source>
        <translation>Ce que lisent les bailleurs est enregistré.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>evalreview::PageRenderer</name>
    <message>
        <source>The source file %1 is no longer where it was imported from.</source>
        <translation>Le fichier source %1 n’est plus à l’emplacement d’où il a été importé.</translation>
    </message>
    <message>
        <source>The source file %1 cannot be opened as a PDF.</source>
        <translation>Le fichier source %1 ne peut pas être ouvert en tant que PDF.</translation>
    </message>
    <message>
        <source>Page %1 is not in this document.</source>
        <translation>La page %1 ne figure pas dans ce document.</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>La page %1 est illisible.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>La page %1 n’a pas pu être affichée.</translation>
    </message>
</context>
<context>
    <name>evalreview::PageView</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Add a record: draw a rectangle around its text on the page (Esc to stop)</source>
        <translation>Ajouter une fiche&#xa0;: tracez un rectangle autour de son texte sur la page (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>Source page</source>
        <translation>Page source</translation>
    </message>
    <message>
        <source>The source page of the selected field appears here.</source>
        <translation>La page source du champ sélectionné s’affiche ici.</translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · page %2</translation>
    </message>
    <message>
        <source>%1 is a Word document, which has no fixed pages to show. Its text is in the panes below.</source>
        <translation>%1 est un document Word, sans pages fixes à afficher. Son texte figure dans les volets ci-dessous.</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>The page of the document the selected field comes from, its region highlighted; the page title above names the document and page</source>
        <translation>La page du document d’où provient le champ sélectionné, sa zone surlignée&#xa0;; le titre au-dessus indique le document et la page</translation>
    </message>
</context>
<context>
    <name>evalreview::PeriodChooser</name>
    <message>
        <source>Period of the closure rate</source>
        <translation>Période du taux de clôture</translation>
    </message>
    <message>
        <source>The follow-ups due in this period, and how many of them were completed by its end</source>
        <translation>Les suivis échus dans cette période, et combien d’entre eux ont été achevés avant sa fin</translation>
    </message>
    <message>
        <source>Everything due up to today</source>
        <translation>Tout ce qui est échu jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>This year to date</source>
        <translation>Cette année jusqu’à ce jour</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>evalreview::RecommendationTableModel</name>
    <message>
        <source>Added by a reviewer</source>
        <translation>Ajoutée par un réviseur</translation>
    </message>
    <message>
        <source>Edited by a reviewer</source>
        <translation>Modifiée par un réviseur</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiées</translation>
    </message>
    <message numerus="yes">
        <source>%n donor comment(s)</source>
        <translation>
            <numerusform>%n commentaire de bailleur</numerusform>
            <numerusform>%n commentaires de bailleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Section / country</source>
        <translation>Section / pays</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Number of evaluations in which the same recommendation is made</source>
        <translation>Nombre d’évaluations qui font la même recommandation</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Vue dans</translation>
    </message>
</context>
<context>
    <name>evalreview::RecommendationsPanel</name>
    <message numerus="yes">
        <source>More than %n recommendation(s), counting…</source>
        <translation>
            <numerusform>Plus de %n recommandation, décompte en cours…</numerusform>
            <numerusform>Plus de %n recommandations, décompte en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>evalreview::RecordEditDialog</name>
    <message>
        <source>Edit Recommendation %1</source>
        <translation>Modifier la recommandation %1</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recommandation %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>Comment of %1</source>
        <translation>Commentaire de %1</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Edited. Extracted: %1</source>
        <translation>Modifié. Extrait&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Use Extracted Value</source>
        <translation>Utiliser la valeur extraite</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non précisé)</translation>
    </message>
</context>
<context>
    <name>evalreview::RecurringFinder</name>
    <message>
        <source>Find &amp;Recurring Recommendations</source>
        <translation>Rechercher les recommandations ré&amp;currentes</translation>
    </message>
    <message>
        <source>Group the recommendations of different evaluations that say the same thing (the “Seen in” column)</source>
        <translation>Regrouper les recommandations de différentes évaluations qui disent la même chose (la colonne «&#xa0;Vue dans&#xa0;»)</translation>
    </message>
    <message>
        <source>Finding recurring recommendations</source>
        <translation>Recherche des recommandations récurrentes</translation>
    </message>
    <message>
        <source>Finding recurring recommendations…</source>
        <translation>Recherche des recommandations récurrentes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop finding recurring recommendations; the groups stay as they were</source>
        <translation>Arrêter la recherche des recommandations récurrentes&#xa0;; les groupes restent tels quels</translation>
    </message>
    <message>
        <source>find recurring recommendations</source>
        <translation>rechercher les recommandations récurrentes</translation>
    </message>
    <message>
        <source>Finding recurring recommendations was cancelled; the groups are as they were.</source>
        <translation>La recherche des recommandations récurrentes a été annulée&#xa0;; les groupes sont restés tels quels.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of recurring recommendations found; %1 of %2 recommendations are in one.</source>
        <translation>
            <numerusform>%n groupe de recommandations récurrentes trouvé&#xa0;; %1 des %2 recommandations font partie d’un groupe.</numerusform>
            <numerusform>%n groupes de recommandations récurrentes trouvés&#xa0;; %1 des %2 recommandations font partie d’un groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>evalreview::RecurringGroupView</name>
    <message>
        <source>&amp;Split from Group</source>
        <translation>&amp;Séparer du groupe</translation>
    </message>
    <message>
        <source>This recommendation does not say the same thing: take it out of the group</source>
        <translation>Cette recommandation ne dit pas la même chose&#xa0;: la retirer du groupe</translation>
    </message>
    <message>
        <source>Recommendations of other evaluations that say the same thing</source>
        <translation>Recommandations d’autres évaluations qui disent la même chose</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>Seen in %n evaluation(s): the recommendations below say the same thing.</source>
        <translation>
            <numerusform>Vue dans %n évaluation&#xa0;: les recommandations ci-dessous disent la même chose.</numerusform>
            <numerusform>Vue dans %n évaluations&#xa0;: les recommandations ci-dessous disent la même chose.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected recommendation is seen in no other evaluation.</source>
        <translation>La recommandation sélectionnée n’apparaît dans aucune autre évaluation.</translation>
    </message>
    <message>
        <source>split %1 from its group</source>
        <translation>séparer %1 de son groupe</translation>
    </message>
</context>
<context>
    <name>evalreview::SearchPanel</name>
    <message>
        <source>Search all documents (Ctrl+F)</source>
        <translation>Rechercher dans tous les documents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Nothing in the library matches &quot;%1&quot;.</source>
        <translation>Rien dans la bibliothèque ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Enter opens the page.</source>
        <translation>
            <numerusform>%n résultat&#xa0;; Entrée ouvre la page.</numerusform>
            <numerusform>%n résultats&#xa0;; Entrée ouvre la page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>About %n match(es); Enter opens the page.</source>
        <translation>
            <numerusform>Environ %n résultat&#xa0;; Entrée ouvre la page.</numerusform>
            <numerusform>Environ %n résultats&#xa0;; Entrée ouvre la page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>evalreview::SelectionController</name>
    <message>
        <source>This match has no page to show.</source>
        <translation>Ce résultat n’a pas de page à afficher.</translation>
    </message>
</context>
<context>
    <name>evalreview::SettingsDialog</name>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>An open recommendation without any follow-up change for this long is flagged</source>
        <translation>Une recommandation ouverte sans aucune modification de suivi depuis cette durée est signalée</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>&amp;Inactive après&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time EvalReview starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’EvalReview.</translation>
    </message>
    <message>
        <source>Choose or create a library</source>
        <translation>Choisir ou créer une bibliothèque</translation>
    </message>
    <message>
        <source>EvalReview libraries (*.evalreview);;All files (*)</source>
        <translation>Bibliothèques EvalReview (*.evalreview);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>evalreview::ShareDocumentDialog</name>
    <message>
        <source>Share with Donors</source>
        <translation>Partager avec les bailleurs</translation>
    </message>
    <message>
        <source>Donors read only the documents shared with their organisation, with their recommendations, responses, actions, comments and follow-up. Share “%1” with:</source>
        <translation>Les bailleurs ne lisent que les documents partagés avec leur organisation, avec leurs recommandations, réponses, mesures, commentaires et suivi. Partager «&#xa0;%1&#xa0;» avec&#xa0;:</translation>
    </message>
    <message>
        <source>Reading what is shared…</source>
        <translation>Lecture des partages…</translation>
    </message>
    <message>
        <source>Donor organisations</source>
        <translation>Organisations des bailleurs</translation>
    </message>
    <message>
        <source>Another organisation, as its donor logins have it</source>
        <translation>Une autre organisation, telle qu’indiquée dans ses comptes bailleurs</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Autre organisation</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>The library has no donor logins yet: type the organisation a donor login will have.</source>
        <translation>La bibliothèque n’a encore aucun compte bailleur&#xa0;: saisissez l’organisation qu’aura un compte bailleur.</translation>
    </message>
    <message>
        <source>Sharing “%1”</source>
        <translation>Partage de “%1”</translation>
    </message>
</context>
<context>
    <name>evalreview::TeamLibraryDialog</name>
    <message>
        <source>Connect to Team Library</source>
        <translation>Se connecter à une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>lu dans ~/.pgpass s’il est laissé vide</translation>
    </message>
    <message>
        <source>Kept in memory until EvalReview closes; never saved</source>
        <translation>Gardé en mémoire jusqu’à la fermeture d’EvalReview ; jamais enregistré</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Your administrator gives you these. What you may change in the team library is decided by the role the server gives your user.</source>
        <translation>Votre administrateur vous les communique. Ce que vous pouvez modifier dans la bibliothèque d’équipe dépend du rôle que le serveur donne à votre utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>evalreview::ThemeEditorDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Edit Themes</source>
        <translation>Modifier les thèmes</translation>
    </message>
    <message>
        <source>Recommendations, actions and lessons are tagged with the themes whose keywords they hold. Separate keywords with semicolons; a * at the end of a word matches any ending. On OK the tags are suggested again from the keywords; the tags reviewers confirmed or removed stay.</source>
        <translation>Les recommandations, mesures et enseignements sont étiquetés avec les thèmes dont ils contiennent les mots-clés. Séparez les mots-clés par des points-virgules&#xa0;; un * à la fin d’un mot correspond à n’importe quelle terminaison. Avec OK, les étiquettes sont à nouveau suggérées d’après les mots-clés&#xa0;; celles que les réviseurs ont confirmées ou retirées sont conservées.</translation>
    </message>
    <message>
        <source>You may look at the themes and export them, but not change them: %1</source>
        <translation>Vous pouvez consulter les thèmes et les exporter, mais pas les modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>on a team library only an administrator may.</source>
        <translation>dans une bibliothèque d’équipe, seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>this library is read-only here.</source>
        <translation>cette bibliothèque est ici en lecture seule.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Add a theme below the others</source>
        <translation>Ajouter un thème sous les autres</translation>
    </message>
    <message>
        <source>Remove the selected themes and, once saved, their tags</source>
        <translation>Retirer les thèmes sélectionnés et, après l’enregistrement, leurs étiquettes</translation>
    </message>
    <message>
        <source>Replace the themes shown with those of a CSV file (saved on OK)</source>
        <translation>Remplacer les thèmes affichés par ceux d’un fichier CSV (enregistrés avec OK)</translation>
    </message>
    <message>
        <source>Write the themes shown to a CSV file</source>
        <translation>Écrire les thèmes affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>The themes could not be read; close and try again.</source>
        <translation>Impossible de lire les thèmes&#xa0;; fermez et réessayez.</translation>
    </message>
    <message>
        <source>Reading the themes…</source>
        <translation>Lecture des thèmes…</translation>
    </message>
    <message>
        <source>Import themes</source>
        <translation>Importer des thèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Themes not imported</source>
        <translation>Thèmes non importés</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no themes as EvalReview writes them.</source>
        <translation>Le fichier %1 ne contient aucun thème au format écrit par EvalReview.</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) read from the file; OK saves them.</source>
        <translation>
            <numerusform>%n thème lu dans le fichier&#xa0;; OK l’enregistre.</numerusform>
            <numerusform>%n thèmes lus dans le fichier&#xa0;; OK les enregistre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes not exported</source>
        <translation>Thèmes non exportés</translation>
    </message>
    <message>
        <source>Export themes</source>
        <translation>Exporter les thèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Impossible d’écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) written to %1</source>
        <translation>
            <numerusform>%n thème écrit dans %1</numerusform>
            <numerusform>%n thèmes écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Themes not saved</source>
        <translation>Thèmes non enregistrés</translation>
    </message>
    <message>
        <source>Saving the themes and suggesting the tags again…</source>
        <translation>Enregistrement des thèmes et nouvelle suggestion des étiquettes…</translation>
    </message>
    <message>
        <source>change the themes</source>
        <translation>modifier les thèmes</translation>
    </message>
</context>
<context>
    <name>evalreview::ThemeTableModel</name>
    <message>
        <source>The theme on line %1 has no key. Every theme needs a short key, such as “sdg8”.</source>
        <translation>Le thème de la ligne %1 n’a pas de clé. Chaque thème a besoin d’une clé courte, comme «&#xa0;sdg8&#xa0;».</translation>
    </message>
    <message>
        <source>The key “%1” is there twice (line %2). Each theme needs a key of its own.</source>
        <translation>La clé «&#xa0;%1&#xa0;» figure deux fois (ligne %2). Chaque thème doit avoir sa propre clé.</translation>
    </message>
    <message>
        <source>The theme “%1” has no label. Give it the name reviewers see.</source>
        <translation>Le thème «&#xa0;%1&#xa0;» n’a pas de libellé. Donnez-lui le nom que verront les réviseurs.</translation>
    </message>
    <message>
        <source>The taxonomy holds no theme. Add at least one theme.</source>
        <translation>La taxonomie ne contient aucun thème. Ajoutez au moins un thème.</translation>
    </message>
    <message>
        <source>A short name of the theme, unique in the taxonomy; the tags of a theme stay with its key</source>
        <translation>Nom court du thème, unique dans la taxonomie&#xa0;; les étiquettes d’un thème restent attachées à sa clé</translation>
    </message>
    <message>
        <source>sdg, cross_cutting or a group of your own</source>
        <translation>sdg, cross_cutting ou un groupe de votre choix</translation>
    </message>
    <message>
        <source>Words or phrases separated by semicolons; a * at the end of a word matches any ending</source>
        <translation>Mots ou expressions séparés par des points-virgules&#xa0;; un * à la fin d’un mot correspond à n’importe quelle terminaison</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Keywords (English)</source>
        <translation>Mots-clés (anglais)</translation>
    </message>
    <message>
        <source>Keywords (French)</source>
        <translation>Mots-clés (français)</translation>
    </message>
    <message>
        <source>Keywords (Spanish)</source>
        <translation>Mots-clés (espagnol)</translation>
    </message>
</context>
<context>
    <name>evalreview::ThemeTagsPanel</name>
    <message>
        <source>Themes:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Themes suggested from keywords; confirm or remove them</source>
        <translation>Thèmes suggérés d’après des mots-clés&#xa0;; confirmez-les ou retirez-les</translation>
    </message>
    <message>
        <source>Confirm the selected theme</source>
        <translation>Confirmer le thème sélectionné</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>%1: found the keyword “%2”</source>
        <translation>%1&#xa0;: mot-clé «&#xa0;%2&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Aucun trouvé</translation>
    </message>
    <message>
        <source>confirm the theme %1</source>
        <translation>confirmer le thème %1</translation>
    </message>
    <message>
        <source>remove the theme %1</source>
        <translation>retirer le thème %1</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Remove the selected theme</source>
        <translation>Retirer le thème sélectionné</translation>
    </message>
    <message>
        <source>Themes of the recommendation and its actions</source>
        <translation>Thèmes de la recommandation et de ses actions</translation>
    </message>
    <message>
        <source>Themes of the action</source>
        <translation>Thèmes de l&apos;action</translation>
    </message>
    <message>
        <source>Themes of the lesson</source>
        <translation>Thèmes de la leçon</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <extracomment>a theme tag of one of the recommendation&apos;s actions: &quot;Action 2: Gender (suggested)&quot;</extracomment>
        <translation>Action %1 : %2</translation>
    </message>
</context>
</TS>
