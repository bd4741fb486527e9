<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EvidenceReaderTr</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="58"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation>nom de membre en double&#xa0;: chaque nom ne doit apparaître qu&apos;une fois par objet</translation>
    </message>
</context>
<context>
    <name>RuntimeExportTr</name>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="171"/>
        <source>expected a JSON object (an agent runtime export)</source>
        <translation>objet JSON attendu (un export d&apos;exécution d&apos;agents)</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="180"/>
        <source>expected an array for &quot;audit_entries&quot;</source>
        <translation>tableau attendu pour « audit_entries »</translation>
    </message>
</context>
<context>
    <name>UnsavedWorkGuard</name>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="25"/>
        <source>%Ln unsaved questionnaire answer(s) in package %1</source>
        <translation>
            <numerusform>%Ln réponse au questionnaire non enregistrée dans le paquet %1</numerusform>
            <numerusform>%Ln réponses au questionnaire non enregistrées dans le paquet %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="27"/>
        <source>%Ln answer(s) in package %1 cannot be saved: no verdict is chosen, or an exception has no comment</source>
        <translation>
            <numerusform>%Ln réponse du paquet %1 ne peut pas être enregistrée : aucun verdict choisi, ou une exception sans commentaire</numerusform>
            <numerusform>%Ln réponses du paquet %1 ne peuvent pas être enregistrées : aucun verdict choisi, ou une exception sans commentaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="32"/>
        <source>%Ln unsaved workpaper result(s) in %1</source>
        <translation>
            <numerusform>%Ln résultat de feuille de travail non enregistré dans %1</numerusform>
            <numerusform>%Ln résultats de feuille de travail non enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="34"/>
        <source>%Ln workpaper result(s) in %1 cannot be saved</source>
        <translation>
            <numerusform>%Ln résultat de feuille de travail dans %1 ne peut pas être enregistré</numerusform>
            <numerusform>%Ln résultats de feuille de travail dans %1 ne peuvent pas être enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="44"/>
        <source>Save All stores the complete ones and discards these; Cancel to complete them.</source>
        <translation>« Tout enregistrer » enregistre les éléments complets et abandonne ceux-ci ; « Annuler » pour les compléter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="45"/>
        <source>Discard them, or Cancel to complete them.</source>
        <translation>Abandonnez-les, ou « Annuler » pour les compléter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="65"/>
        <source>Unsaved work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="67"/>
        <source>Save All stores them as the Save buttons do (recorded in the activity log); Discard drops them.</source>
        <translation>« Tout enregistrer » les enregistre comme les boutons Enregistrer (consigné dans le journal d’activité) ; « Abandonner » les supprime.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="69"/>
        <source>Discard drops them.</source>
        <translation>« Abandonner » les supprime.</translation>
    </message>
</context>
<context>
    <name>ab::AgentsPage</name>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="22"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Agent ID</source>
        <translation>ID de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Deployed at</source>
        <translation>Déployé le</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="32"/>
        <source>Drift events</source>
        <translation>Événements de dérive</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="32"/>
        <source>Latest package</source>
        <translation>Dernier dossier</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="51"/>
        <source>Open a workspace to list its agents.</source>
        <translation>Ouvrez un espace de travail pour lister ses agents.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="58"/>
        <source>The agents could not be listed.</source>
        <translation>Les agents n&apos;ont pas pu être listés.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="70"/>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="77"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolio/AgentsPage.cpp" line="87"/>
        <source>%Ln agent(s), %1 active.</source>
        <translation>
            <numerusform>%Ln agent, %1 actif.</numerusform>
            <numerusform>%Ln agents, %1 actifs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="20"/>
        <source>Workpapers</source>
        <translation>Feuilles de travail</translation>
    </message>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="21"/>
        <source>Gaps and Duplicates</source>
        <translation>Lacunes et doublons</translation>
    </message>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="22"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="20"/>
        <source>CSV, every column (*.csv)</source>
        <translation>CSV, toutes les colonnes (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="21"/>
        <source>JSON, the records as imported (*.json)</source>
        <translation>JSON, les enregistrements tels qu&apos;importés (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="22"/>
        <source>NDJSON, one record per line (*.ndjson)</source>
        <translation>NDJSON, un enregistrement par ligne (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="26"/>
        <source>Export the visible records</source>
        <translation>Exporter les enregistrements visibles</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="52"/>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="129"/>
        <source>the workspace %1 is no longer open</source>
        <translation>l&apos;espace de travail %1 n&apos;est plus ouvert</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="133"/>
        <source>Exported, but the activity log could not record it: %1</source>
        <translation>Exporté, mais le journal d&apos;activité n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="74"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln enregistrement exporté vers %1.</numerusform>
            <numerusform>%Ln enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="101"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation>Exporté, mais le fichier de provenance n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="155"/>
        <source>the search was stopped</source>
        <translation>la recherche a été interrompue</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="359"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="361"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="363"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="365"/>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="367"/>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="369"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="371"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="373"/>
        <source>Record id</source>
        <translation>Id de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="375"/>
        <source>Seq.</source>
        <translation>N° seq.</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="377"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="379"/>
        <source>Framework reference</source>
        <translation>Référence du référentiel</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="381"/>
        <source>Override reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="383"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="385"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="387"/>
        <source>Source IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="389"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogOcsfExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="15"/>
        <source>OCSF events, one per line (*.ndjson)</source>
        <translation>Événements OCSF, un par ligne (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="16"/>
        <source>OCSF events as a JSON array (*.json)</source>
        <translation>Événements OCSF sous forme de tableau JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="19"/>
        <source>Export OCSF events</source>
        <translation>Exporter les événements OCSF</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="35"/>
        <source>Exporting OCSF</source>
        <translation>Export OCSF</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="62"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation>Exporté, mais le fichier de provenance n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="68"/>
        <source>Exported %Ln OCSF event(s) to %1.</source>
        <translation>
            <numerusform>%Ln événement OCSF exporté vers %1.</numerusform>
            <numerusform>%Ln événements OCSF exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AuditLogTableMenus</name>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="49"/>
        <source>Export Visible Records…</source>
        <translation>Exporter les enregistrements visibles…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="52"/>
        <source>Export OCSF…</source>
        <translation>Exporter en OCSF…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="56"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogView</name>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="37"/>
        <source>Print Listing…</source>
        <translation>Imprimer la liste…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="38"/>
        <source>Preview Listing…</source>
        <translation>Aperçu de la liste…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="39"/>
        <source>Export Listing as PDF…</source>
        <translation>Exporter la liste en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="61"/>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="62"/>
        <source>e.g. email,ssn</source>
        <translation>p. ex. email,ssn</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="63"/>
        <source>Search the records&apos; JSON…</source>
        <translation>Rechercher dans le JSON des enregistrements…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="34"/>
        <source>Listin&amp;g</source>
        <translation>Li&amp;ste</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="68"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="70"/>
        <source>Sa&amp;mple…</source>
        <translation>Éc&amp;hantillon…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="76"/>
        <source>F&amp;ramework:</source>
        <translation>Référe&amp;ntiel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="77"/>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="78"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="79"/>
        <source>&amp;Entity types:</source>
        <translation>T&amp;ypes d&apos;entité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="80"/>
        <source>&amp;User:</source>
        <translation>Ut&amp;ilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="82"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="121"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="122"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="151"/>
        <source>The charts could not be drawn: %1</source>
        <translation>Les graphiques n&apos;ont pas pu être tracés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="155"/>
        <source>The audit log filter could not be applied: %1</source>
        <translation>Le filtre du journal d&apos;audit n&apos;a pas pu être appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="212"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="213"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="214"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="302"/>
        <source>Searching %1 records…</source>
        <translation>Recherche dans %1 enregistrements…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="304"/>
        <source>Filter failed (see Issues): %1 records not searched</source>
        <translation>Échec du filtre (voir Problèmes)&#xa0;: %1 enregistrements non parcourus</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="306"/>
        <source>%1 of %2 records</source>
        <translation>%1 sur %2 enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="344"/>
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="346"/>
        <source>Source: %1, record %2 of the file</source>
        <translation>Source&#xa0;: %1, enregistrement %2 du fichier</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="350"/>
        <source>Chain fields</source>
        <translation>Champs de chaîne</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="355"/>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="358"/>
        <source>Record as imported</source>
        <translation>Enregistrement tel qu&apos;importé</translation>
    </message>
</context>
<context>
    <name>ab::AuditorDialog</name>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="17"/>
        <source>Who Is Auditing?</source>
        <translation>Qui réalise l&apos;audit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="18"/>
        <source>Your name goes onto every import, verification, package and report this workbench records. It is asked once and can be changed in Settings.</source>
        <translation>Votre nom figure sur chaque import, vérification, dossier et rapport que cet atelier enregistre. Il n&apos;est demandé qu&apos;une fois et peut être modifié dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="35"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="36"/>
        <source>F&amp;irm:</source>
        <translation>&amp;Cabinet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ab::BundlesView</name>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Rule mappings</source>
        <translation>Correspondances de règles</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="25"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bundles/BundlesView.cpp" line="83"/>
        <source>%Ln bundle(s), %1 enabled</source>
        <translation>
            <numerusform>%Ln bundle, %1 activé(s)</numerusform>
            <numerusform>%Ln bundles, %1 activé(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="96"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="96"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ab::ChainInput</name>
    <message>
        <location filename="../core/chain/ChainInput.cpp" line="30"/>
        <source>the file was changed (truncated or rewritten) while it was being verified: nothing from this run can be trusted; verify it again</source>
        <translation>le fichier a été modifié (tronqué ou réécrit) pendant sa vérification : rien de cette exécution n&apos;est fiable ; vérifiez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>ab::ChainVerifier</name>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="161"/>
        <source>a record larger than 4 GiB: expected smaller records</source>
        <translation>un enregistrement de plus de 4 Gio : enregistrements plus petits attendus</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="264"/>
        <source>Parsing and authenticating records</source>
        <translation>Lecture et authentification des enregistrements</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="121"/>
        <source>Checking the chain</source>
        <translation>Vérification de la chaîne</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="361"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
</context>
<context>
    <name>ab::ComplianceData</name>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="27"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation>les données livrées avec AuditBench sont absentes (erreur de compilation)</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="38"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON invalide (%1)</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="41"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="65"/>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation>«&#xa0;%1&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="78"/>
        <source>%1[%2]: expected a non-empty &quot;%3&quot;</source>
        <translation>%1[%2]&#xa0;: «&#xa0;%3&#xa0;» non vide attendu</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="146"/>
        <source>cannot read the sub-processor registry (%1)</source>
        <translation>impossible de lire le registre des sous-traitants ultérieurs (%1)</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="189"/>
        <source>mappings[%1]: expected &quot;action_type&quot; and a non-empty &quot;controls&quot; array of criterion ids</source>
        <translation>mappings[%1]&#xa0;: «&#xa0;action_type&#xa0;» et un tableau «&#xa0;controls&#xa0;» non vide d&apos;identifiants de critères attendus</translation>
    </message>
</context>
<context>
    <name>ab::CoverageTimeline</name>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="66"/>
        <source>Coverage time line</source>
        <translation>Frise de couverture</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="112"/>
        <source>Requested period %1 to %2.</source>
        <translation>Période demandée du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="113"/>
        <source>(open)</source>
        <translation>(ouverte)</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="114"/>
        <source>No period requested: the whole export.</source>
        <translation>Aucune période demandée&#xa0;: l&apos;export entier.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="115"/>
        <source>Covered by the records from %1 to %2.</source>
        <translation>Couverte par les enregistrements du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="117"/>
        <source>No record verified.</source>
        <translation>Aucun enregistrement vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="119"/>
        <source>Coverage complete: no gap longer than %1 h.</source>
        <translation>Couverture complète&#xa0;: aucune lacune de plus de %1 h.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="121"/>
        <source>Not covered: %1.</source>
        <translation>Non couvert&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="124"/>
        <source>Use the arrow keys to choose a gap and Enter to show the record after it.</source>
        <translation>Utilisez les flèches pour choisir une lacune et Entrée pour afficher l&apos;enregistrement qui la suit.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="171"/>
        <source>Gap %1 of %2: %3 (%4 s) without a record
after %5 at %6
before %7 at %8
Click (or Enter) to show the record after the gap.</source>
        <translation>Lacune %1 sur %2&#xa0;: %3 (%4 s) sans enregistrement
après %5 à %6
avant %7 à %8
Cliquez (ou Entrée) pour afficher l&apos;enregistrement qui suit la lacune.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="193"/>
        <source>No evidence from %1 to %2: the period starts more than %3 h before the first record.</source>
        <translation>Aucune preuve du %1 au %2&#xa0;: la période commence plus de %3 h avant le premier enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="197"/>
        <source>No evidence from %1 to %2: the last record is more than %3 h before the period end.</source>
        <translation>Aucune preuve du %1 au %2&#xa0;: le dernier enregistrement précède la fin de la période de plus de %3 h.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="200"/>
        <source>Covered: records from %1 to %2.</source>
        <translation>Couvert&#xa0;: enregistrements du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="305"/>
        <source>covered by records</source>
        <translation>couvert par des enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="306"/>
        <source>gap / no evidence</source>
        <translation>lacune / aucune preuve</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="312"/>
        <source>requested period</source>
        <translation>période demandée</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="320"/>
        <source>No record verified: nothing to show.</source>
        <translation>Aucun enregistrement vérifié&#xa0;: rien à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="339"/>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="424"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>first record %1</source>
        <translation>premier enregistrement %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>last record %1</source>
        <translation>dernier enregistrement %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="438"/>
        <source>period from %1</source>
        <translation>période à partir du %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="438"/>
        <source>period to %1</source>
        <translation>période jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>ab::DemoDataGenerator</name>
    <message>
        <location filename="../demo/AgentRuntimeExport.cpp" line="257"/>
        <source>Writing agent runtime audit entries</source>
        <translation>Écriture des entrées d&apos;audit de l&apos;environnement d&apos;exécution des agents</translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="38"/>
        <source>--records %1: expected at least %2 records</source>
        <translation>--records %1&#xa0;: au moins %2 enregistrements attendus</translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="43"/>
        <source>--records %1: expected at most 1000000000 records</source>
        <translation>--records %1&#xa0;: au plus 1000000000 enregistrements attendus</translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="45"/>
        <source>%1: cannot create the output directory</source>
        <translation>%1&#xa0;: impossible de créer le répertoire de sortie</translation>
    </message>
    <message>
        <location filename="../demo/GatewayAuditLog.cpp" line="121"/>
        <source>Writing gateway audit records</source>
        <translation>Écriture des enregistrements d&apos;audit de la passerelle</translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="24"/>
        <source>%1: cannot create the file</source>
        <translation>%1 : impossible de créer le fichier</translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="51"/>
        <location filename="../demo/OutFile.h" line="61"/>
        <source>%1: cannot write (disk full?)</source>
        <translation>%1 : écriture impossible (disque plein ?)</translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="67"/>
        <source>%1: cannot rename to %2</source>
        <translation>%1 : impossible de renommer en %2</translation>
    </message>
</context>
<context>
    <name>ab::DfdRenderer</name>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="157"/>
        <source>Graphviz could not create a graph</source>
        <translation>Graphviz n&apos;a pas pu créer de graphe</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="293"/>
        <source>could not open a memory stream for the DOT text</source>
        <translation>impossible d&apos;ouvrir un flux mémoire pour le texte DOT</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="299"/>
        <source>Graphviz could not write the DOT text</source>
        <translation>Graphviz n&apos;a pas pu écrire le texte DOT</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="310"/>
        <source>Graphviz could not create a context</source>
        <translation>Graphviz n&apos;a pas pu créer de contexte</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="313"/>
        <source>Graphviz could not lay out the diagram with the dot engine (is the dot layout plugin installed and registered in config6?)</source>
        <translation>Graphviz n&apos;a pas pu mettre en page le diagramme avec le moteur dot (le greffon de mise en page dot est-il installé et enregistré dans config6&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="325"/>
        <source>Graphviz could not render the diagram as SVG</source>
        <translation>Graphviz n&apos;a pas pu produire le diagramme en SVG</translation>
    </message>
</context>
<context>
    <name>ab::DfdView</name>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="120"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="123"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="126"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="129"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="130"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="132"/>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="133"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="134"/>
        <source>Export DOT…</source>
        <translation>Exporter en DOT…</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="144"/>
        <source>No data-flow diagram: generate or open a package.</source>
        <translation>Aucun diagramme de flux de données&#xa0;: générez ou ouvrez un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="157"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="210"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="211"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="212"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="213"/>
        <source>Export the data-flow diagram</source>
        <translation>Exporter le diagramme de flux de données</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="223"/>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>ab::DropZone</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="124"/>
        <source>Drop export files here: you choose whether to create a workspace and import them, or only verify their chains without keeping them.</source>
        <translation>Déposez des fichiers d’export ici : vous choisissez de créer un espace de travail et de les importer, ou seulement de vérifier leurs chaînes sans les conserver.</translation>
    </message>
</context>
<context>
    <name>ab::Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="17"/>
        <location filename="../core/common/Error.cpp" line="23"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ab::EventCharts</name>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="54"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="68"/>
        <source>events per month</source>
        <translation>événements par mois</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="68"/>
        <source>events per week</source>
        <translation>événements par semaine</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="94"/>
        <source>Enforcement events by action</source>
        <translation>Événements d&apos;application des règles par action</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="95"/>
        <source>Enforcement events by framework</source>
        <translation>Événements d&apos;application des règles par référentiel</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="129"/>
        <source>Counting enforcement events…</source>
        <translation>Comptage des événements d&apos;application…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="147"/>
        <source>the counting was stopped</source>
        <translation>le comptage a été arrêté</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="154"/>
        <source>No enforcement events under the current filter.</source>
        <translation>Aucun événement d&apos;application des règles avec le filtre actuel.</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="162"/>
        <location filename="../ui/auditlog/EventCharts.cpp" line="163"/>
        <source>The workspace could not be read.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ab::EvidenceListing</name>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="46"/>
        <source>all records (no period set)</source>
        <translation>tous les enregistrements (aucune période définie)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="127"/>
        <source>Evidence listing: %1</source>
        <translation>Liste des preuves&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="132"/>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="133"/>
        <location filename="../core/report/EvidenceListing.cpp" line="146"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="137"/>
        <source>Evidence Listing</source>
        <translation>Liste des preuves</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="139"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="140"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="141"/>
        <location filename="../core/report/EvidenceListing.cpp" line="201"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="143"/>
        <location filename="../core/report/EvidenceListing.cpp" line="175"/>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="145"/>
        <location filename="../core/report/EvidenceListing.cpp" line="189"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="147"/>
        <source>Printed by</source>
        <translation>Imprimé par</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="149"/>
        <source>Printed at</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="154"/>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/EvidenceListing.cpp" line="155"/>
        <source>%n record(s) match the filter.</source>
        <translation>
            <numerusform>%n enregistrement correspond au filtre.</numerusform>
            <numerusform>%n enregistrements correspondent au filtre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="156"/>
        <location filename="../core/report/EvidenceListing.cpp" line="158"/>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="161"/>
        <source>Frequency per month</source>
        <translation>Fréquence par mois</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="166"/>
        <source>No record with a time: nothing to chart by %1.</source>
        <translation>Aucun enregistrement horodaté&#xa0;: rien à représenter par %1.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="170"/>
        <source>Records per month by %1</source>
        <translation>Enregistrements par mois, par %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="171"/>
        <source>Records per month (UTC) by %1</source>
        <translation>Enregistrements par mois (UTC), par %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="177"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="45"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="122"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="178"/>
        <location filename="../core/report/EvidenceListing.cpp" line="191"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="46"/>
        <source>Record id</source>
        <translation>Id de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="179"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="51"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="95"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="180"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="183"/>
        <source>No override among these records.</source>
        <translation>Aucune dérogation parmi ces enregistrements.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="192"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="193"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="194"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="195"/>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="198"/>
        <source>No note on these records.</source>
        <translation>Aucune note sur ces enregistrements.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="204"/>
        <source>No record matches the filter.</source>
        <translation>Aucun enregistrement ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="250"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="42"/>
        <source>Gateway audit records</source>
        <translation>Enregistrements d&apos;audit de la passerelle</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="43"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="87"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="44"/>
        <source>framework</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="47"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="92"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="48"/>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="49"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="93"/>
        <source>Framework reference</source>
        <translation>Référence du référentiel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="50"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="94"/>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="52"/>
        <source>Rule / policy</source>
        <translation>Règle / politique</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="53"/>
        <source>Source IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="54"/>
        <source>Override justification</source>
        <translation>Justification de la dérogation</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="86"/>
        <source>OCSF events</source>
        <translation>Événements OCSF</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="88"/>
        <source>framework reference</source>
        <translation>référence du référentiel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="89"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="90"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="91"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="96"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="97"/>
        <source>metadata.uid</source>
        <translation>metadata.uid</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="119"/>
        <source>Agent runtime entries</source>
        <translation>Entrées d&apos;exécution des agents</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="120"/>
        <source>action type</source>
        <translation>type d&apos;action</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="121"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="122"/>
        <source>Entry id</source>
        <translation>Id de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="123"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="123"/>
        <source>Action type</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="124"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="124"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="125"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="125"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
</context>
<context>
    <name>ab::EvidencePackReport</name>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="39"/>
        <source>all records of the period</source>
        <translation>tous les enregistrements de la période</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="45"/>
        <source>Pre-examination checklist</source>
        <translation>Liste de contrôle préalable à l&apos;examen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="47"/>
        <source>Computed from the workspace when the pack was made (checklist.json holds the same items). Statuses: done, open (to be completed or explained), failed.</source>
        <translation>Calculée à partir de l&apos;espace de travail lors de la constitution du lot (checklist.json contient les mêmes points). Statuts&#xa0;: fait, ouvert (à compléter ou à expliquer), échoué.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="57"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="59"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="160"/>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="60"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="61"/>
        <source>Evidence needed from</source>
        <translation>Preuves requises depuis</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="62"/>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="64"/>
        <source>no rule</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="66"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="85"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="164"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="66"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="78"/>
        <source>Chain verification for the period</source>
        <translation>Vérification de la chaîne pour la période</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="81"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="122"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="82"/>
        <source>Events checked</source>
        <translation>Événements contrôlés</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="83"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="84"/>
        <source>MACs verified</source>
        <translation>MAC vérifiés</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="85"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="164"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="86"/>
        <source>Head HMAC</source>
        <translation>HMAC de tête</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="95"/>
        <source>Files by framework</source>
        <translation>Fichiers par référentiel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="97"/>
        <source>Each query file holds the records the query selects in the period, exactly as imported; SHA-256 shows the first 16 hex digits (SHA256SUMS has them in full).</source>
        <translation>Chaque fichier de requête contient les enregistrements que la requête sélectionne sur la période, tels qu&apos;importés&#xa0;; la colonne SHA-256 montre les 16 premiers chiffres hexadécimaux (SHA256SUMS les contient en entier).</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="102"/>
        <source>File and title</source>
        <translation>Fichier et titre</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="103"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="104"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="124"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="105"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="125"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="114"/>
        <source>chain verification</source>
        <translation>vérification de la chaîne</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="117"/>
        <source>%1 (folder %2/)</source>
        <translation>%1 (dossier %2/)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="120"/>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="123"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="134"/>
        <source>Override exceptions</source>
        <translation>Exceptions de dérogation</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="136"/>
        <source>%1 allow_with_override record(s) in the period; %2 without an override_reason or a user identity.</source>
        <translation>%1 enregistrement(s) allow_with_override sur la période&#xa0;; %2 sans override_reason ni identité d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="141"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="142"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="143"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="144"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="145"/>
        <source>None: every override carries a reason and a user.</source>
        <translation>Aucune&#xa0;: chaque dérogation porte une raison et un utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="151"/>
        <source>user identity</source>
        <translation>identité de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="157"/>
        <source>Compliance bundles</source>
        <translation>Bundles de conformité</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="159"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="161"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="162"/>
        <source>No compliance bundle export was imported.</source>
        <translation>Aucun export de bundles de conformité n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="177"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="178"/>
        <source>Examination Evidence Pack</source>
        <translation>Lot de preuves pour l&apos;examen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="179"/>
        <source>Evidence pack, period %1</source>
        <translation>Lot de preuves, période %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="182"/>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="183"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="197"/>
        <source>Files digest</source>
        <translation>Empreinte des fichiers</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="192"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="193"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="194"/>
        <source>Frameworks</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="195"/>
        <source>Made</source>
        <translation>Constitué</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="195"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="196"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="198"/>
        <source>Signing key SHA-256</source>
        <translation>SHA-256 de la clé de signature</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="199"/>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
</context>
<context>
    <name>ab::EvidencePackReportGuide</name>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="21"/>
        <source>Talking points for the examination</source>
        <translation>Points à aborder lors de l&apos;examen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="23"/>
        <source>Could the audit log have been altered?</source>
        <translation>Le journal d&apos;audit a-t-il pu être modifié&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="24"/>
        <source>Each record carries an HMAC-SHA256 over its content and the previous record&apos;s HMAC. Changing, removing or reordering a record breaks the chain, whoever has database access. The chain in this pack was re-verified offline by the auditor with the auditor&apos;s own copy of the keys, not by asking the platform.</source>
        <translation>Chaque enregistrement porte un HMAC-SHA256 calculé sur son contenu et sur le HMAC de l&apos;enregistrement précédent. Modifier, supprimer ou réordonner un enregistrement rompt la chaîne, quel que soit l&apos;accès à la base de données. La chaîne de ce lot a été revérifiée hors ligne par l&apos;auditeur avec sa propre copie des clés, sans interroger la plateforme.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="29"/>
        <source>Does the audit log itself hold sensitive data?</source>
        <translation>Le journal d&apos;audit contient-il lui-même des données sensibles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="30"/>
        <source>Records keep what was detected (an entity type such as credit_card) and what was done (block, redact), not the matched text; prompts and completions are not logged. The one free text kept is the justification a user writes when overriding a policy.</source>
        <translation>Les enregistrements conservent ce qui a été détecté (un type d&apos;entité tel que credit_card) et ce qui a été fait (block, redact), pas le texte reconnu&#xa0;; les prompts et les réponses ne sont pas journalisés. Le seul texte libre conservé est la justification qu&apos;un utilisateur écrit lorsqu&apos;il déroge à une politique.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="34"/>
        <source>Were controls operating all period, not only at audit time?</source>
        <translation>Les contrôles ont-ils fonctionné pendant toute la période, et pas seulement au moment de l&apos;audit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="35"/>
        <source>Events are written when each request is handled. The coverage section shows whether the verified records span the whole period without long silences; the OCSF export, when included, is the same stream a SIEM receives.</source>
        <translation>Les événements sont écrits au traitement de chaque requête. La section sur la couverture montre si les enregistrements vérifiés couvrent toute la période sans longs silences&#xa0;; l&apos;export OCSF, s&apos;il est inclus, est le même flux que celui que reçoit un SIEM.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="39"/>
        <source>What happens when a user overrides a policy?</source>
        <translation>Que se passe-t-il lorsqu&apos;un utilisateur déroge à une politique&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="40"/>
        <source>A block cannot be overridden. Where a policy allows an override, the user must give a reason, and the reason and the user&apos;s identity are logged before the request proceeds. The override exceptions section lists every override record lacking either.</source>
        <translation>Un blocage ne peut faire l&apos;objet d&apos;aucune dérogation. Lorsqu&apos;une politique autorise une dérogation, l&apos;utilisateur doit donner une raison, et la raison ainsi que l&apos;identité de l&apos;utilisateur sont journalisées avant que la requête ne se poursuive. La section des exceptions de dérogation liste chaque enregistrement de dérogation auquel l&apos;une ou l&apos;autre manque.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="52"/>
        <source>Checking this pack</source>
        <translation>Contrôler ce lot</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="53"/>
        <source>Nothing here needs AuditBench. In the pack&apos;s folder, check every file against SHA256SUMS (each line must end in OK):</source>
        <translation>Rien ici ne nécessite AuditBench. Dans le dossier du lot, contrôlez chaque fichier avec SHA256SUMS (chaque ligne doit se terminer par OK)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="57"/>
        <source>Check that MANIFEST.json is the one the auditor signed (the tool prints &quot;Signature Verified Successfully&quot;):</source>
        <translation>Vérifiez que MANIFEST.json est celui que l&apos;auditeur a signé (l&apos;outil affiche &quot;Signature Verified Successfully&quot;)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="62"/>
        <source>Check that signing-key.pub.pem is the auditor&apos;s key: its SHA-256 must equal the signing key SHA-256 on the cover, obtained from the auditor separately:</source>
        <translation>Vérifiez que signing-key.pub.pem est la clé de l&apos;auditeur&#xa0;: son SHA-256 doit être égal au SHA-256 de la clé de signature indiqué en couverture, obtenu séparément auprès de l&apos;auditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="66"/>
        <source>This pack is not signed: its integrity rests on SHA256SUMS reaching you unaltered.</source>
        <translation>Ce lot n&apos;est pas signé&#xa0;: son intégrité repose sur le fait que SHA256SUMS vous parvienne sans altération.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="71"/>
        <source>This report is one of the pack&apos;s files, so it cannot name MANIFEST.json&apos;s own SHA-256. It names the files digest instead: the SHA-256 of the SHA256SUMS lines of every file except report.pdf and MANIFEST.json. Recompute it with:</source>
        <translation>Ce rapport est l&apos;un des fichiers du lot&#xa0;; il ne peut donc pas indiquer le SHA-256 de MANIFEST.json. Il indique à la place l&apos;empreinte des fichiers&#xa0;: le SHA-256 des lignes de SHA256SUMS de tous les fichiers sauf report.pdf et MANIFEST.json. Recalculez-la avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="76"/>
        <source>Then check that MANIFEST.json lists the same files and hashes. AuditBench users can run all of this at once: auditbench-cli verify-pack FOLDER --public-key KEY.pem</source>
        <translation>Vérifiez ensuite que MANIFEST.json liste les mêmes fichiers et empreintes. Les utilisateurs d&apos;AuditBench peuvent tout exécuter en une fois&#xa0;: auditbench-cli verify-pack FOLDER --public-key KEY.pem</translation>
    </message>
</context>
<context>
    <name>ab::EvidencePages</name>
    <message>
        <location filename="../ui/views/EvidencePages.cpp" line="15"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../ui/views/EvidencePages.cpp" line="16"/>
        <source>OCSF</source>
        <translation>OCSF</translation>
    </message>
    <message>
        <location filename="../ui/views/EvidencePages.cpp" line="17"/>
        <source>Runtime</source>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>ab::EvidenceReader</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="199"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="279"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="406"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="253"/>
        <source>expected end of input after the %1 object</source>
        <translation>fin d&apos;entrée attendue après l&apos;objet %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="315"/>
        <source>compliance package: expected string members &quot;package_id&quot; and &quot;agent_id&quot;</source>
        <translation>dossier de conformité&#xa0;: membres chaîne «&#xa0;package_id&#xa0;» et «&#xa0;agent_id&#xa0;» attendus</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="351"/>
        <source>expected a compliance bundle object with &quot;regulatory_framework&quot; and a &quot;seed_rule_mappings&quot; array</source>
        <translation>objet bundle de conformité avec «&#xa0;regulatory_framework&#xa0;» et un tableau «&#xa0;seed_rule_mappings&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="424"/>
        <source>OCSF class_uid %1 is not supported: expected 2001, 2003, 2004, 3001 or 3002</source>
        <translation>class_uid OCSF %1 non pris en charge&#xa0;: 2001, 2003, 2004, 3001 ou 3002 attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="427"/>
        <source>expected an OCSF v1.1 event with an integer &quot;class_uid&quot;</source>
        <translation>événement OCSF v1.1 avec un «&#xa0;class_uid&#xa0;» entier attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="470"/>
        <source>not a recognised evidence file: expected a gateway audit export (records with hmac_key_id, previous_hmac, hmac), an agent runtime export or compliance package (&quot;format&quot; member), compliance bundles (regulatory_framework, seed_rule_mappings) or OCSF v1.1 events (class_uid)</source>
        <translation>fichier de preuve non reconnu&#xa0;: attendu un export d&apos;audit de passerelle (enregistrements avec hmac_key_id, previous_hmac, hmac), un export d&apos;exécution d&apos;agents ou un dossier de conformité (membre «&#xa0;format&#xa0;»), des bundles de conformité (regulatory_framework, seed_rule_mappings) ou des événements OCSF v1.1 (class_uid)</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="552"/>
        <source>agent runtime export</source>
        <translation>export d&apos;exécution d&apos;agents</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="557"/>
        <source>compliance package</source>
        <translation>dossier de conformité</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="566"/>
        <source>&quot;format&quot;: &quot;%1&quot; is not a format AuditBench imports: expected &quot;arx-runtime-export&quot; or &quot;arx-compliance-package&quot;</source>
        <translation>«&#xa0;format&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un format importé par AuditBench&#xa0;: «&#xa0;arx-runtime-export&#xa0;» ou «&#xa0;arx-compliance-package&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="594"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="603"/>
        <source>expected a compliance package object, found no data</source>
        <translation>objet dossier de conformité attendu, aucune donnée trouvée</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="607"/>
        <source>expected a compliance package object</source>
        <translation>objet dossier de conformité attendu</translation>
    </message>
</context>
<context>
    <name>ab::ExaminationView</name>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="42"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="45"/>
        <source>Period (UTC):</source>
        <translation>Période (UTC)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="57"/>
        <source>Frameworks in scope:</source>
        <translation>Référentiels concernés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="58"/>
        <source>Keyring:</source>
        <translation>Trousseau de clés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="58"/>
        <source>Keyring (*.json)</source>
        <translation>Trousseau de clés (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="59"/>
        <source>Signing key (Ed25519 PEM):</source>
        <translation>Clé de signature (PEM Ed25519)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="60"/>
        <source>PEM key (*.pem)</source>
        <translation>Clé PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="62"/>
        <source>Policy chain export:</source>
        <translation>Export de la chaîne de politiques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="62"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="63"/>
        <source>Include the period&apos;s records as OCSF 1.1</source>
        <translation>Inclure les enregistrements de la période au format OCSF 1.1</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="69"/>
        <source>Pre-examination checklist (computed from the workspace):</source>
        <translation>Liste de contrôle préalable à l&apos;examen (calculée à partir de l&apos;espace de travail)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="83"/>
        <source>Build pack…</source>
        <translation>Constituer le lot…</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="85"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="87"/>
        <source>Verify a pack…</source>
        <translation>Vérifier un lot…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/examination/ExaminationView.cpp" line="180"/>
        <source>Computed from workspace %1 (%Ln source(s)); chain: %2</source>
        <translation>
            <numerusform>Calculé à partir de l&apos;espace de travail %1 (%Ln source)&#xa0;; chaîne&#xa0;: %2</numerusform>
            <numerusform>Calculé à partir de l&apos;espace de travail %1 (%Ln sources)&#xa0;; chaîne&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="183"/>
        <source>no stored verification run of this period (the build verifies)</source>
        <translation>aucune vérification stockée pour cette période (la constitution vérifie)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="184"/>
        <source>stored verification run %1 of this period</source>
        <translation>vérification stockée %1 de cette période</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="201"/>
        <source>Signing key passphrase</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="202"/>
        <source>Passphrase for %1 (used once, never stored):</source>
        <translation>Phrase secrète pour %1 (utilisée une fois, jamais enregistrée)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="238"/>
        <source>Build cancelled: the signing key needs its passphrase.</source>
        <translation>Constitution annulée&#xa0;: la clé de signature nécessite sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="251"/>
        <source>Building the evidence pack</source>
        <translation>Constitution du lot de preuves</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="255"/>
        <source>Building %1…</source>
        <translation>Constitution de %1…</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="271"/>
        <source>Pack written to %1</source>
        <translation>Lot écrit dans %1</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="274"/>
        <source>Cancelled: no pack was written.</source>
        <translation>Annulé&#xa0;: aucun lot n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="288"/>
        <source>Evidence pack folder (new or empty)</source>
        <translation>Dossier du lot de preuves (nouveau ou vide)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="39"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="40"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ab::ExportReader</name>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="88"/>
        <source>expected a record object</source>
        <translation>objet enregistrement attendu</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="310"/>
        <source>expected a JSON array, a page object or NDJSON records, found no data</source>
        <translation>tableau JSON, objet page ou enregistrements NDJSON attendus, aucune donnée trouvée</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="325"/>
        <source>expected end of input after the JSON value</source>
        <translation>fin d&apos;entrée attendue après la valeur JSON</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="331"/>
        <source>expected &apos;[&apos; or &apos;{&apos; (a JSON array, a page object or NDJSON records)</source>
        <translation>&apos;[&apos; ou &apos;{&apos; attendu (un tableau JSON, un objet page ou des enregistrements NDJSON)</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="355"/>
        <source>expected a record object or a page object</source>
        <translation>objet enregistrement ou objet page attendu</translation>
    </message>
</context>
<context>
    <name>ab::GapsPanel</name>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="20"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="21"/>
        <source>&amp;Find Gaps and Duplicates</source>
        <translation>&amp;Rechercher les lacunes et doublons</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="23"/>
        <source>&amp;Jump to Record</source>
        <translation>A&amp;ller à l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="26"/>
        <source>Silences longer than:</source>
        <translation>Silences de plus de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="40"/>
        <location filename="../ui/analytics/GapsPanel.cpp" line="125"/>
        <source>Describes the records as stored; it needs no keyring and proves nothing.</source>
        <translation>Décrit les enregistrements tels que stockés&#xa0;; ne nécessite aucun trousseau de clés et ne prouve rien.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="103"/>
        <source>Sequence gap</source>
        <translation>Lacune de séquence</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="103"/>
        <location filename="../ui/analytics/GapsPanel.cpp" line="112"/>
        <source>all sources</source>
        <translation>toutes les sources</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="105"/>
        <source>sequence %1 missing</source>
        <translation>séquence %1 manquante</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="106"/>
        <source>sequences %1 to %2 missing (%3)</source>
        <translation>séquences %1 à %2 manquantes (%3)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="112"/>
        <source>Time gap</source>
        <translation>Lacune temporelle</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="113"/>
        <source>%1 to %2: %3 h</source>
        <translation>%1 à %2&#xa0;: %3 h</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="118"/>
        <source>%1 #%2 (%3…)</source>
        <translation>%1 n° %2 (%3…)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="119"/>
        <source>Duplicate id</source>
        <translation>Id en double</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="120"/>
        <source>different content: %1</source>
        <translation>contenu différent&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/GapsPanel.cpp" line="122"/>
        <source>%Ln gap(s) found</source>
        <translation>
            <numerusform>%Ln lacune trouvée</numerusform>
            <numerusform>%Ln lacunes trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/GapsPanel.cpp" line="123"/>
        <source>%Ln duplicated id(s)</source>
        <translation>
            <numerusform>%Ln id en double</numerusform>
            <numerusform>%Ln ids en double</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ImportChoiceDialog</name>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="60"/>
        <source>Import without a workspace</source>
        <translation>Importer sans espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="62"/>
        <source>No workspace is open. Create one and import these files into it, or only verify the chain files among them (nothing is stored).</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Créez-en un et importez-y ces fichiers, ou vérifiez seulement les fichiers de chaîne qu&apos;ils contiennent (rien n&apos;est stocké).</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="73"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="78"/>
        <source>New &amp;workspace:</source>
        <translation>Nouvel &amp;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="82"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="89"/>
        <source>&amp;Create workspace and import</source>
        <translation>&amp;Créer l&apos;espace de travail et importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="93"/>
        <source>&amp;Only verify the chain files (%1 of %Ln)</source>
        <translation>
            <numerusform>&amp;Vérifier seulement les fichiers de chaîne (%1 sur %Ln)</numerusform>
            <numerusform>&amp;Vérifier seulement les fichiers de chaîne (%1 sur %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="96"/>
        <source>Gateway audit exports go to the Verification page; the other files are left out (they can only be imported).</source>
        <translation>Les exports d&apos;audit de la passerelle vont sur la page Vérification&#xa0;; les autres fichiers sont écartés (ils ne peuvent qu&apos;être importés).</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="109"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="110"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation>Espace de travail AuditBench (*.auditbench)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="141"/>
        <source>gateway audit export (a chain)</source>
        <translation>export d&apos;audit de la passerelle (une chaîne)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="143"/>
        <source>agent runtime export (import only)</source>
        <translation>export d&apos;exécution d&apos;agent (import uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="145"/>
        <source>compliance package (import only)</source>
        <translation>dossier de conformité (import uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="147"/>
        <source>compliance bundles (import only)</source>
        <translation>bundles de conformité (import uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="149"/>
        <source>OCSF events (import only)</source>
        <translation>événements OCSF (import uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="150"/>
        <source>not recognised (the import will say why)</source>
        <translation>non reconnu (l&apos;import dira pourquoi)</translation>
    </message>
</context>
<context>
    <name>ab::InflateLimitsBox</name>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="27"/>
        <source>Compressed evidence (gzip)</source>
        <translation>Preuves compressées (gzip)</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="38"/>
        <source>Largest &amp;inflated size:</source>
        <translation>Taille &amp;décompressée maximale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="39"/>
        <source>Large&amp;st inflation ratio:</source>
        <translation>&amp;Taux de décompression maximal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="41"/>
        <source>A gzip file that inflates beyond these is refused as a possible gzip bomb, at import and whenever a stored original is read again (the check, the runtime chain&apos;s verification). Raise them only for an export you know to be genuine (sizes with K, M, G; ratio 0: none). They hold until the workbench closes; it starts with 2G and 100.</source>
        <translation>Un fichier gzip qui se décompresse au-delà de ces limites est refusé comme possible bombe gzip, à l&apos;import et chaque fois qu&apos;un original stocké est relu (le contrôle, la vérification de la chaîne d&apos;exécution). Ne les augmentez que pour un export que vous savez authentique (tailles avec K, M, G&#xa0;; taux 0&#xa0;: aucun). Elles valent jusqu&apos;à la fermeture de l&apos;atelier&#xa0;; il démarre avec 2G et 100.</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="65"/>
        <source>Largest inflated size &apos;%1&apos;: expected a size in bytes greater than 0, such as 4096, 512M or 4G.</source>
        <translation>Taille décompressée maximale «&#xa0;%1&#xa0;»&#xa0;: une taille en octets supérieure à 0 est attendue, comme 4096, 512M ou 4G.</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="70"/>
        <source>Largest inflation ratio &apos;%1&apos;: expected a whole number of 0 or more.</source>
        <translation>Taux de décompression maximal «&#xa0;%1&#xa0;»&#xa0;: un nombre entier de 0 ou plus est attendu.</translation>
    </message>
</context>
<context>
    <name>ab::InputFile</name>
    <message>
        <location filename="../core/common/InputFile.cpp" line="34"/>
        <source>a FIFO</source>
        <translation>une FIFO</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="36"/>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="38"/>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="40"/>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="42"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="44"/>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="46"/>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="53"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="68"/>
        <source>expected a regular file, found %1</source>
        <translation>fichier ordinaire attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="90"/>
        <source>%1 of %2 bytes: expected at most %3 bytes</source>
        <translation>%1 de %2 octets&#xa0;: au plus %3 octets attendus</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="104"/>
        <location filename="../core/common/InputFile.cpp" line="121"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ab::IssueModel</name>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="23"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="25"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="27"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="36"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="38"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="40"/>
        <source>Generate</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="42"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="44"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="56"/>
        <source>Event %1 (%2)</source>
        <translation>Événement %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="59"/>
        <source>Verification run %1</source>
        <translation>Exécution de vérification %1</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="61"/>
        <source>Package %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="106"/>
        <source>Double-click to jump there</source>
        <translation>Double-cliquez pour y accéder</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="118"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="120"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="122"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="124"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>ab::IssuesDock</name>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="14"/>
        <location filename="../ui/issues/IssuesDock.cpp" line="90"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="26"/>
        <source>Jump to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="27"/>
        <source>Show the record, run or file this issue is about</source>
        <translation>Afficher l&apos;enregistrement, l&apos;exécution ou le fichier concerné par ce problème</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="28"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="29"/>
        <source>Remove every issue from this list</source>
        <translation>Retirer tous les problèmes de cette liste</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="92"/>
        <source>Issues (%1 errors, %2 warnings)</source>
        <translation>Problèmes (%1 erreurs, %2 avertissements)</translation>
    </message>
</context>
<context>
    <name>ab::JsonDiagnostics</name>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="29"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après un membre d&apos;objet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="31"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; attendu après un nom de membre</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="33"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu après un élément de tableau</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="35"/>
        <source>expected &apos;,&apos; between values</source>
        <translation>&apos;,&apos; attendu entre les valeurs</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="37"/>
        <source>expected a JSON value</source>
        <translation>valeur JSON attendue</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="39"/>
        <source>expected more input after a number</source>
        <translation>suite attendue après un nombre</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="41"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="178"/>
        <source>expected a valid number</source>
        <translation>nombre valide attendu</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="43"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="138"/>
        <source>expected a valid escape sequence</source>
        <translation>séquence d&apos;échappement valide attendue</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="45"/>
        <source>expected valid UTF-8 in a string</source>
        <translation>UTF-8 valide attendu dans une chaîne</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="47"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="132"/>
        <source>expected &apos;&quot;&apos; to close the string</source>
        <translation>&apos;&quot;&apos; attendu pour fermer la chaîne</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="49"/>
        <source>expected an object or an array</source>
        <translation>objet ou tableau attendu</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="51"/>
        <source>expected at most 1024 levels of nesting</source>
        <translation>au plus 1024 niveaux d&apos;imbrication attendus</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="53"/>
        <source>document too large</source>
        <translation>document trop volumineux</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="55"/>
        <source>expected end of input after the JSON value</source>
        <translation>fin d&apos;entrée attendue après la valeur JSON</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="135"/>
        <source>expected an escaped control character in a string</source>
        <translation>caractère de contrôle échappé attendu dans une chaîne</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="206"/>
        <source>expected a JSON value, found no data</source>
        <translation>valeur JSON attendue, aucune donnée trouvée</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="239"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON invalide (%1)</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="244"/>
        <source>duplicate member name &quot;%1&quot;: expected each name once per object</source>
        <translation>nom de membre en double «&#xa0;%1&#xa0;»&#xa0;: chaque nom ne doit apparaître qu&apos;une fois par objet</translation>
    </message>
</context>
<context>
    <name>ab::Keyring</name>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="69"/>
        <source>expected an even number of hex digits after &apos;hex:&apos;</source>
        <translation>nombre pair de chiffres hexadécimaux attendu après &apos;hex:&apos;</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="77"/>
        <source>expected only hex digits after &apos;hex:&apos;</source>
        <translation>uniquement des chiffres hexadécimaux attendus après &apos;hex:&apos;</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="90"/>
        <source>expected base64 data after &apos;base64:&apos;</source>
        <translation>données base64 attendues après &apos;base64:&apos;</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="98"/>
        <source>expected the secret to start with &apos;hex:&apos; or &apos;base64:&apos;</source>
        <translation>le secret doit commencer par &apos;hex:&apos; ou &apos;base64:&apos;</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="108"/>
        <source>keyring</source>
        <translation>trousseau de clés</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="149"/>
        <source>expected a keyring object {&quot;keys&quot;: [...]}</source>
        <translation>objet trousseau de clés {&quot;keys&quot;: [...]} attendu</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="161"/>
        <source>expected &quot;keys&quot; to be an array</source>
        <translation>«&#xa0;keys&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="168"/>
        <source>expected a key object {&quot;id&quot;: ..., &quot;secret&quot;: ...}</source>
        <translation>objet clé {&quot;id&quot;: ..., &quot;secret&quot;: ...} attendu</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="189"/>
        <source>expected &quot;id&quot; to be a non-empty string</source>
        <translation>«&#xa0;id&#xa0;» doit être une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="195"/>
        <source>expected &quot;secret&quot; to be a string</source>
        <translation>«&#xa0;secret&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="213"/>
        <source>expected an &quot;id&quot; member in the key</source>
        <translation>membre «&#xa0;id&#xa0;» attendu dans la clé</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="215"/>
        <source>expected a &quot;secret&quot; member in key &apos;%1&apos;</source>
        <translation>membre «&#xa0;secret&#xa0;» attendu dans la clé &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="218"/>
        <source>duplicate key id &apos;%1&apos;: expected each id once</source>
        <translation>id de clé en double &apos;%1&apos;&#xa0;: chaque id ne doit apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="228"/>
        <source>expected &quot;%1&quot; of key &apos;%2&apos; to be an RFC 3339 timestamp such as 2025-06-30T23:59:59Z</source>
        <translation>«&#xa0;%1&#xa0;» de la clé &apos;%2&apos; doit être un horodatage RFC 3339 tel que 2025-06-30T23:59:59Z</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="233"/>
        <source>key &apos;%1&apos;: &quot;not_after&quot; is before &quot;not_before&quot;</source>
        <translation>clé &apos;%1&apos;&#xa0;: «&#xa0;not_after&#xa0;» est antérieur à «&#xa0;not_before&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="245"/>
        <source>expected a &quot;keys&quot; member</source>
        <translation>membre «&#xa0;keys&#xa0;» attendu</translation>
    </message>
</context>
<context>
    <name>ab::ListingDispatcher</name>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="34"/>
        <source>Open a workspace to print a listing.</source>
        <translation>Ouvrez un espace de travail pour imprimer une liste.</translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="42"/>
        <source>Export Listing as PDF</source>
        <translation>Exporter la liste en PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="43"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="55"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation>Exporté, mais le fichier de provenance n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Packages</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>the workspace&apos;s sources</source>
        <translation>les sources de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Record Details</source>
        <translation>Détails de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Select a record to see its JSON and chain fields.</source>
        <translation>Sélectionnez un enregistrement pour voir son JSON et ses champs de chaîne.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>AuditBench</source>
        <translation>AuditBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Auditor not set (File ▸ Settings)</source>
        <translation>Auditeur non défini (Fichier ▸ Paramètres)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Auditor: %1</source>
        <translation>Auditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <source>Record %1 is not in this workspace&apos;s audit log.</source>
        <translation>L&apos;enregistrement %1 ne figure pas dans le journal d&apos;audit de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>About AuditBench</source>
        <translation>À propos d&apos;AuditBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Offline workbench for AI-platform audit evidence: verify HMAC-chained audit exports, regenerate compliance packages, print reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Atelier hors ligne pour les preuves d&apos;audit des plateformes d&apos;IA&#xa0;: vérifier les exports d&apos;audit chaînés par HMAC, régénérer les dossiers de conformité, imprimer les rapports.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>A task is running</source>
        <translation>Une tâche est en cours</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>A background task is still running. Cancel it and quit?</source>
        <translation>Une tâche d&apos;arrière-plan est encore en cours. L&apos;annuler et quitter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="36"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="37"/>
        <source>Create a new workspace file for an engagement</source>
        <translation>Créer un fichier d&apos;espace de travail pour une mission</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="38"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="39"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="41"/>
        <source>&amp;Import Evidence…</source>
        <translation>&amp;Importer des preuves…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="42"/>
        <source>Import export files into the workspace (or drop them on the window)</source>
        <translation>Importer des fichiers d&apos;export dans l&apos;espace de travail (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="43"/>
        <source>&amp;Export Visible Records…</source>
        <translation>&amp;Exporter les enregistrements visibles…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="45"/>
        <source>E&amp;xport OCSF…</source>
        <translation>E&amp;xporter en OCSF…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>Write the audit log&apos;s filtered records as OCSF v1.1 events for a SIEM</source>
        <translation>Écrire les enregistrements filtrés du journal d&apos;audit sous forme d&apos;événements OCSF v1.1 pour un SIEM</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="49"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="52"/>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="58"/>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>Verify the HMAC chain with the settings of the Verification page</source>
        <translation>Vérifier la chaîne HMAC avec les réglages de la page Vérification</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>&amp;Generate Package</source>
        <translation>&amp;Générer un dossier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>&amp;Filter Records</source>
        <translation>&amp;Filtrer les enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>Write a consistent copy of the workspace as one file</source>
        <translation>Écrire une copie cohérente de l&apos;espace de travail dans un seul fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="104"/>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="120"/>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="126"/>
        <source>Sample Si&amp;ze…</source>
        <translation>&amp;Taille d&apos;échantillon…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="128"/>
        <source>&amp;Sample the Filtered Records…</source>
        <translation>É&amp;chantillonner les enregistrements filtrés…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="64"/>
        <source>Save a Cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>Find Gaps and &amp;Duplicates</source>
        <translation>Rechercher les &amp;lacunes et doublons</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="140"/>
        <source>Overv&amp;iew</source>
        <translation>Vue d&apos;en&amp;semble</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="145"/>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="145"/>
        <source>&amp;Verification</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;Packages</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;Examination</source>
        <translation>&amp;Examen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="147"/>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="147"/>
        <source>P&amp;ortfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="148"/>
        <source>A&amp;nalytics</source>
        <translation>A&amp;nalyses</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="148"/>
        <source>&amp;Bundles</source>
        <translation>&amp;Bundles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="149"/>
        <source>O&amp;CSF Events</source>
        <translation>Événements O&amp;CSF</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="149"/>
        <source>&amp;Runtime Entries</source>
        <translation>En&amp;trées d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="169"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="173"/>
        <source>&amp;About AuditBench</source>
        <translation>À &amp;propos d&apos;AuditBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="176"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="192"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="197"/>
        <source>This workspace is read-only (read-only media): it can be read, searched, checked and copied, but nothing can be imported, verified, generated or printed into it.</source>
        <translation>Cet espace de travail est en lecture seule (support en lecture seule)&#xa0;: il peut être lu, parcouru, contrôlé et copié, mais rien ne peut y être importé, vérifié, généré ni imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="223"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="226"/>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>ab::NewWorkpaperDialog</name>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="19"/>
        <source>New Workpaper</source>
        <translation>Nouvelle feuille de travail</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="23"/>
        <source>%1: %2 (%3 of %4 records)</source>
        <translation>%1&#xa0;: %2 (%3 enregistrements sur %4)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="31"/>
        <source>e.g. Override approvals, Q1</source>
        <translation>p. ex. Approbations de dérogations, T1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="35"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="41"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="44"/>
        <source>&amp;Sample:</source>
        <translation>É&amp;chantillon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="46"/>
        <source>&amp;Confidence:</source>
        <translation>Niveau de con&amp;fiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="47"/>
        <source>&amp;Tolerable deviation rate:</source>
        <translation>Taux d&apos;écart &amp;tolérable&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ab::NoteActions</name>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="22"/>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="26"/>
        <source>Add a note and tags to the selected record</source>
        <translation>Ajouter une note et des étiquettes à l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="54"/>
        <source>Note by %1 at %2</source>
        <translation>Note de %1 le %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="56"/>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::NoteDialog</name>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="22"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="25"/>
        <source>Note on the %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Note sur %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="36"/>
        <source>Current note (%1, by %2): %3. The new note supersedes it; the current one is kept.</source>
        <translation>Note actuelle (%1, par %2)&#xa0;: %3. La nouvelle note la remplace&#xa0;; l&apos;actuelle est conservée.</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="48"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="51"/>
        <source>&amp;Exception</source>
        <translation>&amp;Exception</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="53"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="59"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="62"/>
        <source>your own tickmarks, separated by commas</source>
        <translation>vos propres marques de pointage, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="63"/>
        <source>&amp;Other tags:</source>
        <translation>A&amp;utres étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="76"/>
        <source>&amp;Add Note</source>
        <translation>A&amp;jouter la note</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="87"/>
        <source>runtime entry</source>
        <translation>l&apos;entrée d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="89"/>
        <source>OCSF event</source>
        <translation>l&apos;événement OCSF</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="93"/>
        <source>gateway record</source>
        <translation>l&apos;enregistrement de la passerelle</translation>
    </message>
</context>
<context>
    <name>ab::OcsfView</name>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Framework reference</source>
        <translation>Référence du référentiel</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>metadata.uid</source>
        <translation>metadata.uid</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="43"/>
        <source>id or name, e.g. 1,dlp_block</source>
        <translation>id ou nom, p. ex. 1,dlp_block</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="45"/>
        <source>contains, e.g. Requirement 3</source>
        <translation>contient, p. ex. Requirement 3</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="46"/>
        <source>e.g. credit_card,ssn</source>
        <translation>p. ex. credit_card,ssn</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="47"/>
        <source>e.g. block</source>
        <translation>p. ex. block</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="48"/>
        <source>e-mail, uid or name</source>
        <translation>e-mail, uid ou nom</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="52"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="53"/>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="54"/>
        <source>Ac&amp;tivity:</source>
        <translation>Ac&amp;tivité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="55"/>
        <source>Framework &amp;reference:</source>
        <translation>&amp;Référence du référentiel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="56"/>
        <source>&amp;Entity types:</source>
        <translation>T&amp;ypes d&apos;entité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="57"/>
        <source>Acti&amp;on:</source>
        <translation>Acti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="58"/>
        <source>&amp;User:</source>
        <translation>Ut&amp;ilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="87"/>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ocsf/OcsfView.cpp" line="149"/>
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 sur %Ln événement</numerusform>
            <numerusform>%1 sur %Ln événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="54"/>
        <source>Open or create a workspace to see the engagement&apos;s overview.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir la vue d&apos;ensemble de la mission.</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="59"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="60"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="61"/>
        <source>Activity Log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="70"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="73"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="98"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="74"/>
        <source>Gateway records</source>
        <translation>Enregistrements de la passerelle</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="75"/>
        <source>Runtime entries</source>
        <translation>Entrées d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="76"/>
        <source>OCSF events</source>
        <translation>Événements OCSF</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="77"/>
        <source>Packages</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="78"/>
        <source>Evidence packs</source>
        <translation>Lots de preuves</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="79"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="80"/>
        <source>Workpapers</source>
        <translation>Feuilles de travail</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="81"/>
        <source>Open notes</source>
        <translation>Notes ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="92"/>
        <source>Verification: the newest run of each chain</source>
        <translation>Vérification&#xa0;: la plus récente de chaque chaîne</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Run</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Verified at</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="95"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="95"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="113"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="118"/>
        <source>record id or words of the note</source>
        <translation>id d&apos;enregistrement ou mots de la note</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="119"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="146"/>
        <source>action, user or words of the details</source>
        <translation>action, utilisateur ou mots des détails</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="147"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="186"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="209"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="217"/>
        <source>incomplete: %Ln gap(s)</source>
        <translation>
            <numerusform>incomplète&#xa0;: %Ln lacune</numerusform>
            <numerusform>incomplète&#xa0;: %Ln lacunes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="264"/>
        <source>Hash chain intact: %Ln row(s) checked, as log --verify checks them.</source>
        <translation>
            <numerusform>Chaîne de hachage intacte&#xa0;: %Ln ligne contrôlée, comme log --verify les contrôle.</numerusform>
            <numerusform>Chaîne de hachage intacte&#xa0;: %Ln lignes contrôlées, comme log --verify les contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="210"/>
        <source>intact, every MAC verified</source>
        <translation>intacte, chaque MAC vérifié</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="211"/>
        <source>linkage intact, MACs not verified</source>
        <translation>chaînage intact, MAC non vérifiés</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="213"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="215"/>
        <source>all records</source>
        <translation>tous les enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="216"/>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="218"/>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="268"/>
        <source>Hash chain broken at row %1: %2</source>
        <translation>Chaîne de hachage rompue à la ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ab::PackageComparer</name>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="31"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON invalide (%1)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="33"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation>dossier de conformité attendu (un objet JSON)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="287"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="333"/>
        <source>Comparing %1 (package %2) with %3 (package %4)
</source>
        <translation>Comparaison de %1 (dossier %2) avec %3 (dossier %4)
</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="336"/>
        <source>No differences in the compared sections.
</source>
        <translation>Aucune différence dans les sections comparées.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageComparer.cpp" line="339"/>
        <source>%n difference(s):
</source>
        <translation>
            <numerusform>%n différence&#xa0;:
</numerusform>
            <numerusform>%n différences&#xa0;:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::PackageGenerator</name>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="125"/>
        <source>no agent &quot;%1&quot; in the export (agents: %2)</source>
        <translation>aucun agent «&#xa0;%1&#xa0;» dans l&apos;export (agents&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="126"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="142"/>
        <source>Drawing the data flow diagram</source>
        <translation>Dessin du diagramme de flux de données</translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="157"/>
        <source>Writing the compliance package</source>
        <translation>Écriture du dossier de conformité</translation>
    </message>
    <message>
        <location filename="../core/package/sections/AuditSummary.cpp" line="93"/>
        <source>Summarising audit entries</source>
        <translation>Synthèse des entrées d&apos;audit</translation>
    </message>
</context>
<context>
    <name>ab::PackageReport</name>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="31"/>
        <source>not provided</source>
        <translation>non fourni</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="62"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="62"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="128"/>
        <location filename="../core/report/PackageReport.cpp" line="159"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="139"/>
        <location filename="../core/report/PackageReport.cpp" line="152"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="159"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="183"/>
        <source>Execution Graph</source>
        <translation>Graphe d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="185"/>
        <source>What the agent did, derived from its audit trail rather than from documentation.</source>
        <translation>Ce que l&apos;agent a fait, déduit de sa piste d&apos;audit et non de la documentation.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="187"/>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="188"/>
        <source>First entry</source>
        <translation>Première entrée</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="189"/>
        <source>Last entry</source>
        <translation>Dernière entrée</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="190"/>
        <source>Input SHA-256</source>
        <translation>SHA-256 de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="194"/>
        <source>Execution graph: not provided.</source>
        <translation>Graphe d&apos;exécution&#xa0;: non fourni.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="198"/>
        <source>Actions by type</source>
        <translation>Actions par type</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="200"/>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <source>Action type</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="201"/>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="202"/>
        <source>Action counts: not provided.</source>
        <translation>Décomptes d&apos;actions&#xa0;: non fournis.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="210"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="213"/>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <location filename="../core/report/PackageReport.cpp" line="333"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="218"/>
        <source>First call</source>
        <translation>Premier appel</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="218"/>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="219"/>
        <source>Connectors: not provided.</source>
        <translation>Connecteurs&#xa0;: non fournis.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="239"/>
        <source>Data Flow Diagram</source>
        <translation>Diagramme de flux de données</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="241"/>
        <source>How data moves between the agent, the policy engine, the audit trail and external systems. Every flow passes through the policy engine; flows crossing a trust boundary are marked.</source>
        <translation>Comment les données circulent entre l&apos;agent, le moteur de politiques, la piste d&apos;audit et les systèmes externes. Chaque flux passe par le moteur de politiques&#xa0;; les flux qui franchissent une frontière de confiance sont signalés.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="248"/>
        <source>Figure: the package&apos;s data_flow.svg. DOT source: not provided.</source>
        <translation>Figure&#xa0;: data_flow.svg du dossier. Source DOT&#xa0;: non fournie.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="249"/>
        <source>Figure: the package&apos;s data_flow.svg, drawn as vector graphics. DOT source SHA-256 %1.</source>
        <translation>Figure&#xa0;: data_flow.svg du dossier, dessiné en graphisme vectoriel. SHA-256 de la source DOT %1.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="254"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="270"/>
        <source>Vendor Security Questionnaire</source>
        <translation>Questionnaire de sécurité fournisseur</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="271"/>
        <source>CAIQ v4 style answers derived from runtime data, with the evidence each answer rests on, every exception found, and the auditor&apos;s verdict.</source>
        <translation>Réponses de type CAIQ v4 déduites des données d&apos;exécution, avec la preuve sur laquelle repose chaque réponse, chaque exception constatée et l&apos;avis de l&apos;auditeur.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="276"/>
        <source>Questionnaire answers: not provided.</source>
        <translation>Réponses au questionnaire&#xa0;: non fournies.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="280"/>
        <source>Answer (category not provided)</source>
        <translation>Réponse (catégorie non fournie)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="282"/>
        <source>CAIQ v4 questions</source>
        <translation>Questions CAIQ v4</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="284"/>
        <source>Answer: not provided.</source>
        <translation>Réponse&#xa0;: non fournie.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="287"/>
        <location filename="../core/report/PackageReport.cpp" line="290"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="294"/>
        <source>Exceptions: none.</source>
        <translation>Exceptions&#xa0;: aucune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="296"/>
        <source>Exceptions: %n listed below.</source>
        <translation>
            <numerusform>Exceptions&#xa0;: %n, détaillée ci-dessous.</numerusform>
            <numerusform>Exceptions&#xa0;: %n, détaillées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="298"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="305"/>
        <source>Auditor verdict: not reviewed</source>
        <translation>Avis de l&apos;auditeur&#xa0;: non revu</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="314"/>
        <source>Reviewed by %1 at %2</source>
        <translation>Revu par %1 le %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="318"/>
        <source>Auditor verdict: %1</source>
        <translation>Avis de l&apos;auditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="327"/>
        <source>Sub-Processor List</source>
        <translation>Liste des sous-traitants ultérieurs</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <location filename="../core/report/PackageReport.cpp" line="458"/>
        <source>Data types</source>
        <translation>Types de données</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <source>SOC 2 status</source>
        <translation>Statut SOC 2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="333"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="334"/>
        <source>Sub-processors: not provided.</source>
        <translation>Sous-traitants ultérieurs&#xa0;: non fournis.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="343"/>
        <source>none (always included)</source>
        <translation>aucun (toujours inclus)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="349"/>
        <source>UNMAPPED: not in the registry</source>
        <translation>NON RATTACHÉ&#xa0;: absent du registre</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="350"/>
        <source>mapped</source>
        <translation>rattaché</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="353"/>
        <source>%n third-party service(s) process data on behalf of the agent.</source>
        <translation>
            <numerusform>%n service tiers traite des données pour le compte de l&apos;agent.</numerusform>
            <numerusform>%n services tiers traitent des données pour le compte de l&apos;agent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="357"/>
        <source>%n sub-processor(s) are not in the connector registry: vendor, service and SOC 2 status need confirming by hand (marked UNMAPPED).</source>
        <translation>
            <numerusform>%n sous-traitant ultérieur n&apos;est pas dans le registre des connecteurs&#xa0;: fournisseur, service et statut SOC 2 sont à confirmer à la main (marqué NON RATTACHÉ).</numerusform>
            <numerusform>%n sous-traitants ultérieurs ne sont pas dans le registre des connecteurs&#xa0;: fournisseur, service et statut SOC 2 sont à confirmer à la main (marqués NON RATTACHÉ).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="367"/>
        <source>SOC 2 Control Mappings</source>
        <translation>Correspondances des contrôles SOC 2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="369"/>
        <source>Observed action types mapped to SOC 2 Trust Services Criteria, with the evidence count and first and last occurrence in the period.</source>
        <translation>Types d&apos;action observés mis en correspondance avec les Trust Services Criteria SOC 2, avec le nombre de preuves et la première et la dernière occurrence dans la période.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="372"/>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <location filename="../core/report/PackageReport.cpp" line="390"/>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="377"/>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="377"/>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="378"/>
        <source>Mappings: not provided.</source>
        <translation>Correspondances&#xa0;: non fournies.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="392"/>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="393"/>
        <source>Evidence count</source>
        <translation>Nombre de preuves</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="394"/>
        <location filename="../core/report/PackageReport.cpp" line="440"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="395"/>
        <source>Controls: not provided.</source>
        <translation>Contrôles&#xa0;: non fournis.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="401"/>
        <source>NO EVIDENCE in the period</source>
        <translation>AUCUNE PREUVE dans la période</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="401"/>
        <source>evidence observed</source>
        <translation>preuve observée</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="406"/>
        <source>Unmapped action types</source>
        <translation>Types d&apos;action sans correspondance</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="412"/>
        <source>Every observed action type maps to at least one control.</source>
        <translation>Chaque type d&apos;action observé correspond à au moins un contrôle.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="414"/>
        <source>Observed but mapped to no control: %1</source>
        <translation>Observé mais sans correspondance avec un contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="425"/>
        <source>Agent Profile</source>
        <translation>Profil de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="428"/>
        <source>Agent profile: not provided (the package was generated before packages recorded the agent&apos;s status, owner and intent manifest).</source>
        <translation>Profil de l&apos;agent&#xa0;: non fourni (le dossier a été généré avant que les dossiers n&apos;enregistrent le statut, le propriétaire et le manifeste d&apos;intention de l&apos;agent).</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="438"/>
        <source>The agent as the runtime export described it when the package was generated.</source>
        <translation>L&apos;agent tel que le décrivait l&apos;export d&apos;exécution lorsque le dossier a été généré.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="441"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="442"/>
        <source>Deployed at</source>
        <translation>Déployé le</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="444"/>
        <source>Intent manifest</source>
        <translation>Manifeste d&apos;intention</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="447"/>
        <source>The agent declared no intent manifest.</source>
        <translation>L&apos;agent n&apos;a déclaré aucun manifeste d&apos;intention.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="453"/>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="456"/>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="457"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="474"/>
        <source>agree</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="476"/>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="480"/>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="491"/>
        <location filename="../core/report/PackageReport.cpp" line="530"/>
        <source>offset %1: %2</source>
        <translation>position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="492"/>
        <source>expected an object of answer key -&gt; {verdict, comment, by, at}</source>
        <translation>objet clé de réponse -&gt; {verdict, comment, by, at} attendu</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="510"/>
        <source>answer &apos;%1&apos;: verdict &apos;%2&apos;: expected agree, exception or not_applicable</source>
        <translation>réponse &apos;%1&apos;&#xa0;: avis &apos;%2&apos;&#xa0;: agree, exception ou not_applicable attendu</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="531"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation>dossier de conformité attendu (un objet JSON)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="539"/>
        <source>agent name not provided</source>
        <translation>nom de l&apos;agent non fourni</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="543"/>
        <source>Compliance Package: %1</source>
        <translation>Dossier de conformité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="544"/>
        <source>SOC 2 evidence: compliance package %1 for agent %2</source>
        <translation>Preuve SOC 2&#xa0;: dossier de conformité %1 pour l&apos;agent %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="548"/>
        <source>%1: Compliance Package</source>
        <translation>%1&#xa0;: dossier de conformité</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="549"/>
        <source>Generated %1 by %2</source>
        <translation>Généré le %1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="558"/>
        <source>(cannot be computed: not canonical JSON)</source>
        <translation>(ne peut être calculé&#xa0;: JSON non canonique)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="562"/>
        <location filename="../core/report/PackageReport.cpp" line="585"/>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="563"/>
        <source>Content SHA-256 NOT matching the content</source>
        <translation>SHA-256 du contenu NE correspondant PAS au contenu</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="569"/>
        <source>Compliance Package</source>
        <translation>Dossier de conformité</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="572"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="573"/>
        <source>Agent ID</source>
        <translation>Id de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="574"/>
        <source>Status at generation</source>
        <translation>Statut lors de la génération</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="578"/>
        <source>Package ID</source>
        <translation>Id du dossier</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="579"/>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="580"/>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="581"/>
        <source>Built from</source>
        <translation>Construit à partir de</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="583"/>
        <source>%1 audit entries</source>
        <translation>%1 entrées d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="586"/>
        <source>Content check</source>
        <translation>Contrôle du contenu</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="587"/>
        <source>no content_sha256 to check</source>
        <translation>aucun content_sha256 à contrôler</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="588"/>
        <source>the content matches its content_sha256</source>
        <translation>le contenu correspond à son content_sha256</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="589"/>
        <source>NOT matching: the content hashes to %1</source>
        <translation>NE correspond PAS&#xa0;: le contenu a pour empreinte %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="590"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="592"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="595"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="597"/>
        <source>Audit trail: %1</source>
        <translation>Piste d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="602"/>
        <source>CONTENT NOT MATCHING its content_sha256</source>
        <translation>CONTENU NE CORRESPONDANT PAS à son content_sha256</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="603"/>
        <source>The package claims content SHA-256 %1, but its content hashes to %2: it was changed after it was generated, or generated wrongly.</source>
        <translation>Le dossier annonce le SHA-256 de contenu %1, mais son contenu a pour empreinte %2&#xa0;: il a été modifié après sa génération, ou mal généré.</translation>
    </message>
</context>
<context>
    <name>ab::PackageTrail</name>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="18"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageTrail.cpp" line="24"/>
        <source>Coverage: %1 to %2, %n gap(s), %3.</source>
        <translation>
            <numerusform>Couverture&#xa0;: du %1 au %2, %n lacune, %3.</numerusform>
            <numerusform>Couverture&#xa0;: du %1 au %2, %n lacunes, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="27"/>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="27"/>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="32"/>
        <source>The package cites run %1 of the agent runtime chain (result SHA-256 %2, verified %3).</source>
        <translation>Le dossier cite l&apos;exécution %1 de la chaîne d&apos;exécution des agents (SHA-256 du résultat %2, vérifiée %3).</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="34"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="35"/>
        <source>at a time not given</source>
        <translation>à une date non indiquée</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="49"/>
        <source>From the verification result given when printing: %1.</source>
        <translation>D&apos;après le résultat de vérification fourni à l&apos;impression&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="52"/>
        <source>The package itself cites no verification of its agent runtime chain.</source>
        <translation>Le dossier lui-même ne cite aucune vérification de la chaîne d&apos;exécution de son agent.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="59"/>
        <source>CITATION DOES NOT MATCH: the cited verification cannot be confirmed</source>
        <translation>LA CITATION NE CORRESPOND PAS&#xa0;: la vérification citée ne peut pas être confirmée</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="64"/>
        <source>No verification of the agent runtime chain was stored when this package was generated.</source>
        <translation>Aucune vérification de la chaîne d&apos;exécution des agents n&apos;était enregistrée lors de la génération de ce dossier.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="74"/>
        <source>It matches the run stored in this workspace.</source>
        <translation>Elle correspond à l&apos;exécution enregistrée dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="80"/>
        <source>NOT RE-CHECKED: the package cites &quot;%1&quot;</source>
        <translation>NON RECONTRÔLÉ&#xa0;: le dossier cite «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="84"/>
        <source>The citation was not checked against a stored run or a verification result.</source>
        <translation>La citation n&apos;a été contrôlée ni par rapport à une exécution enregistrée ni par rapport à un résultat de vérification.</translation>
    </message>
</context>
<context>
    <name>ab::PackagesView</name>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="16"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="16"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="33"/>
        <source>exceptions</source>
        <translation>exceptions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/EvidenceTree.cpp" line="51"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="25"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="31"/>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="31"/>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="45"/>
        <source>Re-performance: %1 vs %2</source>
        <translation>Réexécution&#xa0;: %1 contre %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="53"/>
        <source>First: %1, generated %2 by %3, content SHA-256 %4
Second: %5, generated %6 by %7, content SHA-256 %8

%9</source>
        <translation>Premier&#xa0;: %1, généré le %2 par %3, SHA-256 du contenu %4
Second&#xa0;: %5, généré le %6 par %7, SHA-256 du contenu %8

%9</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="56"/>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="58"/>
        <source>%1 (package %2)</source>
        <translation>%1 (dossier %2)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="61"/>
        <source>Equivalent: no differences in the compared sections.</source>
        <translation>Équivalents&#xa0;: aucune différence dans les sections comparées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="62"/>
        <source>%Ln difference(s).</source>
        <translation>
            <numerusform>%Ln différence.</numerusform>
            <numerusform>%Ln différences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="66"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="66"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="67"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="68"/>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="81"/>
        <source>Save as JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="86"/>
        <source>Save the comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="88"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="95"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire (%2)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="26"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="61"/>
        <source>Action type</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="26"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="30"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="48"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="30"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="31"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="31"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="32"/>
        <source>First call</source>
        <translation>Premier appel</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="32"/>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="36"/>
        <source>Execution Graph</source>
        <translation>Graphe d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="40"/>
        <source>Data Flow Diagram</source>
        <translation>Diagramme de flux de données</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="44"/>
        <source>Vendor Security Questionnaire</source>
        <translation>Questionnaire de sécurité fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="48"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="49"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="49"/>
        <source>Data types</source>
        <translation>Types de données</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="50"/>
        <source>SOC 2</source>
        <translation>SOC 2</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="50"/>
        <source>Mapped</source>
        <translation>Rattaché</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="52"/>
        <source>Sub-Processor List</source>
        <translation>Liste des sous-traitants ultérieurs</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="61"/>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="63"/>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="66"/>
        <source>SOC 2 Control Mappings</source>
        <translation>Correspondances des contrôles SOC 2</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="159"/>
        <location filename="../ui/packages/PackageWidgets.cpp" line="44"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="160"/>
        <source>no: review</source>
        <translation>non&#xa0;: à revoir</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="165"/>
        <source>Not in any sub-processor registry: needs review</source>
        <translation>Absent de tout registre de sous-traitants ultérieurs&#xa0;: à revoir</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="211"/>
        <source>Coverage: %1 of %2 mapped controls have evidence in the period.
Controls without evidence: %3
Action types observed but unmapped: %4</source>
        <translation>Couverture&#xa0;: %1 des %2 contrôles mis en correspondance ont des preuves dans la période.
Contrôles sans preuve&#xa0;: %3
Types d&apos;action observés sans correspondance&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="215"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="216"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="223"/>
        <source>Platform bookkeeping (not mapped to controls): %1</source>
        <translation>Tenue de la plateforme (sans correspondance avec un contrôle)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageWidgets.cpp" line="44"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="50"/>
        <location filename="../ui/packages/PackagesView.cpp" line="163"/>
        <source>Select a package version, or generate one.</source>
        <translation>Sélectionnez une version de dossier, ou générez-en une.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="56"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="58"/>
        <source>Previe&amp;w…</source>
        <translation>Ape&amp;rçu…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="60"/>
        <source>Export P&amp;DF…</source>
        <translation>Expor&amp;ter en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="148"/>
        <source>Agent runtime chain: no verification was stored when this package was generated.</source>
        <translation>Chaîne d&apos;exécution des agents&#xa0;: aucune vérification n&apos;était enregistrée lors de la génération de ce dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="150"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="151"/>
        <source>linkage only, MACs not verified</source>
        <translation>chaînage seul, MAC non vérifiés</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="152"/>
        <source>intact, coverage incomplete</source>
        <translation>intacte, couverture incomplète</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="153"/>
        <source>verified, coverage complete</source>
        <translation>vérifiée, couverture complète</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="154"/>
        <source>Agent runtime chain: run %1 cited (%2), result SHA-256 %3</source>
        <translation>Chaîne d&apos;exécution des agents&#xa0;: exécution %1 citée (%2), SHA-256 du résultat %3</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="164"/>
        <source>Open or create a workspace to generate and review packages.</source>
        <translation>Ouvrez ou créez un espace de travail pour générer et revoir des dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — package %2&lt;br&gt;generated %3 by %4 from %5 audit entries; content SHA-256 %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — dossier %2&lt;br&gt;généré le %3 par %4 à partir de %5 entrées d&apos;audit&#xa0;; SHA-256 du contenu %6</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="226"/>
        <source>Import an agent runtime export first: packages are generated from it.</source>
        <translation>Importez d&apos;abord un export d&apos;exécution d&apos;agents&#xa0;: les dossiers sont générés à partir de celui-ci.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="227"/>
        <source>Choose the agent to generate a package for.</source>
        <translation>Choisissez l&apos;agent pour lequel générer un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="232"/>
        <source>Generating package</source>
        <translation>Génération du dossier</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="262"/>
        <source>Select exactly two package versions to compare (Ctrl+click).</source>
        <translation>Sélectionnez exactement deux versions de dossier à comparer (Ctrl+clic).</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="272"/>
        <location filename="../ui/packages/PackagesView.cpp" line="273"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="289"/>
        <source>Select a package version to print.</source>
        <translation>Sélectionnez une version de dossier à imprimer.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="306"/>
        <source>The content SHA-256 stated in this package does not match its content: it was changed after it was generated, or generated wrongly. Do not rely on it.</source>
        <translation>Le SHA-256 du contenu indiqué dans ce dossier ne correspond pas à son contenu&#xa0;: il a été modifié après sa génération, ou mal généré. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="26"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="28"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="57"/>
        <source>Evidence (double-click an item with an id to look for it in the audit log):</source>
        <translation>Preuve (double-cliquez sur un élément doté d&apos;un id pour le chercher dans le journal d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="62"/>
        <source>Auditor&apos;s verdict</source>
        <translation>Avis de l&apos;auditeur</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="66"/>
        <source>&amp;Agree</source>
        <translation>C&amp;onforme</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="67"/>
        <source>E&amp;xception</source>
        <translation>E&amp;xception</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="68"/>
        <source>&amp;Not applicable</source>
        <translation>&amp;Non applicable</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="78"/>
        <source>Comment (required for an exception)</source>
        <translation>Commentaire (obligatoire pour une exception)</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="81"/>
        <source>&amp;Save verdict</source>
        <translation>&amp;Enregistrer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="98"/>
        <source>Choose agree, exception or not applicable first.</source>
        <translation>Choisissez d&apos;abord conforme, exception ou non applicable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/QuestionnairePage.cpp" line="268"/>
        <source>%1 of %Ln answer(s) reviewed</source>
        <translation>
            <numerusform>%1 sur %Ln réponse examinée</numerusform>
            <numerusform>%1 sur %Ln réponses examinées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/QuestionnairePage.cpp" line="270"/>
        <source>; %Ln unsaved draft(s)</source>
        <translation>
            <numerusform>&#xa0;; %Ln brouillon non enregistré</numerusform>
            <numerusform>&#xa0;; %Ln brouillons non enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="292"/>
        <source>No questionnaire</source>
        <translation>Aucun questionnaire</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="300"/>
        <source>Answer %1 of %2</source>
        <translation>Réponse %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="301"/>
        <source>%1 — CCM %2</source>
        <translation>%1 — CCM %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="314"/>
        <source>No verdict yet.</source>
        <translation>Pas encore d&apos;avis.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="323"/>
        <source>Saved by %1 at %2.</source>
        <translation>Enregistré par %1 le %2.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="332"/>
        <source>Draft, not saved yet: Save verdict stores it. (%1)</source>
        <translation>Brouillon, pas encore enregistré&#xa0;: Enregistrer l&apos;avis le stocke. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="345"/>
        <source>An exception needs a comment saying what is wrong.</source>
        <translation>Une exception exige un commentaire qui dit ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="224"/>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="355"/>
        <source>The verdict was not saved: %1</source>
        <translation>L&apos;avis n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="23"/>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="31"/>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="31"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="32"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="32"/>
        <source>Package</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="33"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="38"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="42"/>
        <source>Generate a new package version from the agent&apos;s runtime data</source>
        <translation>Générer une nouvelle version du dossier à partir des données d&apos;exécution de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="43"/>
        <source>Package generation is not built into this version</source>
        <translation>La génération de dossiers n&apos;est pas intégrée à cette version</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="44"/>
        <source>&amp;Compare two</source>
        <translation>&amp;Comparer deux</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="46"/>
        <source>Select two versions (e.g. the platform&apos;s and the workbench&apos;s) to compare them</source>
        <translation>Sélectionnez deux versions (p. ex. celle de la plateforme et celle de l&apos;atelier) pour les comparer</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="69"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="72"/>
        <source>%1 (%2 entries)</source>
        <translation>%1 (%2 entrées)</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="98"/>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="99"/>
        <source>workbench</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="101"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>ab::PeriodFilter</name>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="94"/>
        <source>Ra&amp;nge</source>
        <translation>P&amp;lage</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="95"/>
        <source>Set the period to a common range</source>
        <translation>Régler la période sur une plage courante</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="99"/>
        <source>This &amp;quarter</source>
        <translation>Ce &amp;trimestre</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="100"/>
        <source>&amp;Last quarter</source>
        <translation>Trimestre &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="101"/>
        <source>This &amp;year</source>
        <translation>&amp;Cette année</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="102"/>
        <source>Last y&amp;ear</source>
        <translation>A&amp;nnée précédente</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="103"/>
        <source>The e&amp;xamination period</source>
        <translation>La période d&apos;e&amp;xamen</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="129"/>
        <source>&amp;Period (UTC):</source>
        <translation>&amp;Période (UTC)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ab::PortfolioPage</name>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="52"/>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="54"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="58"/>
        <source>Output folder:</source>
        <translation>Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="61"/>
        <source>optional: verify the runtime chain first</source>
        <translation>facultatif&#xa0;: vérifier d&apos;abord la chaîne d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="64"/>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="65"/>
        <source>Keyrings (*.json);;All files (*)</source>
        <translation>Trousseaux de clés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="69"/>
        <source>Keyring:</source>
        <translation>Trousseau de clés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="71"/>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="73"/>
        <source>optional, RFC 3339</source>
        <translation>facultatif, RFC 3339</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="74"/>
        <source>Period start:</source>
        <translation>Début de la période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="75"/>
        <source>Period end:</source>
        <translation>Fin de la période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="76"/>
        <source>Include agents that are not active</source>
        <translation>Inclure les agents inactifs</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="81"/>
        <source>Build Portfolio</source>
        <translation>Constituer le portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="85"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Portfolio ID</source>
        <translation>ID du portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="126"/>
        <source>Out of date: the inputs changed since this portfolio was built; build again for the inputs now chosen. (%1)</source>
        <translation>Obsolète&#xa0;: les entrées ont changé depuis la constitution de ce portefeuille&#xa0;; reconstituez-le pour les entrées choisies maintenant. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="150"/>
        <source>Choose an output folder for the portfolio.</source>
        <translation>Choisissez un dossier de sortie pour le portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="162"/>
        <source>&apos;%1&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: horodatage RFC 3339 attendu, p. ex. 2025-01-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="174"/>
        <source>Building the portfolio…</source>
        <translation>Constitution du portefeuille…</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="200"/>
        <source>Portfolio %1 of workspace %7 written to %2: %3 package(s), %4 agent(s) left out, %5 PDF pages. Content SHA-256 %6.</source>
        <translation>Portefeuille %1 de l&apos;espace de travail %7 écrit dans %2&#xa0;: %3 dossier(s), %4 agent(s) écarté(s), %5 pages PDF. SHA-256 du contenu %6.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="211"/>
        <source>Cancelled: no portfolio and no package was stored.</source>
        <translation>Annulé&#xa0;: aucun portefeuille ni aucun dossier n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="213"/>
        <source>The portfolio could not be built.</source>
        <translation>Le portefeuille n&apos;a pas pu être constitué.</translation>
    </message>
</context>
<context>
    <name>ab::PortfolioReport</name>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="22"/>
        <source>not provided</source>
        <translation>non fourni</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="33"/>
        <source>every entry of the runtime exports (no period given)</source>
        <translation>toutes les entrées des exports d&apos;exécution (aucune période indiquée)</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="34"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="35"/>
        <source>the first entry</source>
        <translation>la première entrée</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="36"/>
        <source>the last entry</source>
        <translation>la dernière entrée</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="42"/>
        <location filename="../core/report/PortfolioReport.cpp" line="198"/>
        <source>SOC 2 Evidence Portfolio</source>
        <translation>Portefeuille de preuves SOC 2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PortfolioReport.cpp" line="43"/>
        <source>%n agent package(s)</source>
        <translation>
            <numerusform>%n dossier d&apos;agent</numerusform>
            <numerusform>%n dossiers d&apos;agents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="45"/>
        <source>Portfolio ID</source>
        <translation>ID du portefeuille</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="46"/>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="47"/>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="48"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="49"/>
        <location filename="../core/report/PortfolioReport.cpp" line="83"/>
        <source>Agents included</source>
        <translation>Agents inclus</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="50"/>
        <location filename="../core/report/PortfolioReport.cpp" line="86"/>
        <source>Agents left out</source>
        <translation>Agents écartés</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="51"/>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="52"/>
        <source>Printed by</source>
        <translation>Imprimé par</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="57"/>
        <source>Runtime chain verified: valid, MACs verified</source>
        <translation>Chaîne d&apos;exécution vérifiée&#xa0;: valide, MAC vérifiés</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="58"/>
        <source>Runtime chain verification found problems</source>
        <translation>La vérification de la chaîne d&apos;exécution a relevé des problèmes</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="59"/>
        <source>Verification run %1 at %2, cited by every package.</source>
        <translation>Vérification %1 du %2, citée par chaque dossier.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="64"/>
        <source>Runtime chain not verified for this portfolio</source>
        <translation>Chaîne d&apos;exécution non vérifiée pour ce portefeuille</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="65"/>
        <source>No keyring was given: each package cites the newest stored verification that covers it, if any.</source>
        <translation>Aucun trousseau de clés n&apos;a été fourni&#xa0;: chaque dossier cite la vérification enregistrée la plus récente qui le couvre, s&apos;il y en a une.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="73"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="76"/>
        <location filename="../core/report/PortfolioReport.cpp" line="89"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="76"/>
        <location filename="../core/report/PortfolioReport.cpp" line="89"/>
        <source>Agent ID</source>
        <translation>ID de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="77"/>
        <location filename="../core/report/PortfolioReport.cpp" line="90"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="77"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="78"/>
        <source>Package ID</source>
        <translation>ID du dossier</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="79"/>
        <source>No agent is included.</source>
        <translation>Aucun agent n&apos;est inclus.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="90"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="91"/>
        <source>None: every agent is included.</source>
        <translation>Aucun&#xa0;: tous les agents sont inclus.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="98"/>
        <source>Inherited from the hosting platform</source>
        <translation>Hérités de la plateforme d&apos;hébergement</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="101"/>
        <location filename="../core/report/PortfolioReport.cpp" line="131"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="101"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="102"/>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="102"/>
        <source>Report period</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="103"/>
        <source>No criterion is inherited.</source>
        <translation>Aucun critère n&apos;est hérité.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="107"/>
        <source>to be filled in by the auditor</source>
        <translation>à compléter par l&apos;auditeur</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="116"/>
        <source>SOC 2 Matrix</source>
        <translation>Matrice SOC 2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="117"/>
        <source>Evidence count per criterion and agent (each package&apos;s SOC 2 control counts), the criteria inherited from the hosting platform, and the criteria mapped but without evidence anywhere.</source>
        <translation>Nombre de preuves par critère et par agent (décomptes des contrôles SOC 2 de chaque dossier), critères hérités de la plateforme d&apos;hébergement, et critères mis en correspondance mais sans aucune preuve.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="125"/>
        <source>Agents %1 to %2 of %3</source>
        <translation>Agents %1 à %2 sur %3</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="139"/>
        <location filename="../core/report/PortfolioReport.cpp" line="159"/>
        <source>Inherited</source>
        <translation>Hérité</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="140"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="141"/>
        <source>No criterion is mapped or inherited.</source>
        <translation>Aucun critère n&apos;est mis en correspondance ni hérité.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="146"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="153"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="155"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="158"/>
        <source>With evidence</source>
        <translation>Avec preuves</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="160"/>
        <source>Without evidence (NOT covered)</source>
        <translation>Sans preuves (NON couverts)</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="193"/>
        <source>SOC 2 Evidence Portfolio %1</source>
        <translation>Portefeuille de preuves SOC 2 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PortfolioReport.cpp" line="194"/>
        <source>SOC 2 evidence portfolio: %n agent package(s) and the inherited controls</source>
        <translation>
            <numerusform>Portefeuille de preuves SOC 2&#xa0;: %n dossier d&apos;agent et les contrôles hérités</numerusform>
            <numerusform>Portefeuille de preuves SOC 2&#xa0;: %n dossiers d&apos;agents et les contrôles hérités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="199"/>
        <source>Generated %1 by %2</source>
        <translation>Généré le %1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="200"/>
        <source>Portfolio SHA-256</source>
        <translation>SHA-256 du portefeuille</translation>
    </message>
</context>
<context>
    <name>ab::Progress</name>
    <message>
        <location filename="../core/common/Progress.h" line="44"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ab::RecordViewer</name>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="55"/>
        <source>Record outside the workspace</source>
        <translation>Enregistrement hors de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="86"/>
        <source>The record&apos;s bytes exactly as in the file:</source>
        <translation>Les octets de l&apos;enregistrement, exactement comme dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="101"/>
        <source>%1, line %2 (SHA-256 %3…): this file is not in the workspace.</source>
        <translation>%1, ligne %2 (SHA-256 %3…)&#xa0;: ce fichier n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="112"/>
        <source>The workspace holds a record with this id, identical field by field.</source>
        <translation>L&apos;espace de travail contient un enregistrement portant cet id, identique champ par champ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/RecordViewer.cpp" line="113"/>
        <source>The workspace holds a record with this id; %Ln field(s) differ (marked ≠):</source>
        <translation>
            <numerusform>L&apos;espace de travail contient un enregistrement portant cet id&#xa0;; %Ln champ diffère (marqué ≠)&#xa0;:</numerusform>
            <numerusform>L&apos;espace de travail contient un enregistrement portant cet id&#xa0;; %Ln champs diffèrent (marqués ≠)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="118"/>
        <source>The workspace holds no record with this id.</source>
        <translation>L&apos;espace de travail ne contient aucun enregistrement portant cet id.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="128"/>
        <location filename="../ui/records/RecordViewer.cpp" line="154"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>ab::RecordsExcelExport</name>
    <message>
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="20"/>
        <source>Excel workbook, every column (*.xlsx)</source>
        <translation>Classeur Excel, toutes les colonnes (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="26"/>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="50"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln enregistrement exporté vers %1.</numerusform>
            <numerusform>%Ln enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ReportBranding</name>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="34"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="45"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="48"/>
        <source>%1: logo &apos;%2&apos; cannot be read (%3)</source>
        <translation>%1&#xa0;: le logo &apos;%2&apos; ne peut pas être lu (%3)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="55"/>
        <source>%1: logo &apos;%2&apos; is neither an SVG nor a PNG image</source>
        <translation>%1&#xa0;: le logo &apos;%2&apos; n&apos;est ni une image SVG ni une image PNG</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="68"/>
        <source>Prepared with AuditBench for audit evidence review</source>
        <translation>Préparé avec AuditBench pour la revue des preuves d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="90"/>
        <source>branding file</source>
        <translation>fichier de personnalisation</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="93"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="107"/>
        <source>%1: offset %2: %3</source>
        <translation>%1&#xa0;: position %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="111"/>
        <source>%1: expected a JSON object with organisation, logo, accent_colour, footer</source>
        <translation>%1&#xa0;: objet JSON avec organisation, logo, accent_colour, footer attendu</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="127"/>
        <source>%1: accent_colour &apos;%2&apos;: expected a colour such as #2F4F6F</source>
        <translation>%1&#xa0;: accent_colour &apos;%2&apos;&#xa0;: couleur telle que #2F4F6F attendue</translation>
    </message>
</context>
<context>
    <name>ab::ReportDispatcher</name>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="52"/>
        <source>Nothing to print yet: verify a chain or select a package first.</source>
        <translation>Rien à imprimer pour l&apos;instant&#xa0;: vérifiez d&apos;abord une chaîne ou sélectionnez un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="89"/>
        <source>The print was not recorded in the activity log: %1</source>
        <translation>L&apos;impression n&apos;a pas été enregistrée dans le journal d&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="109"/>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="110"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ab::ReportOutput</name>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="67"/>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="82"/>
        <source>Export of %1 cancelled; no file was written.</source>
        <translation>Exportation de %1 annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="94"/>
        <source>Wrote %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%Ln page).</numerusform>
            <numerusform>%1 écrit (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="106"/>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="121"/>
        <source>Printing to %1</source>
        <translation>Impression sur %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="137"/>
        <source>Printing to %1 cancelled before anything was sent.</source>
        <translation>Impression sur %1 annulée avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="141"/>
        <source>Printing to %1 failed: %2</source>
        <translation>Échec de l&apos;impression sur %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="147"/>
        <source>Cancel came after the pages were being sent: %Ln page(s) printed to %1 in full.</source>
        <translation>
            <numerusform>L&apos;annulation est arrivée pendant l&apos;envoi des pages&#xa0;: %Ln page imprimée intégralement sur %1.</numerusform>
            <numerusform>L&apos;annulation est arrivée pendant l&apos;envoi des pages&#xa0;: %Ln pages imprimées intégralement sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="151"/>
        <source>Printed %Ln page(s) to %1.</source>
        <translation>
            <numerusform>%Ln page imprimée sur %1.</numerusform>
            <numerusform>%Ln pages imprimées sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="185"/>
        <source>Printed %Ln page(s) from the preview.</source>
        <translation>
            <numerusform>%Ln page imprimée depuis l&apos;aperçu.</numerusform>
            <numerusform>%Ln pages imprimées depuis l&apos;aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="165"/>
        <source>Print Preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::ReportWriter</name>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="49"/>
        <source>Printing a report needs fonts, which need a QGuiApplication (use the offscreen platform without a display)</source>
        <translation>L&apos;impression d&apos;un rapport exige des polices, qui exigent une QGuiApplication (utilisez la plateforme offscreen sans affichage)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="67"/>
        <source>Laying out the report</source>
        <translation>Mise en page du rapport</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/ReportWriter.cpp" line="81"/>
        <source>Printing %n page(s)</source>
        <translation>
            <numerusform>Impression de %n page</numerusform>
            <numerusform>Impression de %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="85"/>
        <source>The printer could not start</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="146"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;écrire (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="148"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="280"/>
        <source>not provided</source>
        <translation>non fourni</translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="308"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../core/report/render/PageFrame.cpp" line="44"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="130"/>
        <source>Diagram: not provided.</source>
        <translation>Diagramme&#xa0;: non fourni.</translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="132"/>
        <source>Diagram not drawn: it refers to external images, which reports never embed.</source>
        <translation>Diagramme non dessiné&#xa0;: il fait référence à des images externes, que les rapports n&apos;incorporent jamais.</translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="134"/>
        <source>Diagram not drawn: the SVG could not be read.</source>
        <translation>Diagramme non dessiné&#xa0;: le SVG n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ab::RuntimeExport</name>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="60"/>
        <location filename="../core/package/RuntimeExportReader.cpp" line="82"/>
        <source>expected a string for &quot;%1&quot;</source>
        <translation>chaîne attendue pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="101"/>
        <source>expected a whole number for &quot;%1&quot;</source>
        <translation>nombre entier attendu pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="109"/>
        <source>expected true or false for &quot;%1&quot;</source>
        <translation>true ou false attendu pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="120"/>
        <source>expected an array of strings for &quot;%1&quot;</source>
        <translation>tableau de chaînes attendu pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="129"/>
        <source>expected a string in &quot;%1&quot;</source>
        <translation>chaîne attendue dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="195"/>
        <source>expected an audit entry object in &quot;audit_entries&quot;</source>
        <translation>objet entrée d&apos;audit attendu dans «&#xa0;audit_entries&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="260"/>
        <location filename="../core/package/RuntimeExport.cpp" line="305"/>
        <source>Reading the agent runtime export</source>
        <translation>Lecture de l&apos;export d&apos;exécution d&apos;agents</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="33"/>
        <source>expected &quot;version&quot;: 1 (the only agent runtime export version known)</source>
        <translation>«&#xa0;version&#xa0;»&#xa0;: 1 attendu (la seule version connue de l&apos;export d&apos;exécution d&apos;agents)</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="157"/>
        <source>expected &quot;format&quot;: &quot;arx-runtime-export&quot;, found &quot;%1&quot;</source>
        <translation>«&#xa0;format&#xa0;»&#xa0;: «&#xa0;arx-runtime-export&#xa0;» attendu, «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="160"/>
        <source>expected an &quot;audit_entries&quot; array in the agent runtime export</source>
        <translation>tableau «&#xa0;audit_entries&#xa0;» attendu dans l&apos;export d&apos;exécution d&apos;agents</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="324"/>
        <source>Reading audit entries</source>
        <translation>Lecture des entrées d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="239"/>
        <source>expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z for &quot;timestamp&quot;, found &quot;%1&quot;</source>
        <translation>horodatage RFC 3339 tel que 2026-03-01T12:00:00Z attendu pour «&#xa0;timestamp&#xa0;», «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="79"/>
        <source>expected an object for &quot;%1&quot;</source>
        <translation>objet attendu pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="103"/>
        <source>expected an array for &quot;%1&quot;</source>
        <translation>tableau attendu pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="110"/>
        <source>expected an object in &quot;%1&quot;</source>
        <translation>objet attendu dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="140"/>
        <source>expected a non-empty &quot;%1&quot; in this %2</source>
        <translation>«&#xa0;%1&#xa0;» non vide attendu dans ce %2</translation>
    </message>
</context>
<context>
    <name>ab::RuntimeView</name>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Action type</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Entry id</source>
        <translation>Id de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="39"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="40"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="41"/>
        <source>Action &amp;type:</source>
        <translation>&amp;Type d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="42"/>
        <source>&amp;Connector:</source>
        <translation>&amp;Connecteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="43"/>
        <source>&amp;Decision:</source>
        <translation>Déc&amp;ision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="77"/>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runtime/RuntimeView.cpp" line="145"/>
        <source>%1 of %Ln entry(s)</source>
        <translation>
            <numerusform>%1 sur %Ln entrée</numerusform>
            <numerusform>%1 sur %Ln entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::SampleDialog</name>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="29"/>
        <source>Sample the Filtered Records</source>
        <translation>Échantillonner les enregistrements filtrés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/SampleDialog.cpp" line="31"/>
        <source>Population: %Ln record(s) selected by: %1</source>
        <translation>
            <numerusform>Population&#xa0;: %Ln enregistrement sélectionné par&#xa0;: %1</numerusform>
            <numerusform>Population&#xa0;: %Ln enregistrements sélectionnés par&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="40"/>
        <source>Sample Size…</source>
        <translation>Taille d&apos;échantillon…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="54"/>
        <source>sample ID</source>
        <translation>ID de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="60"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="63"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="66"/>
        <source>Draw</source>
        <translation>Tirer</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="111"/>
        <source>The seed is a whole number from 0 to 9007199254740991.</source>
        <translation>La graine est un nombre entier de 0 à 9007199254740991.</translation>
    </message>
</context>
<context>
    <name>ab::SampleSizeDialog</name>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="18"/>
        <source>Sample Size</source>
        <translation>Taille d&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="22"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="30"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="40"/>
        <source>&amp;Confidence:</source>
        <translation>Niveau de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="41"/>
        <source>&amp;Tolerable deviation rate:</source>
        <translation>Taux d&apos;écart &amp;tolérable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="42"/>
        <source>&amp;Expected deviation rate:</source>
        <translation>Taux d&apos;écart &amp;attendu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="44"/>
        <source>Attribute sampling from the binomial distribution: the smallest sample for which finding no more than the allowed deviations supports the tolerable rate at this confidence (the AICPA tables&apos; method).</source>
        <translation>Échantillonnage par attributs selon la loi binomiale&#xa0;: le plus petit échantillon pour lequel ne pas trouver plus que les écarts admis étaye le taux tolérable à ce niveau de confiance (la méthode des tables de l&apos;AICPA).</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="95"/>
        <source>The expected rate must be below the tolerable rate, which must be above 0 %.</source>
        <translation>Le taux attendu doit être inférieur au taux tolérable, qui doit être supérieur à 0 %.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="100"/>
        <source>No sample of up to 100,000 items reaches this confidence: the expected rate is too close to the tolerable rate.</source>
        <translation>Aucun échantillon de 100 000 éléments au plus n&apos;atteint ce niveau de confiance&#xa0;: le taux attendu est trop proche du taux tolérable.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="106"/>
        <source>Sample size: %1 items; deviations allowed: %2.</source>
        <translation>Taille d&apos;échantillon&#xa0;: %1 éléments&#xa0;; écarts admis&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ab::SegmentJoiner</name>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="37"/>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="66"/>
        <source>key &apos;%1&apos; has fingerprint %2 here but %3 in %4: segments must be verified with the same keyring to be joined</source>
        <translation>la clé &apos;%1&apos; a l&apos;empreinte %2 ici mais %3 dans %4&#xa0;: les segments doivent être vérifiés avec le même trousseau de clés pour être joints</translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="169"/>
        <source>expected at least one result to join</source>
        <translation>au moins un résultat à joindre attendu</translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="175"/>
        <source>verified with --max-gap %1 but %2 with --max-gap %3: segments must be verified with the same --max-gap to be joined</source>
        <translation>vérifié avec --max-gap %1 mais %2 avec --max-gap %3&#xa0;: les segments doivent être vérifiés avec le même --max-gap pour être joints</translation>
    </message>
</context>
<context>
    <name>ab::SettingsDialog</name>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="32"/>
        <source>Auditor identity</source>
        <translation>Identité de l&apos;auditeur</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="36"/>
        <source>e.g. Jane Doe</source>
        <translation>p. ex. Jeanne Dupont</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="39"/>
        <source>e.g. jane.doe@firm.example</source>
        <translation>p. ex. jeanne.dupont@cabinet.example</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="42"/>
        <source>e.g. Doe &amp; Partners LLP</source>
        <translation>p. ex. Dupont &amp; Associés</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="44"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="45"/>
        <source>&amp;Firm:</source>
        <translation>&amp;Cabinet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="47"/>
        <source>Recorded in the workspace&apos;s activity log and printed on packages and reports.</source>
        <translation>Enregistré dans le journal d&apos;activité de l&apos;espace de travail et imprimé sur les dossiers et les rapports.</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="52"/>
        <location filename="../ui/common/SettingsDialog.cpp" line="191"/>
        <source>Report branding</source>
        <translation>Présentation des rapports</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="58"/>
        <source>SVG or PNG file; empty for the default</source>
        <translation>Fichier SVG ou PNG&#xa0;; vide pour celui par défaut</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="59"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="66"/>
        <source>Pick…</source>
        <translation>Sélectionner…</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="72"/>
        <source>Load a branding file…</source>
        <translation>Charger un fichier de présentation…</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="73"/>
        <source>A JSON file with organisation, logo, accent_colour and footer</source>
        <translation>Un fichier JSON avec organisation, logo, accent_colour et footer</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="79"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="81"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="83"/>
        <source>&amp;Accent colour:</source>
        <translation>Couleur d&apos;&amp;accent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="87"/>
        <source>Foo&amp;ter:</source>
        <translation>&amp;Pied de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="116"/>
        <source>Same as the interface</source>
        <translation>Comme l&apos;interface</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="125"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="126"/>
        <source>&amp;Report language:</source>
        <translation>Langue des &amp;rapports&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="128"/>
        <source>A new language applies at once: the window is rebuilt and reopens the workspace and page. A keyring loaded for verification is held in memory only and must be chosen again. The report language sets printed reports&apos; headings and labels; the evidence they show is never translated.</source>
        <translation>Une nouvelle langue s&apos;applique aussitôt&#xa0;: la fenêtre est reconstruite et rouvre l&apos;espace de travail et la page. Un trousseau de clés chargé pour la vérification n&apos;est conservé qu&apos;en mémoire et doit être choisi à nouveau. La langue des rapports fixe les titres et libellés des rapports imprimés&#xa0;; les preuves qu&apos;ils montrent ne sont jamais traduites.</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="91"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="92"/>
        <source>Images (*.svg *.png)</source>
        <translation>Images (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="98"/>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="104"/>
        <source>Load a branding file</source>
        <translation>Charger un fichier de présentation</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="104"/>
        <source>Branding (*.json)</source>
        <translation>Présentation (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="109"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="113"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ab::ShortcutsDialog</name>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="40"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="43"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="63"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ab::SourceText</name>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="104"/>
        <source>cannot start gzip decompression</source>
        <translation>impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="146"/>
        <source>byte %1: truncated gzip data: expected more compressed input</source>
        <translation>octet %1&#xa0;: données gzip tronquées&#xa0;: suite de l&apos;entrée compressée attendue</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="151"/>
        <source>byte %1: corrupt gzip data (%2)</source>
        <translation>octet %1&#xa0;: données gzip corrompues (%2)</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="158"/>
        <source>gzip data of %1 bytes inflates to more than %2 bytes, the limit for one file (a larger limit: --max-inflated-size)</source>
        <translation>des données gzip de %1 octets se décompressent en plus de %2 octets, la limite pour un fichier (limite plus grande&#xa0;: --max-inflated-size)</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="163"/>
        <source>gzip data of %1 bytes inflates to more than %2 bytes, over %3 times its size (a higher limit: --max-inflated-ratio)</source>
        <translation>des données gzip de %1 octets se décompressent en plus de %2 octets, plus de %3 fois leur taille (limite plus élevée&#xa0;: --max-inflated-ratio)</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="174"/>
        <source>byte %1: expected end of file after the first gzip member, found %2 more bytes</source>
        <translation>octet %1&#xa0;: fin de fichier attendue après le premier membre gzip, %2 octets de plus trouvés</translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="199"/>
        <source>invalid UTF-8 byte 0x%1: expected UTF-8 text</source>
        <translation>octet UTF-8 invalide 0x%1&#xa0;: texte UTF-8 attendu</translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="225"/>
        <location filename="../core/json/SourceText.cpp" line="280"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="239"/>
        <location filename="../core/json/SourceText.cpp" line="255"/>
        <location filename="../core/json/SourceText.cpp" line="284"/>
        <source>cannot read file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::SourcesDock</name>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="11"/>
        <location filename="../ui/shell/SourcesDock.cpp" line="50"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="51"/>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
</context>
<context>
    <name>ab::SummaryPanel</name>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="31"/>
        <source>(count only)</source>
        <translation>(décompte seul)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="38"/>
        <source>&amp;Count</source>
        <translation>&amp;Compter</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="40"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="42"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="45"/>
        <source>Count by:</source>
        <translation>Compter par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="47"/>
        <source>across:</source>
        <translation>selon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="109"/>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="127"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/SummaryPanel.cpp" line="133"/>
        <source>Filter: %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>Filtre&#xa0;: %1 (%Ln enregistrement).</numerusform>
            <numerusform>Filtre&#xa0;: %1 (%Ln enregistrements).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="142"/>
        <source>Export the Summary to Excel</source>
        <translation>Exporter la synthèse vers Excel</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="143"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="153"/>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="170"/>
        <source>Summary written to %1.</source>
        <translation>Synthèse écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="162"/>
        <source>Export the Summary as PDF</source>
        <translation>Exporter la synthèse en PDF</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="162"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ab::SummaryReport</name>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="33"/>
        <source>Records by %1</source>
        <translation>Enregistrements par %1</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="34"/>
        <source>Records by %1 and %2</source>
        <translation>Enregistrements par %1 et %2</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="38"/>
        <source>Summary: %1</source>
        <translation>Synthèse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="39"/>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="43"/>
        <location filename="../core/report/SummaryReport.cpp" line="53"/>
        <source>Summary SHA-256</source>
        <translation>SHA-256 de la synthèse</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="47"/>
        <source>Record Summary</source>
        <translation>Synthèse des enregistrements</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="50"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="51"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="52"/>
        <source>Records counted</source>
        <translation>Enregistrements comptés</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="54"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="55"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="60"/>
        <source>Filter: %1 (%2 records).</source>
        <translation>Filtre&#xa0;: %1 (%2 enregistrements).</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="66"/>
        <location filename="../core/report/SummaryReport.cpp" line="78"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="67"/>
        <source>No record matches the filter.</source>
        <translation>Aucun enregistrement ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="88"/>
        <source>Months are UTC calendar months of each record&apos;s timestamp; &quot;%1&quot; counts the records without the value.</source>
        <translation>Les mois sont les mois civils UTC de l&apos;horodatage de chaque enregistrement&#xa0;; «&#xa0;%1&#xa0;» compte les enregistrements sans cette valeur.</translation>
    </message>
</context>
<context>
    <name>ab::TaskPanel</name>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="23"/>
        <source>Cancel the running task; nothing half-done is kept</source>
        <translation>Annuler la tâche en cours&#xa0;; rien d&apos;inachevé n&apos;est conservé</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="62"/>
        <source>%1: cancelling…</source>
        <translation>%1&#xa0;: annulation…</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="72"/>
        <source>Cancelling “%1”; nothing half-done is kept…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»&#xa0;; rien d&apos;inachevé n&apos;est conservé…</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="75"/>
        <source>Cancelling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="98"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ab::UserGuideDialog</name>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="24"/>
        <source>AuditBench User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;AuditBench</translation>
    </message>
</context>
<context>
    <name>ab::VerdictBanner</name>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="76"/>
        <source>Verify a&amp;gain</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="78"/>
        <source>Verify the evidence, keyring and period now chosen</source>
        <translation>Vérifier les preuves, le trousseau de clés et la période choisis maintenant</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="107"/>
        <source>Verified: chain intact, every MAC verified</source>
        <translation>Vérifiée&#xa0;: chaîne intacte, chaque MAC vérifié</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="108"/>
        <source>%1 events checked with the keyring; no errors. The records are authentic and complete between the first and the last event.</source>
        <translation>%1 événements contrôlés avec le trousseau de clés&#xa0;; aucune erreur. Les enregistrements sont authentiques et complets entre le premier et le dernier événement.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="114"/>
        <source>Chain intact, every MAC verified — coverage INCOMPLETE</source>
        <translation>Chaîne intacte, chaque MAC vérifié — couverture INCOMPLÈTE</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="115"/>
        <source>%1 events checked with the keyring; no errors. The records do not cover the whole time: %2. Nothing is proved about what is not covered.</source>
        <translation>%1 événements contrôlés avec le trousseau de clés&#xa0;; aucune erreur. Les enregistrements ne couvrent pas toute la durée&#xa0;: %2. Rien n&apos;est prouvé pour ce qui n&apos;est pas couvert.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="120"/>
        <source>%1 events checked for order, sequence and linkage only. Without the keyring the content is not authenticated: choose the keyring file and verify again.</source>
        <translation>%1 événements contrôlés uniquement pour l&apos;ordre, la séquence et le chaînage. Sans le trousseau de clés, le contenu n&apos;est pas authentifié&#xa0;: choisissez le fichier du trousseau et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="124"/>
        <source>Coverage is incomplete: %1.</source>
        <translation>La couverture est incomplète&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="125"/>
        <source>Linkage intact — MACs NOT verified (no keyring)</source>
        <translation>Chaînage intact — MAC NON vérifiés (pas de trousseau de clés)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="130"/>
        <source>Not valid: nothing was verified</source>
        <translation>Non valide&#xa0;: rien n&apos;a été vérifié</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="131"/>
        <source>%1. No record was checked, so the result proves nothing; choose evidence that holds records for the period.</source>
        <translation>%1. Aucun enregistrement n&apos;a été contrôlé, le résultat ne prouve donc rien&#xa0;; choisissez des preuves contenant des enregistrements pour la période.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerdictBanner.cpp" line="137"/>
        <source>Verification failed: %Ln error(s)</source>
        <translation>
            <numerusform>Échec de la vérification&#xa0;: %Ln erreur</numerusform>
            <numerusform>Échec de la vérification&#xa0;: %Ln erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="138"/>
        <source>%1 events checked. The chain is broken or records were altered; each error below leads to its record in the audit log.</source>
        <translation>%1 événements contrôlés. La chaîne est rompue ou des enregistrements ont été modifiés&#xa0;; chaque erreur ci-dessous mène à son enregistrement dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="147"/>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="147"/>
        <source>Reading the records and recomputing the chain.</source>
        <translation>Lecture des enregistrements et recalcul de la chaîne.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="152"/>
        <source>Not verified: the input is unusable</source>
        <translation>Non vérifiée&#xa0;: l&apos;entrée est inutilisable</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="160"/>
        <source>Out of date: %1</source>
        <translation>Obsolète&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="161"/>
        <source>%1 changed since this result was computed; it says nothing about the inputs now chosen. Verify again.</source>
        <translation>%1 a changé depuis le calcul de ce résultat&#xa0;; celui-ci ne dit rien des entrées choisies maintenant. Vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="163"/>
        <source>An input</source>
        <translation>Une entrée</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="168"/>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="169"/>
        <source>Choose the evidence, the keyring and the examination period, then Verify.</source>
        <translation>Choisissez les preuves, le trousseau de clés et la période d&apos;examen, puis Vérifier.</translation>
    </message>
</context>
<context>
    <name>ab::VerificationForm</name>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="58"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="62"/>
        <source>Gateway audit log (workspace)</source>
        <translation>Journal d&apos;audit de la passerelle (espace de travail)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="63"/>
        <source>Agent runtime chain (workspace)</source>
        <translation>Chaîne d&apos;exécution des agents (espace de travail)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="64"/>
        <source>Export files</source>
        <translation>Fichiers d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="65"/>
        <source>Gateway audit log: the gateway records the workspace holds. Agent runtime chain: the audit entries of every agent runtime export it holds, as one chain, which compliance packages then cite.</source>
        <translation>Journal d&apos;audit de la passerelle&#xa0;: les enregistrements de passerelle de l&apos;espace de travail. Chaîne d&apos;exécution des agents&#xa0;: les entrées d&apos;audit de chaque export d&apos;exécution d&apos;agents qu&apos;il contient, en une seule chaîne, que les dossiers de conformité citent ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="77"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="78"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="85"/>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="91"/>
        <source>No keyring: linkage only</source>
        <translation>Pas de trousseau&#xa0;: chaînage seul</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="92"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="93"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="94"/>
        <source>Wipe the keys from memory</source>
        <translation>Effacer les clés de la mémoire</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="106"/>
        <source>Examination period and chain ends</source>
        <translation>Période d&apos;examen et extrémités de la chaîne</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="109"/>
        <source>Only records inside the period (UTC, both ends inclusive)</source>
        <translation>Uniquement les enregistrements de la période (UTC, bornes incluses)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="122"/>
        <source>Fr&amp;om:</source>
        <translation>De&amp;puis le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="128"/>
        <source>A&amp;nchor:</source>
        <translation>An&amp;cre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="129"/>
        <source>E&amp;xpected head:</source>
        <translation>&amp;Tête attendue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="132"/>
        <source>Verif&amp;y</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="141"/>
        <source>the evidence chosen</source>
        <translation>la sélection de preuves</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="145"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="149"/>
        <source>the examination period</source>
        <translation>la période d&apos;examen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="150"/>
        <source>the anchor</source>
        <translation>l&apos;ancre</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="152"/>
        <source>the expected head</source>
        <translation>la tête attendue</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationForm.cpp" line="264"/>
        <source>%Ln key(s) held in memory only:</source>
        <translation>
            <numerusform>%Ln clé conservée en mémoire uniquement&#xa0;:</numerusform>
            <numerusform>%Ln clés conservées en mémoire uniquement&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="123"/>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="124"/>
        <source>optional: the head of the previous period</source>
        <translation>facultatif&#xa0;: la tête de la période précédente</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="125"/>
        <source>What record 1 must link to, e.g. the head of last year&apos;s verified export</source>
        <translation>Ce à quoi l&apos;enregistrement 1 doit être chaîné, p. ex. la tête de l&apos;export vérifié de l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="126"/>
        <source>optional: a head noted online</source>
        <translation>facultatif&#xa0;: une tête notée en ligne</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="127"/>
        <source>The head HMAC from an earlier online verification; detects truncation</source>
        <translation>Le HMAC de tête d&apos;une vérification en ligne antérieure&#xa0;; détecte les troncatures</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="155"/>
        <source>Add audit export files</source>
        <translation>Ajouter des fichiers d&apos;export d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="156"/>
        <source>Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation>Exports d&apos;audit (*.json *.ndjson *.jsonl *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="163"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="219"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="237"/>
        <source>the evidence files</source>
        <translation>l&apos;ensemble des fichiers de preuves</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="166"/>
        <source>Choose the keyring</source>
        <translation>Choisir le trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="167"/>
        <source>Keyring (*.json);;All files (*)</source>
        <translation>Trousseau de clés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="256"/>
        <source>%1 (fingerprint %2): %3</source>
        <translation>%1 (empreinte %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="266"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="286"/>
        <source>the keyring</source>
        <translation>le trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="270"/>
        <source>Keyring unusable: %1</source>
        <translation>Trousseau de clés inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="283"/>
        <source>Without a keyring only order, sequence and linkage are checked; the verdict then says that the MACs were not verified.</source>
        <translation>Sans trousseau de clés, seuls l&apos;ordre, la séquence et le chaînage sont contrôlés&#xa0;; le verdict indique alors que les MAC n&apos;ont pas été vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="352"/>
        <source>The examination period ends before it starts.</source>
        <translation>La période d&apos;examen se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="364"/>
        <source>The anchor must be 64 hexadecimal characters (an HMAC).</source>
        <translation>L&apos;ancre doit comporter 64 caractères hexadécimaux (un HMAC).</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="366"/>
        <source>The expected head must be 64 hexadecimal characters (an HMAC).</source>
        <translation>La tête attendue doit comporter 64 caractères hexadécimaux (un HMAC).</translation>
    </message>
</context>
<context>
    <name>ab::VerificationReport</name>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="29"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="47"/>
        <source>VERIFIED: chain intact, every MAC verified</source>
        <translation>VÉRIFIÉE&#xa0;: chaîne intacte, chaque MAC vérifié</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="48"/>
        <source>Sequence, linkage and structure are intact and every record&apos;s HMAC was recomputed with the keyring and matches.</source>
        <translation>La séquence, le chaînage et la structure sont intacts et le HMAC de chaque enregistrement a été recalculé avec le trousseau de clés et concorde.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="52"/>
        <source>INTACT, COVERAGE INCOMPLETE: every MAC verified</source>
        <translation>INTACTE, COUVERTURE INCOMPLÈTE&#xa0;: chaque MAC vérifié</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="53"/>
        <source>Sequence, linkage and every record&apos;s HMAC verify, but the records leave gaps or part of the period uncovered; nothing is proved about what is not covered.</source>
        <translation>La séquence, le chaînage et le HMAC de chaque enregistrement sont vérifiés, mais les enregistrements laissent des lacunes ou une partie de la période non couverte&#xa0;; rien n&apos;est prouvé pour ce qui n&apos;est pas couvert.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="57"/>
        <source>LINKAGE INTACT: MACs NOT VERIFIED</source>
        <translation>CHAÎNAGE INTACT&#xa0;: MAC NON VÉRIFIÉS</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="58"/>
        <source>No keyring was used: sequence, linkage and structure are intact, but the records&apos; content is not authenticated. This is not a full verification.</source>
        <translation>Aucun trousseau de clés n&apos;a été utilisé&#xa0;: la séquence, le chaînage et la structure sont intacts, mais le contenu des enregistrements n&apos;est pas authentifié. Ce n&apos;est pas une vérification complète.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReport.cpp" line="64"/>
        <source>ERRORS FOUND: %n error(s)</source>
        <translation>
            <numerusform>ERREURS CONSTATÉES&#xa0;: %n erreur</numerusform>
            <numerusform>ERREURS CONSTATÉES&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="65"/>
        <source>The audit trail does not verify. Every error is listed in the report.</source>
        <translation>La piste d&apos;audit ne se vérifie pas. Chaque erreur est listée dans le rapport.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="69"/>
        <source>NOT VERIFIED: the audit trail has not been verified</source>
        <translation>NON VÉRIFIÉE&#xa0;: la piste d&apos;audit n&apos;a pas été vérifiée</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="70"/>
        <source>No verification of this agent&apos;s audit trail is recorded in the workspace.</source>
        <translation>Aucune vérification de la piste d&apos;audit de cet agent n&apos;est enregistrée dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="79"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="80"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="84"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="80"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="81"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="82"/>
        <source>whole export (no period given)</source>
        <translation>export entier (aucune période indiquée)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="87"/>
        <location filename="../core/report/VerificationReport.cpp" line="108"/>
        <source>Audit Chain Verification</source>
        <translation>Vérification de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="88"/>
        <source>Audit Chain Verification: %1</source>
        <translation>Vérification de la chaîne d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="89"/>
        <source>HMAC chain verification result, period %1</source>
        <translation>Résultat de la vérification de la chaîne HMAC, période %1</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="92"/>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="93"/>
        <location filename="../core/report/VerificationReport.cpp" line="116"/>
        <source>Result SHA-256</source>
        <translation>SHA-256 du résultat</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="99"/>
        <source>No record was checked (%1), so the result proves nothing.</source>
        <translation>Aucun enregistrement n&apos;a été contrôlé (%1), le résultat ne prouve donc rien.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="105"/>
        <source>Not covered: %1.</source>
        <translation>Non couvert&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="111"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="112"/>
        <location filename="../core/report/VerificationReport.cpp" line="136"/>
        <source>Events checked</source>
        <translation>Événements contrôlés</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <location filename="../core/report/VerificationReport.cpp" line="179"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="114"/>
        <location filename="../core/report/VerificationReport.cpp" line="134"/>
        <source>MACs verified</source>
        <translation>MAC vérifiés</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <source>no (no keyring)</source>
        <translation>non (pas de trousseau de clés)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="117"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="119"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="123"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="130"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="137"/>
        <source>Error count</source>
        <translation>Nombre d&apos;erreurs</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="138"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="139"/>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="140"/>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="141"/>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="142"/>
        <source>Anchor</source>
        <translation>Ancre</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="143"/>
        <source>none: the chain starts at its genesis record</source>
        <translation>aucune&#xa0;: la chaîne commence à son enregistrement de genèse</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="145"/>
        <source>Head HMAC</source>
        <translation>HMAC de tête</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="146"/>
        <source>Duplicates merged</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="148"/>
        <source>The anchor is the previous_hmac the first checked record links to; note the head HMAC to check the next period&apos;s export against it (--anchor) or to detect truncation (--expect-head).</source>
        <translation>L&apos;ancre est le previous_hmac auquel le premier enregistrement contrôlé est chaîné&#xa0;; notez le HMAC de tête pour y confronter l&apos;export de la période suivante (--anchor) ou pour détecter une troncature (--expect-head).</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="154"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="155"/>
        <source>Keys are identified by id and fingerprint only; key material never appears in a report.</source>
        <translation>Les clés ne sont identifiées que par leur id et leur empreinte&#xa0;; aucune matière de clé n&apos;apparaît jamais dans un rapport.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="158"/>
        <source>Key id</source>
        <translation>Id de clé</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="159"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="160"/>
        <location filename="../core/report/VerificationReport.cpp" line="173"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="161"/>
        <source>Validity window</source>
        <translation>Fenêtre de validité</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="162"/>
        <source>No keys: the records name no hmac_key_id.</source>
        <translation>Aucune clé&#xa0;: les enregistrements ne nomment aucun hmac_key_id.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="165"/>
        <source>not in keyring</source>
        <translation>absente du trousseau</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="169"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="171"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="172"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="174"/>
        <source>No sources recorded.</source>
        <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="182"/>
        <source>%1 errors were found; the result lists the first %2 (the rest were not kept, see --max-errors).</source>
        <translation>%1 erreurs ont été constatées&#xa0;; le résultat liste les %2 premières (les autres n&apos;ont pas été conservées, voir --max-errors).</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="187"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="188"/>
        <source>No errors.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="22"/>
        <source>(open)</source>
        <translation>(ouverte)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="30"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="33"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 j %2 h %3 min</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="36"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="43"/>
        <source>valid from %1 until %2</source>
        <translation>valide du %1 au %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="45"/>
        <source>valid from %1, no end</source>
        <translation>valide à partir du %1, sans fin</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="47"/>
        <source>valid until %1, no start</source>
        <translation>valide jusqu&apos;au %1, sans début</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="48"/>
        <source>no window</source>
        <translation>aucune fenêtre</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="57"/>
        <source>no evidence from %1 to %2 (starts late)</source>
        <translation>aucune preuve du %1 au %2 (commence tard)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="59"/>
        <source>no evidence in the period (starts late)</source>
        <translation>aucune preuve dans la période (commence tard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReportSections.cpp" line="61"/>
        <source>%n gap(s) longer than %1 h</source>
        <translation>
            <numerusform>%n lacune de plus de %1 h</numerusform>
            <numerusform>%n lacunes de plus de %1 h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="64"/>
        <source>no evidence from %1 to %2 (ends early)</source>
        <translation>aucune preuve du %1 au %2 (finit tôt)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="66"/>
        <source>no evidence in the period (ends early)</source>
        <translation>aucune preuve dans la période (finit tôt)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="74"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="76"/>
        <source>An intact chain says nothing about records that were never exported. This section states what the verified records cover of the period asked about, and every silence between two consecutive records longer than the maximum gap.</source>
        <translation>Une chaîne intacte ne dit rien des enregistrements qui n&apos;ont jamais été exportés. Cette section indique ce que les enregistrements vérifiés couvrent de la période demandée, et chaque silence entre deux enregistrements consécutifs plus long que la lacune maximale.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="81"/>
        <source>none given (the whole export)</source>
        <translation>aucune indiquée (l&apos;export entier)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="85"/>
        <source>nothing: no record was verified</source>
        <translation>rien&#xa0;: aucun enregistrement n&apos;a été vérifié</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="86"/>
        <source>no period start given</source>
        <translation>aucun début de période indiqué</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="88"/>
        <source>NOT covered (starts late): the first record is more than %1 h after the period start</source>
        <translation>NON couvert (commence tard)&#xa0;: le premier enregistrement suit le début de la période de plus de %1 h</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="91"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="97"/>
        <source>covered</source>
        <translation>couvert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="92"/>
        <source>no period end given</source>
        <translation>aucune fin de période indiquée</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="94"/>
        <source>NOT covered (ends early): the last record is more than %1 h before the period end</source>
        <translation>NON couvert (finit tôt)&#xa0;: le dernier enregistrement précède la fin de la période de plus de %1 h</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="99"/>
        <source>Requested period</source>
        <translation>Période demandée</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="100"/>
        <source>Covered span</source>
        <translation>Étendue couverte</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="101"/>
        <source>Maximum gap</source>
        <translation>Lacune maximale</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="101"/>
        <source>%1 h (--max-gap)</source>
        <translation>%1 h (--max-gap)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="102"/>
        <source>Gaps over the maximum</source>
        <translation>Lacunes au-delà du maximum</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="103"/>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="104"/>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="108"/>
        <source>Coverage incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation>Couverture incomplète&#xa0;: %1. Rien n&apos;est prouvé pour la durée non couverte.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="114"/>
        <source>After record</source>
        <translation>Après l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="115"/>
        <source>Before record</source>
        <translation>Avant l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="116"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="117"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="118"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="120"/>
        <source>No gap longer than %1 h between consecutive records.</source>
        <translation>Aucune lacune de plus de %1 h entre enregistrements consécutifs.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="124"/>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="129"/>
        <source>%1 more gaps are counted but not listed (the result lists at most --max-errors).</source>
        <translation>%1 lacunes supplémentaires sont comptées mais non listées (le résultat en liste au plus --max-errors).</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="137"/>
        <source>How the chain works</source>
        <translation>Fonctionnement de la chaîne</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="138"/>
        <source>The platform writes its audit log as a chain. Besides its content, every record carries three fields: hmac_key_id (which signing key sealed it), previous_hmac (the seal of the record before it) and hmac (its own seal). The workbench re-performs every check itself, offline; it trusts nothing the platform says about its own log.</source>
        <translation>La plateforme écrit son journal d&apos;audit sous forme de chaîne. Outre son contenu, chaque enregistrement porte trois champs&#xa0;: hmac_key_id (la clé de signature qui l&apos;a scellé), previous_hmac (le sceau de l&apos;enregistrement précédent) et hmac (son propre sceau). L&apos;atelier refait lui-même chaque contrôle, hors ligne&#xa0;; il ne se fie à rien de ce que la plateforme dit de son propre journal.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="143"/>
        <source>The anchor and the links</source>
        <translation>L&apos;ancre et les maillons</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="144"/>
        <source>The very first record of a chain links to a fixed start value of 64 zeros. An export of a later period begins in the middle of the chain: its first record links to a record that is not in the export, and that value is reported as the anchor. Comparing the anchor with the head HMAC of the previous period&apos;s verified export joins the two periods without a hole.</source>
        <translation>Le tout premier enregistrement d&apos;une chaîne est chaîné à une valeur de départ fixe de 64 zéros. Un export d&apos;une période ultérieure commence au milieu de la chaîne&#xa0;: son premier enregistrement est chaîné à un enregistrement absent de l&apos;export, et cette valeur est indiquée comme ancre. Comparer l&apos;ancre au HMAC de tête de l&apos;export vérifié de la période précédente relie les deux périodes sans trou.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="149"/>
        <source>Every later record stores the seal of the record before it as its previous_hmac. Removing, inserting or reordering a record breaks the link of the record after it; dropping the newest records is caught by comparing the head HMAC with one noted earlier (--expect-head). Linkage alone only shows that the order was not broken, though: anyone who can write to the database can also recompute matching links after an edit.</source>
        <translation>Chaque enregistrement suivant stocke le sceau de l&apos;enregistrement précédent comme previous_hmac. Supprimer, insérer ou réordonner un enregistrement rompt le maillon de l&apos;enregistrement suivant&#xa0;; l&apos;omission des enregistrements les plus récents est détectée en comparant le HMAC de tête à celui noté auparavant (--expect-head). Le chaînage seul montre toutefois uniquement que l&apos;ordre n&apos;a pas été rompu&#xa0;: quiconque peut écrire dans la base de données peut aussi recalculer des maillons concordants après une modification.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="156"/>
        <source>The seal of each record</source>
        <translation>Le sceau de chaque enregistrement</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="157"/>
        <source>A record&apos;s hmac is an HMAC-SHA256 over the record&apos;s content written in one canonical form (the JSON Canonicalization Scheme, RFC 8785: members sorted, no white space, every number and string written exactly one way), followed by its previous_hmac. The key belongs to the platform and was handed to the auditor separately, as a keyring; it is never part of an export. The workbench recomputes every seal with that keyring. Because the seal also covers previous_hmac, it fixes the record&apos;s place in the chain as well as its content.</source>
        <translation>Le hmac d&apos;un enregistrement est un HMAC-SHA256 calculé sur le contenu de l&apos;enregistrement écrit sous une forme canonique (JSON Canonicalization Scheme, RFC 8785&#xa0;: membres triés, aucun espace, chaque nombre et chaque chaîne écrits d&apos;une seule façon), suivi de son previous_hmac. La clé appartient à la plateforme et a été remise séparément à l&apos;auditeur, sous forme de trousseau de clés&#xa0;; elle ne fait jamais partie d&apos;un export. L&apos;atelier recalcule chaque sceau avec ce trousseau. Comme le sceau couvre aussi previous_hmac, il fixe la place de l&apos;enregistrement dans la chaîne autant que son contenu.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="164"/>
        <source>Why a database administrator cannot change a record unseen</source>
        <translation>Pourquoi un administrateur de base de données ne peut pas modifier un enregistrement sans être vu</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="165"/>
        <source>A privileged database user can change any byte of the stored records but does not hold the signing key. Editing a record changes what its seal must be; deleting one breaks the link of the next; inserting one needs a seal only the key can make. Recomputing the links does not help either: the seal of every following record then fails. Only someone holding the key could rewrite the chain consistently. That is why a verification without the keyring (linkage only) is never reported as a full verification.</source>
        <translation>Un utilisateur privilégié de la base de données peut modifier n&apos;importe quel octet des enregistrements stockés, mais il ne détient pas la clé de signature. Modifier un enregistrement change ce que doit être son sceau&#xa0;; en supprimer un rompt le maillon du suivant&#xa0;; en insérer un exige un sceau que seule la clé peut produire. Recalculer les maillons n&apos;y change rien&#xa0;: le sceau de chaque enregistrement suivant échoue alors. Seul le détenteur de la clé pourrait réécrire la chaîne de façon cohérente. C&apos;est pourquoi une vérification sans trousseau de clés (chaînage seul) n&apos;est jamais présentée comme une vérification complète.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="172"/>
        <source>Key validity windows</source>
        <translation>Fenêtres de validité des clés</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="173"/>
        <source>Keys are rotated. The keyring may state when each key was in use (not_before, not_after). A record sealed with a key outside that window is an error: it catches a record re-sealed later with a retired key that was kept or leaked, and a key used before it was issued.</source>
        <translation>Les clés font l&apos;objet d&apos;une rotation. Le trousseau peut indiquer quand chaque clé était en usage (not_before, not_after). Un enregistrement scellé avec une clé hors de cette fenêtre est une erreur&#xa0;: cela révèle un enregistrement rescellé plus tard avec une clé retirée qui a été conservée ou a fuité, ainsi qu&apos;une clé utilisée avant sa délivrance.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="177"/>
        <source>What coverage means</source>
        <translation>Ce que signifie la couverture</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="178"/>
        <source>An intact chain proves that the exported records were not altered and that none is missing between the first and the last. It says nothing about records that were never exported: before the first, after the last, or in a period the export does not reach. The Coverage section therefore sets the period asked about against the span the records cover and lists every silence longer than the maximum gap. Only a result that is intact, verified with the keyring and complete is reported as verified.</source>
        <translation>Une chaîne intacte prouve que les enregistrements exportés n&apos;ont pas été modifiés et qu&apos;aucun ne manque entre le premier et le dernier. Elle ne dit rien des enregistrements qui n&apos;ont jamais été exportés&#xa0;: avant le premier, après le dernier ou dans une période que l&apos;export n&apos;atteint pas. La section Couverture confronte donc la période demandée à l&apos;étendue couverte par les enregistrements et liste chaque silence plus long que la lacune maximale. Seul un résultat intact, vérifié avec le trousseau de clés et complet est présenté comme vérifié.</translation>
    </message>
</context>
<context>
    <name>ab::VerificationResult</name>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="59"/>
        <location filename="../core/chain/VerificationResult.cpp" line="66"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="60"/>
        <location filename="../core/chain/VerificationResult.cpp" line="64"/>
        <location filename="../core/chain/VerificationResult.cpp" line="83"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="63"/>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="68"/>
        <source>an object or null</source>
        <translation>un objet ou null</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="70"/>
        <location filename="../core/chain/VerificationResult.cpp" line="72"/>
        <source>an event {&quot;id&quot;, &quot;timestamp&quot;} or null</source>
        <translation>un événement {&quot;id&quot;, &quot;timestamp&quot;} ou null</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="73"/>
        <location filename="../core/chain/VerificationResult.cpp" line="74"/>
        <source>an hmac or null</source>
        <translation>un hmac ou null</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="82"/>
        <source>an array of keys {&quot;id&quot;, &quot;records&quot;}</source>
        <translation>un tableau de clés {&quot;id&quot;, &quot;records&quot;}</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="86"/>
        <source>an array of sources</source>
        <translation>un tableau de sources</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="93"/>
        <source>a coverage object with max_gap_hours, gaps and gap_count</source>
        <translation>un objet de couverture avec max_gap_hours, gaps et gap_count</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="98"/>
        <source>expected &quot;%1&quot; to be %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="301"/>
        <source>empty: expected a verification result (what auditbench-cli verify prints)</source>
        <translation>vide&#xa0;: résultat de vérification attendu (ce qu&apos;affiche auditbench-cli verify)</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="308"/>
        <source>expected a verification result (JSON): %1</source>
        <translation>résultat de vérification (JSON) attendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="310"/>
        <source>expected a verification result object (what auditbench-cli verify prints)</source>
        <translation>objet résultat de vérification attendu (ce qu&apos;affiche auditbench-cli verify)</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="314"/>
        <source>not a verification result: %1</source>
        <translation>pas un résultat de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="317"/>
        <source>not a verification result</source>
        <translation>pas un résultat de vérification</translation>
    </message>
</context>
<context>
    <name>ab::VerificationResultPanel</name>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="37"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="51"/>
        <source>Errors (double-click to show the record in the audit log):</source>
        <translation>Erreurs (double-cliquez pour afficher l&apos;enregistrement dans le journal d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="53"/>
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="55"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="57"/>
        <source>Export PDF report…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="90"/>
        <source>Copy head HMAC</source>
        <translation>Copier le HMAC de tête</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="92"/>
        <source>Copy anchor</source>
        <translation>Copier l&apos;ancre</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="94"/>
        <source>Copy result JSON</source>
        <translation>Copier le JSON du résultat</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="96"/>
        <source>The result object of docs/spec/chain.md, as auditbench-cli verify prints it</source>
        <translation>L&apos;objet résultat de docs/spec/chain.md, tel que auditbench-cli verify l&apos;affiche</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="139"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>After record</source>
        <translation>Après l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>Before record</source>
        <translation>Avant l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>Without a record for</source>
        <translation>Sans enregistrement pendant</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="153"/>
        <source>Double-click a gap to show the record after it in the audit log.</source>
        <translation>Double-cliquez sur une lacune pour afficher l&apos;enregistrement qui la suit dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="204"/>
        <source>Stored run:</source>
        <translation>Exécution enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="204"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="206"/>
        <source>Run at:</source>
        <translation>Exécutée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="208"/>
        <source>Run by:</source>
        <translation>Exécutée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <source>Valid:</source>
        <translation>Valide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="211"/>
        <source>Events checked:</source>
        <translation>Événements contrôlés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="212"/>
        <source>Errors:</source>
        <translation>Erreurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>MACs verified:</source>
        <translation>MAC vérifiés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>no — no keyring</source>
        <translation>non — pas de trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="215"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="216"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="217"/>
        <source>(open)</source>
        <translation>(ouverte)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="220"/>
        <source>First event:</source>
        <translation>Premier événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="223"/>
        <source>Last event:</source>
        <translation>Dernier événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="226"/>
        <source>Anchor:</source>
        <translation>Ancre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="228"/>
        <source>Head HMAC:</source>
        <translation>HMAC de tête&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="233"/>
        <source>%1: %2 records; %3</source>
        <translation>%1&#xa0;: %2 enregistrements&#xa0;; %3</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="234"/>
        <source>%1 (%2): %3 records; %4</source>
        <translation>%1 (%2)&#xa0;: %3 enregistrements&#xa0;; %4</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="238"/>
        <source>Keys:</source>
        <translation>Clés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="240"/>
        <source>Duplicates merged:</source>
        <translation>Doublons fusionnés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="243"/>
        <source>%1 (%2 records, SHA-256 %3)</source>
        <translation>%1 (%2 enregistrements, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="246"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="276"/>
        <source>%1 more errors not listed (the limit is %2).</source>
        <translation>%1 erreurs supplémentaires non listées (la limite est %2).</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="285"/>
        <source>Coverage incomplete: %1.</source>
        <translation>Couverture incomplète&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="292"/>
        <source>Linkage intact but MACs not verified: no keyring was given.</source>
        <translation>Chaînage intact mais MAC non vérifiés&#xa0;: aucun trousseau de clés fourni.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="302"/>
        <source>Complete: the records cover the period asked about with no gap longer than %1 h.</source>
        <translation>Complète&#xa0;: les enregistrements couvrent la période demandée sans lacune de plus de %1 h.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="304"/>
        <source>Incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation>Incomplète&#xa0;: %1. Rien n&apos;est prouvé pour la durée non couverte.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="307"/>
        <source>This is what the records claim to cover: the chain has errors.</source>
        <translation>Voici ce que les enregistrements prétendent couvrir&#xa0;: la chaîne comporte des erreurs.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="310"/>
        <source>This is what the records claim to cover: their MACs were not verified.</source>
        <translation>Voici ce que les enregistrements prétendent couvrir&#xa0;: leurs MAC n&apos;ont pas été vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="333"/>
        <source>%1 more gaps longer than %2 h are counted but not listed (the limit is --max-errors, %3).</source>
        <translation>%1 lacunes supplémentaires de plus de %2 h sont comptées mais non listées (la limite est --max-errors, %3).</translation>
    </message>
</context>
<context>
    <name>ab::VerificationRunsTable</name>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="13"/>
        <source>Past runs in this workspace</source>
        <translation>Exécutions passées dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="34"/>
        <source>Gateway audit log</source>
        <translation>Journal d&apos;audit de la passerelle</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="37"/>
        <source>Agent runtime chain</source>
        <translation>Chaîne d&apos;exécution des agents</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="49"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="51"/>
        <source>Intact, coverage incomplete</source>
        <translation>Intacte, couverture incomplète</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="53"/>
        <source>Linkage only</source>
        <translation>Chaînage seul</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="54"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::VerificationView</name>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="92"/>
        <source>the file %1 on disk</source>
        <translation>le fichier %1 sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="264"/>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="290"/>
        <source>An input</source>
        <translation>Une entrée</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="294"/>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="343"/>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationView.cpp" line="345"/>
        <source>%Ln more file(s)</source>
        <translation>
            <numerusform>%Ln autre fichier</numerusform>
            <numerusform>%Ln autres fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="347"/>
        <source>the workspace</source>
        <translation>l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="348"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="349"/>
        <source>Evidence: workspace %1, stored run %2; sources: %3</source>
        <translation>Preuves&#xa0;: espace de travail %1, vérification stockée %2&#xa0;; sources&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="350"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="355"/>
        <source>Evidence: %1</source>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::VerifyPackDialog</name>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="20"/>
        <source>Verify an Evidence Pack</source>
        <translation>Vérifier un lot de preuves</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="27"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="30"/>
        <source>Evidence pack folder</source>
        <translation>Dossier du lot de preuves</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="31"/>
        <source>Auditor&apos;s public key</source>
        <translation>Clé publique de l&apos;auditeur</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="32"/>
        <source>PEM public key (*.pem)</source>
        <translation>Clé publique PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="40"/>
        <source>Pack folder:</source>
        <translation>Dossier du lot&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="41"/>
        <source>Expected public key (optional):</source>
        <translation>Clé publique attendue (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="53"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="74"/>
        <source>INTACT: %1</source>
        <translation>INTACT&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="75"/>
        <source>NOT INTACT: %1</source>
        <translation>NON INTACT&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="79"/>
        <source>UNUSABLE: %1</source>
        <translation>INUTILISABLE&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::WelcomePage</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="44"/>
        <source>&lt;h2&gt;Welcome to AuditBench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans AuditBench&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="45"/>
        <source>A workspace holds one engagement&apos;s evidence, verifications, packages and activity log. Create one, open one, or try the demo workspace first.</source>
        <translation>Un espace de travail contient les preuves, vérifications, dossiers et le journal d&apos;activité d&apos;une mission. Créez-en un, ouvrez-en un, ou essayez d&apos;abord l&apos;espace de travail de démonstration.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="50"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="52"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="54"/>
        <source>Open the &amp;Demo</source>
        <translation>Ouvrir la dé&amp;mo</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="56"/>
        <source>Synthetic evidence with a tampered copy, created on first use</source>
        <translation>Des preuves synthétiques avec une copie altérée, créées à la première utilisation</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="57"/>
        <source>Verif&amp;y Files Only…</source>
        <translation>&amp;Vérifier des fichiers seulement…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="59"/>
        <source>Check the chain of export files without keeping them in a workspace</source>
        <translation>Contrôler la chaîne de fichiers d&apos;export sans les conserver dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="63"/>
        <source>&amp;Recent workspaces:</source>
        <translation>Espaces de travail &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="106"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="111"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
</context>
<context>
    <name>ab::WorkpaperPage</name>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="37"/>
        <source>No exception</source>
        <translation>Aucune exception</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="39"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="41"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="45"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="53"/>
        <source>Sign the Workpaper</source>
        <translation>Signer la feuille de travail</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="54"/>
        <source>Preparer&apos;s name:</source>
        <translation>Nom du préparateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="55"/>
        <source>Reviewer&apos;s name:</source>
        <translation>Nom du réviseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="59"/>
        <source>Review Note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="59"/>
        <source>Note for the preparer:</source>
        <translation>Note pour le préparateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="68"/>
        <source>New Workpaper…</source>
        <translation>Nouvelle feuille de travail…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="71"/>
        <source>&amp;Workpaper:</source>
        <translation>Feuille de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="89"/>
        <source>Select an item to see its record.</source>
        <translation>Sélectionnez un élément pour voir son enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="105"/>
        <source>What was inspected, and what was found</source>
        <translation>Ce qui a été inspecté, et ce qui a été constaté</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="106"/>
        <source>&amp;Record Result</source>
        <translation>&amp;Enregistrer le résultat</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="109"/>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="137"/>
        <source>Sign as &amp;Preparer…</source>
        <translation>Signer comme &amp;préparateur…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="139"/>
        <source>Sign as Rev&amp;iewer…</source>
        <translation>Signer comme rév&amp;iseur…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="140"/>
        <source>Review &amp;Note…</source>
        <translation>&amp;Note de revue…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="142"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="143"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="144"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="154"/>
        <source>Review notes:</source>
        <translation>Notes de revue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="195"/>
        <source>%1: %2 (version %3)</source>
        <translation>%1&#xa0;: %2 (version %3)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="256"/>
        <source>No workpaper yet: draw a sample (Audit Log ▸ Sample…), then New Workpaper….</source>
        <translation>Aucune feuille de travail pour l&apos;instant&#xa0;: tirez un échantillon (Journal d&apos;audit ▸ Échantillon…), puis Nouvelle feuille de travail….</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="258"/>
        <source>Open a workspace to test controls.</source>
        <translation>Ouvrez un espace de travail pour tester les contrôles.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="290"/>
        <source>Version %1 of %2. %3</source>
        <translation>Version %1 sur %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="294"/>
        <source>Content SHA-256: %1</source>
        <translation>SHA-256 du contenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="298"/>
        <source>Preparer</source>
        <translation>Préparateur</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="298"/>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="299"/>
        <source>%1: %2, %3, signed %4…</source>
        <translation>%1&#xa0;: %2, %3, signé le %4…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="300"/>
        <source>%1: not signed</source>
        <translation>%1&#xa0;: non signé</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="304"/>
        <source>v%1, %2 (%3): %4</source>
        <translation>v%1, %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="413"/>
        <source>Version %1 was signed and stays as signed: the change made version %2, which needs signing again.</source>
        <translation>La version %1 a été signée et reste telle que signée&#xa0;: la modification a créé la version %2, qui doit être signée à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="464"/>
        <source>Export the Workpaper as PDF</source>
        <translation>Exporter la feuille de travail en PDF</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="465"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="476"/>
        <source>Workpaper written to %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Feuille de travail écrite dans %1 (%Ln page).</numerusform>
            <numerusform>Feuille de travail écrite dans %1 (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="485"/>
        <source>Export the Workpaper to Excel</source>
        <translation>Exporter la feuille de travail vers Excel</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="486"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="497"/>
        <source>Workpaper written to %1.</source>
        <translation>Feuille de travail écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>ab::WorkpaperReport</name>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="37"/>
        <source>No exception</source>
        <translation>Aucune exception</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="39"/>
        <source>EXCEPTION</source>
        <translation>EXCEPTION</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="41"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="123"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="45"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="124"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="53"/>
        <source>SUPPORTS RELIANCE on the control</source>
        <translation>PERMET DE S&apos;APPUYER sur le contrôle</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="55"/>
        <source>DOES NOT SUPPORT RELIANCE on the control</source>
        <translation>NE PERMET PAS DE S&apos;APPUYER sur le contrôle</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="59"/>
        <source>INCOMPLETE: no conclusion yet</source>
        <translation>INCOMPLET&#xa0;: pas encore de conclusion</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="66"/>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="67"/>
        <source>%1, %2 (SHA-256 %3…)</source>
        <translation>%1, %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="81"/>
        <source>Tests of Controls: %1</source>
        <translation>Tests des contrôles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="82"/>
        <source>Workpaper %1 version %2 over sample %3</source>
        <translation>Feuille de travail %1, version %2, sur l&apos;échantillon %3</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="88"/>
        <source>Workpaper %1, version %2</source>
        <translation>Feuille de travail %1, version %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="89"/>
        <source>Workpaper SHA-256</source>
        <translation>SHA-256 de la feuille de travail</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="94"/>
        <source>Tests of Controls Workpaper</source>
        <translation>Feuille de travail des tests des contrôles</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="97"/>
        <source>Workpaper</source>
        <translation>Feuille de travail</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="98"/>
        <source>%1, version %2 of %3</source>
        <translation>%1, version %2 sur %3</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="99"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="140"/>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="100"/>
        <source>%1 (%2): %3 of %4 records</source>
        <translation>%1 (%2)&#xa0;: %3 enregistrements sur %4</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="103"/>
        <source>Confidence</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="104"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="130"/>
        <source>Tolerable rate</source>
        <translation>Taux tolérable</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="105"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="202"/>
        <source>Preparer</source>
        <translation>Préparateur</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="106"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="203"/>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="107"/>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="108"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="109"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="186"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="117"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="120"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="151"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="121"/>
        <source>Tested</source>
        <translation>Testés</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="122"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="125"/>
        <source>Deviation rate</source>
        <translation>Taux d&apos;écart</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="126"/>
        <source>Upper deviation limit</source>
        <translation>Limite supérieure d&apos;écart</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="127"/>
        <source>%1 at %2 confidence</source>
        <translation>%1 à un niveau de confiance de %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="132"/>
        <source>The upper deviation limit is the binomial rate p with P(X &lt;= exceptions | tested, p) = 1 - confidence; not-applicable items are not tested items. The control is relied on when the limit does not exceed the tolerable rate.</source>
        <translation>La limite supérieure d&apos;écart est le taux binomial p tel que P(X &lt;= exceptions | testés, p) = 1 - confiance&#xa0;; les éléments sans objet ne sont pas des éléments testés. On s&apos;appuie sur le contrôle lorsque la limite ne dépasse pas le taux tolérable.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="138"/>
        <source>Sample and population</source>
        <translation>Échantillon et population</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="141"/>
        <source>Population filters</source>
        <translation>Filtres de la population</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="142"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="143"/>
        <source>Verification run</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="144"/>
        <source>none covers it</source>
        <translation>aucune ne le couvre</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="145"/>
        <source>Head HMAC</source>
        <translation>HMAC de tête</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="146"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="147"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="154"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="155"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="156"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="181"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="159"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="160"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="161"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="162"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="175"/>
        <source>Records tested</source>
        <translation>Enregistrements testés</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="178"/>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="180"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="182"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="183"/>
        <source>No review notes.</source>
        <translation>Aucune note de revue.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="189"/>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="191"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="192"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="193"/>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="194"/>
        <source>Content SHA-256 signed</source>
        <translation>SHA-256 du contenu signé</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="195"/>
        <source>Matches</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="197"/>
        <source>Not signed: this version needs the preparer&apos;s and the reviewer&apos;s sign-off.</source>
        <translation>Non signée&#xa0;: cette version nécessite l&apos;approbation du préparateur et celle du réviseur.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="205"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="205"/>
        <source>NO: content changed</source>
        <translation>NON&#xa0;: contenu modifié</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="210"/>
        <source>Each sign-off binds the SHA-256 of the workpaper&apos;s canonical (RFC 8785) content; the full hash is in the footer. Re-compute it with &apos;auditbench-cli workpaper show&apos;.</source>
        <translation>Chaque approbation engage le SHA-256 du contenu canonique (RFC 8785) de la feuille de travail&#xa0;; l&apos;empreinte complète figure en pied de page. Recalculez-la avec &apos;auditbench-cli workpaper show&apos;.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="223"/>
        <source>%1 has no workpaper %2</source>
        <translation>%1 ne contient pas de feuille de travail %2</translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceCheckGate</name>
    <message numerus="yes">
        <location filename="../ui/verification/WorkspaceCheckGate.cpp" line="23"/>
        <source>%1: the workspace failed its check (%Ln finding(s)), so nothing was verified and no verdict is shown: %2. The issues dock lists the findings of the full check.</source>
        <translation>
            <numerusform>%1&#xa0;: l&apos;espace de travail n&apos;a pas passé son contrôle (%Ln constat), donc rien n&apos;a été vérifié et aucun verdict n&apos;est affiché&#xa0;: %2. Le panneau Problèmes liste les constats du contrôle complet.</numerusform>
            <numerusform>%1&#xa0;: l&apos;espace de travail n&apos;a pas passé son contrôle (%Ln constats), donc rien n&apos;a été vérifié et aucun verdict n&apos;est affiché&#xa0;: %2. Le panneau Problèmes liste les constats du contrôle complet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="50"/>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1&#xa0;: déjà importé&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="62"/>
        <source>Import cancelled; the workspace is exactly as before.</source>
        <translation>Importation annulée&#xa0;; l&apos;espace de travail est exactement tel qu&apos;avant.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="66"/>
        <source>Import failed, nothing was imported: %1</source>
        <translation>Échec de l&apos;importation, rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="102"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="172"/>
        <source>Workspace check: intact (%Ln source(s), activity log of %1 entries, last hash %2).</source>
        <translation>
            <numerusform>Contrôle de l&apos;espace de travail&#xa0;: intact (%Ln source, journal d&apos;activité de %1 entrées, dernière empreinte %2).</numerusform>
            <numerusform>Contrôle de l&apos;espace de travail&#xa0;: intact (%Ln sources, journal d&apos;activité de %1 entrées, dernière empreinte %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="264"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="194"/>
        <location filename="../ui/shell/WorkspaceController.cpp" line="265"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation>Espace de travail AuditBench (*.auditbench)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="51"/>
        <source>%1: imported %Ln record(s) (%2).</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln enregistrement importé (%2).</numerusform>
            <numerusform>%1&#xa0;: %Ln enregistrements importés (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="117"/>
        <source>%1 is opened read-only (read-only media): it can be read, searched and checked, but nothing can be imported, verified, generated or printed into it. Save a copy to work on it.</source>
        <translation>%1 est ouvert en lecture seule (support en lecture seule)&#xa0;: il peut être lu, parcouru et contrôlé, mais rien ne peut y être importé, vérifié, généré ni imprimé. Enregistrez-en une copie pour y travailler.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="169"/>
        <source>The workspace could not be checked: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être contrôlé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="180"/>
        <source>Workspace check: %1</source>
        <translation>Contrôle de l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="192"/>
        <source>Save a copy of the workspace</source>
        <translation>Enregistrer une copie de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="207"/>
        <source>Saving a copy as %1</source>
        <translation>Enregistrement d&apos;une copie sous %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="209"/>
        <source>Another task is running; save the copy when it has finished.</source>
        <translation>Une autre tâche est en cours&#xa0;; enregistrez la copie lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="225"/>
        <source>Saved a copy of the workspace as %1.</source>
        <translation>Copie de l&apos;espace de travail enregistrée sous %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="229"/>
        <source>Saving the copy was cancelled; no copy was written.</source>
        <translation>L&apos;enregistrement de la copie a été annulé&#xa0;; aucune copie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="272"/>
        <location filename="../ui/shell/WorkspaceController.cpp" line="400"/>
        <source>%1 already exists: open it instead, or choose another name.</source>
        <translation>%1 existe déjà&#xa0;: ouvrez-le plutôt, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="281"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="282"/>
        <source>AuditBench workspace (*.auditbench);;All files (*)</source>
        <translation>Espace de travail AuditBench (*.auditbench);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="290"/>
        <source>Import evidence</source>
        <translation>Importer des preuves</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="290"/>
        <source>Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation>Preuves (*.json *.ndjson *.jsonl *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="335"/>
        <source>Creating demo evidence</source>
        <translation>Création des preuves de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="362"/>
        <source>The workspace is read-only: save a copy and import into the copy.</source>
        <translation>L&apos;espace de travail est en lecture seule&#xa0;: enregistrez une copie et importez dans la copie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="366"/>
        <source>Importing %Ln file(s)</source>
        <translation>
            <numerusform>Importation de %Ln fichier</numerusform>
            <numerusform>Importation de %Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="422"/>
        <source>%Ln chain file(s) added to the verification; nothing was imported.</source>
        <translation>
            <numerusform>%Ln fichier de chaîne ajouté à la vérification&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>%Ln fichiers de chaîne ajoutés à la vérification&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="368"/>
        <source>Another task is running; import the files when it has finished.</source>
        <translation>Une autre tâche est en cours&#xa0;; importez les fichiers lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="416"/>
        <source>%1 is not verified: %2. Create a workspace to import it.</source>
        <translation>%1 n&apos;est pas vérifié&#xa0;: %2. Créez un espace de travail pour l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="450"/>
        <source>The verification runs could not be read: %1</source>
        <translation>Les vérifications n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ab::WorkspacePackages</name>
    <message>
        <location filename="../core/package/WorkspacePackages.cpp" line="66"/>
        <source>%1: no imported agent runtime export lists agent &quot;%2&quot;</source>
        <translation>%1&#xa0;: aucun export d&apos;exécution d&apos;agents importé ne liste l&apos;agent «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceReports</name>
    <message numerus="yes">
        <location filename="../core/report/WorkspaceReports.cpp" line="26"/>
        <source>%n entries, last hash %1</source>
        <translation>
            <numerusform>%n entrée, dernière empreinte %1</numerusform>
            <numerusform>%n entrées, dernière empreinte %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="52"/>
        <source>The package cites run %1 with a verdict or coverage other than the result stored for run %1 in this workspace.</source>
        <translation>Le dossier cite l&apos;exécution %1 avec un verdict ou une couverture différents du résultat enregistré pour l&apos;exécution %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="56"/>
        <source>The package cites run %1 with result SHA-256 %2, but the result stored for run %1 in this workspace has SHA-256 %3.</source>
        <translation>Le dossier cite l&apos;exécution %1 avec le SHA-256 de résultat %2, mais le résultat enregistré pour l&apos;exécution %1 dans cet espace de travail a le SHA-256 %3.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="60"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="66"/>
        <source>The package cites run %1, which is not stored in this workspace.</source>
        <translation>Le dossier cite l&apos;exécution %1, qui n&apos;est pas enregistrée dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="109"/>
        <source>%1: no compliance package &apos;%2&apos; in this workspace</source>
        <translation>%1&#xa0;: aucun dossier de conformité &apos;%2&apos; dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="143"/>
        <source>run %1, %2</source>
        <translation>exécution %1, %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="149"/>
        <source>%1: no verification run %2 in this workspace</source>
        <translation>%1&#xa0;: aucune exécution de vérification %2 dans cet espace de travail</translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceStore</name>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="25"/>
        <source>cannot create the workbook</source>
        <translation>impossible de créer le classeur</translation>
    </message>
    <message>
        <location filename="../core/export/ExportProvenance.cpp" line="30"/>
        <location filename="../core/export/ExportProvenance.cpp" line="37"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportProvenance.cpp" line="153"/>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="17"/>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="76"/>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="86"/>
        <location filename="../core/ocsf/OcsfExport.cpp" line="130"/>
        <location filename="../core/ocsf/OcsfExport.cpp" line="133"/>
        <location filename="../core/views/RawOutput.cpp" line="33"/>
        <location filename="../core/workspace/RecordExport.cpp" line="205"/>
        <location filename="../core/workspace/RecordExport.cpp" line="208"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="37"/>
        <source>Cannot write %1: %2 records do not fit in one Excel sheet (at most %3); narrow the filters</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 enregistrements ne tiennent pas dans une feuille Excel (au plus %3)&#xa0;; affinez les filtres</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="43"/>
        <location filename="../core/workspace/RecordExport.cpp" line="162"/>
        <source>Exporting records</source>
        <translation>Exportation des enregistrements</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="44"/>
        <source>cannot add a worksheet</source>
        <translation>impossible d&apos;ajouter une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="91"/>
        <source>Cannot write %1: cannot replace the file</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: impossible de remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../core/ocsf/OcsfExport.cpp" line="67"/>
        <source>Exporting OCSF events</source>
        <translation>Exportation des événements OCSF</translation>
    </message>
    <message>
        <location filename="../core/ocsf/OcsfExport.cpp" line="82"/>
        <source>record %1 is not a JSON object</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="45"/>
        <source>activity details for &apos;%1&apos; are not valid JSON</source>
        <translation>les détails d&apos;activité de &apos;%1&apos; ne sont pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="49"/>
        <source>activity details for &apos;%1&apos;: expected a JSON object</source>
        <translation>détails d&apos;activité de &apos;%1&apos;&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="111"/>
        <source>Activity log row %1 is missing (the next row is %2): rows were deleted</source>
        <translation>La ligne %1 du journal d&apos;activité manque (la ligne suivante est %2)&#xa0;: des lignes ont été supprimées</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="116"/>
        <source>Activity log row %1: prev_hash does not match the hash of row %2</source>
        <translation>Ligne %1 du journal d&apos;activité&#xa0;: prev_hash ne correspond pas au hachage de la ligne %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="127"/>
        <source>Activity log row %1: content does not match its hash (the row was altered)</source>
        <translation>Ligne %1 du journal d&apos;activité&#xa0;: le contenu ne correspond pas à son hachage (la ligne a été modifiée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/ActivityLog.cpp" line="133"/>
        <source>Activity log intact: %n row(s), hash chain verified</source>
        <translation>
            <numerusform>Journal d&apos;activité intact&#xa0;: %n ligne, chaîne de hachage vérifiée</numerusform>
            <numerusform>Journal d&apos;activité intact&#xa0;: %n lignes, chaîne de hachage vérifiée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/HashingWriter.cpp" line="15"/>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="62"/>
        <source>compliance package %1 is already in the workspace with different content: packages are immutable</source>
        <translation>le dossier de conformité %1 est déjà dans l&apos;espace de travail avec un contenu différent&#xa0;: les dossiers sont immuables</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="85"/>
        <source>package origin &apos;%1&apos;: expected workbench or platform</source>
        <translation>origine du dossier &apos;%1&apos;&#xa0;: workbench ou platform attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="88"/>
        <source>compliance package</source>
        <translation>dossier de conformité</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="157"/>
        <source>verdict &apos;%1&apos;: expected agree, exception or not_applicable</source>
        <translation>avis &apos;%1&apos;&#xa0;: agree, exception ou not_applicable attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="167"/>
        <source>daily counts can be split by action or framework, not &apos;%1&apos;</source>
        <translation>les décomptes quotidiens peuvent être ventilés par action ou par référentiel, pas par &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="196"/>
        <source>no filter column named &apos;%1&apos;</source>
        <translation>aucune colonne de filtre nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="46"/>
        <source>%1: the workspace holds no gateway audit export to verify</source>
        <translation>%1&#xa0;: l&apos;espace de travail ne contient aucun export d&apos;audit de passerelle à vérifier</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="49"/>
        <location filename="../core/workspace/RunStore.cpp" line="105"/>
        <source>Reading %1 from the workspace</source>
        <translation>Lecture de %1 depuis l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="100"/>
        <source>%1: the workspace holds no agent runtime export to verify</source>
        <translation>%1&#xa0;: l&apos;espace de travail ne contient aucun export d&apos;exécution d&apos;agents à vérifier</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="120"/>
        <source>%1: source %2 is not an agent runtime export</source>
        <translation>%1&#xa0;: la source %2 n&apos;est pas un export d&apos;exécution d&apos;agents</translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="75"/>
        <source>%1: no source %2 in the workspace</source>
        <translation>%1&#xa0;: aucune source %2 dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="93"/>
        <source>%1: the stored original of %2 does not match its SHA-256 %3</source>
        <translation>%1&#xa0;: l&apos;original stocké de %2 ne correspond pas à son SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="119"/>
        <source>Storing the original of %1</source>
        <translation>Stockage de l&apos;original de %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="91"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="177"/>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir l&apos;espace de travail&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="97"/>
        <source>%1: not an AuditBench workspace (not a SQLite database)</source>
        <translation>%1&#xa0;: pas un espace de travail AuditBench (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="132"/>
        <source>%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with a newer AuditBench. The workspace was not changed.</source>
        <translation>%1&#xa0;: la version de schéma %2 de l&apos;espace de travail est plus récente que celle prise en charge par cet AuditBench (%3)&#xa0;; ouvrez-le avec un AuditBench plus récent. L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="148"/>
        <source>%1: is a directory, expected a workspace file</source>
        <translation>%1&#xa0;: est un répertoire, fichier d&apos;espace de travail attendu</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="150"/>
        <source>%1: no such workspace</source>
        <translation>%1&#xa0;: espace de travail inexistant</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="158"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="190"/>
        <source>%1: not an AuditBench workspace (another application&apos;s SQLite database)</source>
        <translation>%1&#xa0;: pas un espace de travail AuditBench (base de données SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="198"/>
        <source>%1: the workspace has schema version %2 and must be upgraded to %3 before this AuditBench can read it, which a read-only workspace does not allow: open a writable copy</source>
        <translation>%1&#xa0;: l&apos;espace de travail a la version de schéma %2 et doit être mis à niveau vers %3 avant que cet AuditBench puisse le lire, ce qu&apos;un espace de travail en lecture seule ne permet pas&#xa0;: ouvrez une copie modifiable</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="260"/>
        <source>%1; its changes are kept in %2, which must stay beside it until it is opened again with enough free space</source>
        <translation>%1&#xa0;; ses modifications sont conservées dans %2, qui doit rester à côté jusqu&apos;à ce qu&apos;il soit rouvert avec suffisamment d&apos;espace libre</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceImport.cpp" line="209"/>
        <source>the file was changed (truncated or rewritten) while it was being imported: nothing was imported; import it again</source>
        <translation>le fichier a été modifié (tronqué ou réécrit) pendant son import : rien n&apos;a été importé ; importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="32"/>
        <location filename="../core/workspace/SqlSession.cpp" line="18"/>
        <source>%1: the workspace file is damaged and cannot be read (%2); &apos;auditbench-cli check&apos; tells what is affected</source>
        <translation>%1&#xa0;: le fichier de l&apos;espace de travail est endommagé et ne peut pas être lu (%2)&#xa0;; &apos;auditbench-cli check&apos; indique ce qui est touché</translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="40"/>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="56"/>
        <source>the stored original of %1 has no bytes %2..%3</source>
        <translation>l&apos;original enregistré de %1 n&apos;a pas d&apos;octets %2..%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="62"/>
        <source>block %1 of the stored original of %2 cannot be decompressed</source>
        <translation>le bloc %1 de l&apos;original enregistré de %2 ne peut pas être décompressé</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="22"/>
        <source>%1: the disk is full: the workspace could not be written (%2)</source>
        <translation>%1&#xa0;: le disque est plein&#xa0;: l&apos;espace de travail n&apos;a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="25"/>
        <source>%1: the workspace is read-only: nothing can be written to it (%2)</source>
        <translation>%1&#xa0;: l&apos;espace de travail est en lecture seule&#xa0;: rien ne peut y être écrit (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="29"/>
        <source>%1: the workspace is in use by another program (%2)</source>
        <translation>%1&#xa0;: l&apos;espace de travail est utilisé par un autre programme (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="32"/>
        <source>%1: the workspace could not be read or written (%2)</source>
        <translation>%1&#xa0;: l&apos;espace de travail n&apos;a pas pu être lu ou écrit (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="34"/>
        <source>%1: the workspace refused the change (%2)</source>
        <translation>%1&#xa0;: l&apos;espace de travail a refusé la modification (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="36"/>
        <source>%1: workspace error (%2)</source>
        <translation>%1&#xa0;: erreur de l&apos;espace de travail (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="25"/>
        <source>... and %1 more findings of the kind &apos;%2&apos;</source>
        <translation>... et %1 autres constats du type &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="44"/>
        <source>%1 could not be checked: %2</source>
        <translation>%1 n&apos;a pas pu être contrôlé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="62"/>
        <source>The database file</source>
        <translation>Le fichier de base de données</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="63"/>
        <source>The evidence</source>
        <translation>Les preuves</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="65"/>
        <source>The activity log</source>
        <translation>Le journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="69"/>
        <source>activity_log row %1</source>
        <translation>ligne %1 de activity_log</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="73"/>
        <source>The runs and packages</source>
        <translation>Les vérifications et les dossiers</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="27"/>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="103"/>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="19"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="99"/>
        <source>%1: record %2 (id %3) of the original is missing from the workspace</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 (id %3) de l&apos;original manque dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="130"/>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="140"/>
        <source>gateway_records row %1</source>
        <translation>ligne %1 de gateway_records</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="131"/>
        <source>%1: gateway_records row %2 (record %3) is not a record of the original</source>
        <translation>%1&#xa0;: la ligne %2 de gateway_records (enregistrement %3) n&apos;est pas un enregistrement de l&apos;original</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="146"/>
        <source>%1: record %2 (gateway_records row %3): its span %4..%5 is outside the stored original (%6 bytes)</source>
        <translation>%1 : enregistrement %2 (ligne %3 de gateway_records) : son intervalle %4..%5 est hors de l&apos;original enregistré (%6 octets)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="160"/>
        <source>%1: record %2 (gateway_records row %3): the stored text differs from the original</source>
        <translation>%1&#xa0;: enregistrement %2 (ligne %3 de gateway_records)&#xa0;: le texte stocké diffère de l&apos;original</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="173"/>
        <source>%1: record %2 (gateway_records row %3): the query column %4 says %5, the record says %6</source>
        <translation>%1&#xa0;: enregistrement %2 (ligne %3 de gateway_records)&#xa0;: la colonne de requête %4 indique %5, l&apos;enregistrement indique %6</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="264"/>
        <source>%1: its records were not compared with the original: %2</source>
        <translation>%1&#xa0;: ses enregistrements n&apos;ont pas été comparés à l&apos;original&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="272"/>
        <source>%1: the original is a %2 file, its source row says %3</source>
        <translation>%1&#xa0;: l&apos;original est un fichier %2, sa ligne de source indique %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="281"/>
        <source>Checking the database file</source>
        <translation>Contrôle du fichier de base de données</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="288"/>
        <source>The workspace file is damaged: %1</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="300"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="90"/>
        <source>source %1 (%2)</source>
        <translation>source %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="304"/>
        <source>%1: unknown format &apos;%2&apos;</source>
        <translation>%1&#xa0;: format inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="314"/>
        <source>%1: the workspace holds %2 of its records, its source row says %3</source>
        <translation>%1&#xa0;: l&apos;espace de travail contient %2 de ses enregistrements, sa ligne de source indique %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="327"/>
        <source>%1: record %2 is stored %3 times in %4</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 est stocké %3 fois dans %4</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="336"/>
        <source>Checking %1</source>
        <translation>Contrôle de %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="346"/>
        <source>%1: the original has %2 bytes, its source row says %3</source>
        <translation>%1&#xa0;: l&apos;original fait %2 octets, sa ligne de source indique %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="94"/>
        <source>%1: no activity-log entry records its import</source>
        <translation>%1&#xa0;: aucune entrée du journal d&apos;activité n&apos;enregistre son importation</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="104"/>
        <source>%1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation>%1&#xa0;: son %2 vaut &apos;%3&apos;, le journal d&apos;activité (ligne %4) a enregistré &apos;%5&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="113"/>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="114"/>
        <source>Activity-log row %1 records the import of source %2 (%3), which is not in the workspace</source>
        <translation>La ligne %1 du journal d&apos;activité enregistre l&apos;importation de la source %2 (%3), qui n&apos;est pas dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="129"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="187"/>
        <source>verification run %1</source>
        <translation>vérification %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="134"/>
        <source>Verification run %1 (%2) has no activity-log entry: AuditBench did not record it</source>
        <translation>La vérification %1 (%2) n&apos;a pas d&apos;entrée dans le journal d&apos;activité&#xa0;: AuditBench ne l&apos;a pas enregistrée</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="145"/>
        <source>Verification run %1: its stored result is not a verification result</source>
        <translation>Vérification %1&#xa0;: son résultat stocké n&apos;est pas un résultat de vérification</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="175"/>
        <source>Verification run %1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation>Vérification %1&#xa0;: son %2 vaut &apos;%3&apos;, le journal d&apos;activité (ligne %4) a enregistré &apos;%5&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="188"/>
        <source>Activity-log row %1 records verification run %2, which is not in the workspace</source>
        <translation>La ligne %1 du journal d&apos;activité enregistre la vérification %2, qui n&apos;est pas dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="203"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="251"/>
        <source>package %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="211"/>
        <source>Package %1: its content_sha256 column is &apos;%2&apos;, the package says &apos;%3&apos;</source>
        <translation>Dossier %1&#xa0;: sa colonne content_sha256 vaut &apos;%2&apos;, le dossier indique &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="218"/>
        <source>(not a JSON object)</source>
        <translation>(pas un objet JSON)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="222"/>
        <source>Package %1: its content does not match its content_sha256 %2 (the content hashes to %3)</source>
        <translation>Dossier %1&#xa0;: son contenu ne correspond pas à son content_sha256 %2 (le contenu a pour empreinte %3)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="231"/>
        <source>Package %1 has no activity-log entry: AuditBench did not store it</source>
        <translation>Le dossier %1 n&apos;a pas d&apos;entrée dans le journal d&apos;activité&#xa0;: AuditBench ne l&apos;a pas stocké</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="242"/>
        <source>Package %1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation>Dossier %1&#xa0;: son %2 vaut &apos;%3&apos;, le journal d&apos;activité (ligne %4) a enregistré &apos;%5&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="252"/>
        <source>Activity-log row %1 records package %2, which is not in the workspace</source>
        <translation>La ligne %1 du journal d&apos;activité enregistre le dossier %2, qui n&apos;est pas dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="71"/>
        <source>%1: could not save a copy as %2: %3</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer une copie sous %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="96"/>
        <source>Saving a copy as %1</source>
        <translation>Enregistrement d&apos;une copie sous %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="122"/>
        <source>that is the workspace itself</source>
        <translation>c&apos;est l&apos;espace de travail lui-même</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="147"/>
        <source>the existing file cannot be replaced</source>
        <translation>le fichier existant ne peut pas être remplacé</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="151"/>
        <source>cannot rename %1</source>
        <translation>impossible de renommer %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="101"/>
        <source>%1: record %2 of the original is missing from %3</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 de l&apos;original est absent de %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="117"/>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="146"/>
        <source>%1 row %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="120"/>
        <source>%1: record %2 (%3 row %4): the stored text differs from the original</source>
        <translation>%1&#xa0;: enregistrement %2 (%3 ligne %4)&#xa0;: le texte stocké diffère de l&apos;original</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="133"/>
        <source>%1: record %2 (%3 row %4): the query column %5 says %6, the record says %7</source>
        <translation>%1&#xa0;: enregistrement %2 (%3 ligne %4)&#xa0;: la colonne de requête %5 indique %6, l&apos;enregistrement indique %7</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="147"/>
        <source>%1: %2 row %3 (record %4) is not a record of the original</source>
        <translation>%1&#xa0;: %2 ligne %3 (enregistrement %4) n&apos;est pas un enregistrement de l&apos;original</translation>
    </message>
</context>
<context>
    <name>ab::analytics::SampleStore</name>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="179"/>
        <source>a sample is drawn from every record the filters select: a limit or offset does not apply</source>
        <translation>un échantillon est tiré de tous les enregistrements que les filtres sélectionnent&#xa0;: une limite ou un décalage ne s&apos;applique pas</translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="183"/>
        <source>the seed %1 is above the largest allowed, %2</source>
        <translation>la graine %1 dépasse la plus grande autorisée, %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="185"/>
        <source>the sample size must be 1 or more (got %1)</source>
        <translation>la taille de l&apos;échantillon doit être de 1 ou plus (reçu %1)</translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="195"/>
        <source>%1: the sample size %2 is larger than the population: the filters select %3 records</source>
        <translation>%1&#xa0;: la taille d&apos;échantillon %2 dépasse la population&#xa0;: les filtres sélectionnent %3 enregistrements</translation>
    </message>
</context>
<context>
    <name>ab::analytics::Summary</name>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="179"/>
        <source>a summary counts by one of %1, not &apos;%2&apos;</source>
        <translation>une synthèse compte selon l&apos;une des colonnes %1, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="182"/>
        <source>a summary counts &apos;%1&apos; across another column, not itself</source>
        <translation>une synthèse croise &apos;%1&apos; avec une autre colonne, pas avec elle-même</translation>
    </message>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="184"/>
        <source>a summary counts every record the filters select: a limit or offset does not apply</source>
        <translation>une synthèse compte tous les enregistrements que les filtres sélectionnent&#xa0;: une limite ou un décalage ne s&apos;applique pas</translation>
    </message>
</context>
<context>
    <name>ab::analytics::WorkpaperStore</name>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="119"/>
        <source>%1: there is no workpaper %2 (see &apos;workpapers&apos;)</source>
        <translation>%1&#xa0;: il n&apos;y a pas de feuille de travail %2 (voir &apos;workpapers&apos;)</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="164"/>
        <source>the confidence must be above 0 % and below 100 %</source>
        <translation>le niveau de confiance doit être supérieur à 0 % et inférieur à 100 %</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="166"/>
        <source>the tolerable rate must be above 0 % and at most 100 %</source>
        <translation>le taux tolérable doit être supérieur à 0 % et au plus égal à 100 %</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="171"/>
        <source>%1: there is no sample %2 (see &apos;samples&apos;)</source>
        <translation>%1&#xa0;: il n&apos;y a pas d&apos;échantillon %2 (voir &apos;samples&apos;)</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="195"/>
        <source>a result is no exception, exception or not applicable</source>
        <translation>un résultat est&#xa0;: aucune exception, exception ou sans objet</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="200"/>
        <source>workpaper %1 has items 1 to %2: there is no item %3</source>
        <translation>la feuille de travail %1 a les éléments 1 à %2&#xa0;: il n&apos;y a pas d&apos;élément %3</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="206"/>
        <source>workpaper %1: version %2 is not the latest (%3): only the latest version changes</source>
        <translation>feuille de travail %1&#xa0;: la version %2 n&apos;est pas la dernière (%3)&#xa0;: seule la dernière version peut être modifiée</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="213"/>
        <source>workpaper %1 version %2 is signed and cannot change: record the change without a version to make version %3</source>
        <translation>la feuille de travail %1 version %2 est signée et ne peut pas être modifiée&#xa0;: enregistrez la modification sans version pour créer la version %3</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="256"/>
        <source>a review note needs text</source>
        <translation>une note de revue nécessite un texte</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="262"/>
        <source>workpaper %1 version %2 is signed by its reviewer: review notes on it are closed</source>
        <translation>la feuille de travail %1 version %2 est signée par son réviseur&#xa0;: les notes de revue sont closes</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="280"/>
        <source>the role is preparer or reviewer, not &apos;%1&apos;</source>
        <translation>le rôle est preparer ou reviewer, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="283"/>
        <source>a sign-off needs the signer&apos;s name</source>
        <translation>une approbation nécessite le nom du signataire</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="291"/>
        <source>workpaper %1 version %2 has content SHA-256 %3, not %4: the workpaper changed since it was read</source>
        <translation>la feuille de travail %1 version %2 a le SHA-256 de contenu %3, pas %4&#xa0;: la feuille de travail a changé depuis sa lecture</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="297"/>
        <source>workpaper %1 version %2: %3 item(s) have no result yet</source>
        <translation>feuille de travail %1 version %2&#xa0;: %3 élément(s) n&apos;ont pas encore de résultat</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="302"/>
        <source>workpaper %1 version %2 is already signed by its %3, %4</source>
        <translation>la feuille de travail %1 version %2 est déjà signée par son %3, %4</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="310"/>
        <source>workpaper %1 version %2: the reviewer signs after the preparer signed it</source>
        <translation>feuille de travail %1 version %2&#xa0;: le réviseur signe après la signature du préparateur</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="316"/>
        <source>workpaper %1: the reviewer must be someone other than the preparer (%2)</source>
        <translation>feuille de travail %1&#xa0;: le réviseur doit être une autre personne que le préparateur (%2)</translation>
    </message>
</context>
<context>
    <name>ab::annotations::NoteStore</name>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="27"/>
        <source>runtime entry</source>
        <translation>entrée d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="29"/>
        <source>OCSF event</source>
        <translation>événement OCSF</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="33"/>
        <source>gateway record</source>
        <translation>enregistrement de passerelle</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="180"/>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>l&apos;étiquette «&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="183"/>
        <source>the tag &apos;%1&apos; holds a comma or a line break</source>
        <translation>l&apos;étiquette «&#xa0;%1&#xa0;» contient une virgule ou un saut de ligne</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="200"/>
        <source>a note needs a text or at least one tag</source>
        <translation>une note requiert un texte ou au moins une étiquette</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="204"/>
        <source>%1: the workspace holds no %2 with the id &apos;%3&apos;</source>
        <translation>%1&#xa0;: aucun élément (%2) portant l&apos;id «&#xa0;%3&#xa0;» dans l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>ab::crypto::Ed25519</name>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="51"/>
        <source>%1: cannot read the key file (%2)</source>
        <translation>%1&#xa0;: impossible de lire le fichier de clé (%2)</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="80"/>
        <source>%1: not a public key PEM</source>
        <translation>%1&#xa0;: pas une clé publique PEM</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="84"/>
        <source>%1: not an Ed25519 public key</source>
        <translation>%1&#xa0;: pas une clé publique Ed25519</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="156"/>
        <source>%1: the key is encrypted: the passphrase is missing or wrong</source>
        <translation>%1&#xa0;: la clé est chiffrée&#xa0;: la phrase secrète est absente ou erronée</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="157"/>
        <source>%1: not a private key PEM (PKCS#8)</source>
        <translation>%1&#xa0;: pas une clé privée PEM (PKCS#8)</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="162"/>
        <source>%1: not an Ed25519 private key</source>
        <translation>%1&#xa0;: pas une clé privée Ed25519</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="183"/>
        <source>Ed25519 signing failed</source>
        <translation>La signature Ed25519 a échoué</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="197"/>
        <source>Ed25519: cannot derive the public key</source>
        <translation>Ed25519&#xa0;: impossible de dériver la clé publique</translation>
    </message>
</context>
<context>
    <name>ab::pack::EvidencePackBuilder</name>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="57"/>
        <source>The period ends before it starts</source>
        <translation>La période se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="59"/>
        <source>Give at least one framework in scope</source>
        <translation>Indiquez au moins un référentiel concerné</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="63"/>
        <source>No evidence recipe for the framework &apos;%1&apos; (known: %2)</source>
        <translation>Aucune recette de preuves pour le référentiel &apos;%1&apos; (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="70"/>
        <source>Two recipes write %1: give one of them another file name</source>
        <translation>Deux recettes écrivent %1&#xa0;: donnez à l&apos;une d&apos;elles un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="169"/>
        <source>Verifying the chain for the period</source>
        <translation>Vérification de la chaîne pour la période</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="185"/>
        <source>Copying the compliance bundle exports</source>
        <translation>Copie des exports de bundles de conformité</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="204"/>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="229"/>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="246"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="257"/>
        <source>Writing notes.json</source>
        <translation>Écriture de notes.json</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="266"/>
        <source>Writing checklist.json</source>
        <translation>Écriture de checklist.json</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="277"/>
        <source>Writing report.pdf</source>
        <translation>Écriture de report.pdf</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="291"/>
        <source>Cannot write report.pdf: %1</source>
        <translation>Impossible d&apos;écrire report.pdf&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="297"/>
        <source>Writing MANIFEST.json and SHA256SUMS</source>
        <translation>Écriture de MANIFEST.json et SHA256SUMS</translation>
    </message>
</context>
<context>
    <name>ab::pack::EvidenceRecipes</name>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="31"/>
        <source>recipes[%1]: %2</source>
        <translation>recipes[%1]&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="36"/>
        <source>expected a non-empty &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» non vide attendu</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="47"/>
        <source>&quot;folder&quot; &apos;%1&apos; must be one plain folder name</source>
        <translation>«&#xa0;folder&#xa0;» &apos;%1&apos; doit être un simple nom de dossier</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="49"/>
        <source>&quot;file&quot; &apos;%1&apos; must be one plain file name ending in .json</source>
        <translation>«&#xa0;file&#xa0;» &apos;%1&apos; doit être un simple nom de fichier se terminant par .json</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="54"/>
        <source>&quot;kind&quot; &apos;%1&apos;: expected query or verification</source>
        <translation>«&#xa0;kind&#xa0;» &apos;%1&apos;&#xa0;: query ou verification attendu</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="57"/>
        <source>expected &quot;query&quot; to be an object of seed API filters</source>
        <translation>«&#xa0;query&#xa0;» doit être un objet de filtres de l&apos;API de la plateforme</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="61"/>
        <source>unknown filter &quot;%1&quot; (expected framework, action, entity_type or category)</source>
        <translation>filtre «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: framework, action, entity_type ou category)</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="64"/>
        <source>filter &quot;%1&quot;: expected a non-empty string</source>
        <translation>filtre «&#xa0;%1&#xa0;»&#xa0;: chaîne non vide attendue</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="68"/>
        <source>a verification recipe takes no filters (it covers the whole chain for the period)</source>
        <translation>une recette de vérification ne prend aucun filtre (elle couvre toute la chaîne pour la période)</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="122"/>
        <source>expected &quot;recipes&quot; to be an array</source>
        <translation>«&#xa0;recipes&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="127"/>
        <source>recipes[%1]: expected an object</source>
        <translation>recipes[%1]&#xa0;: objet attendu</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="131"/>
        <source>recipes[%1]: the id &apos;%2&apos; is used twice</source>
        <translation>recipes[%1]&#xa0;: l&apos;id &apos;%2&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="139"/>
        <source>cannot read the evidence recipes</source>
        <translation>impossible de lire les recettes de preuves</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackData</name>
    <message>
        <location filename="../core/pack/PackData.cpp" line="25"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation>les données livrées avec AuditBench sont absentes (erreur de compilation)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="33"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="44"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="47"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackFolder</name>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="26"/>
        <source>%1 exists and is not an empty folder</source>
        <translation>%1 existe et n&apos;est pas un dossier vide</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="29"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="33"/>
        <source>Cannot create a folder in %1: %2</source>
        <translation>Impossible de créer un dossier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="43"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="51"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="66"/>
        <source>Cannot move the finished pack to %1</source>
        <translation>Impossible de déplacer le lot terminé vers %1</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackManifest</name>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="95"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="99"/>
        <source>not an evidence pack manifest (expected &quot;format&quot;: &quot;auditbench-evidence-pack&quot;)</source>
        <translation>pas un manifeste de lot de preuves (attendu «&#xa0;format&#xa0;»&#xa0;: «&#xa0;auditbench-evidence-pack&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="102"/>
        <source>unsupported manifest version (expected 1)</source>
        <translation>version de manifeste non prise en charge (attendu&#xa0;: 1)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="124"/>
        <source>expected &quot;files&quot; to be an array</source>
        <translation>«&#xa0;files&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="136"/>
        <source>files[%1]: expected a relative &quot;path&quot; inside the pack and a &quot;sha256&quot; of 64 hex digits</source>
        <translation>files[%1]&#xa0;: «&#xa0;path&#xa0;» relatif à l&apos;intérieur du lot et «&#xa0;sha256&#xa0;» de 64 chiffres hexadécimaux attendus</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackVerifier</name>
    <message>
        <location filename="../core/pack/PackVerifier.cpp" line="131"/>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/pack/PackVerifier.cpp" line="136"/>
        <source>cannot read the pack&apos;s manifest</source>
        <translation>impossible de lire le manifeste du lot</translation>
    </message>
</context>
<context>
    <name>ab::pack::RetentionRules</name>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="28"/>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation>«&#xa0;%1&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="33"/>
        <source>%1[%2]: expected %3</source>
        <translation>%1[%2]&#xa0;: %3 attendu</translation>
    </message>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="107"/>
        <source>cannot read the retention rules</source>
        <translation>impossible de lire les règles de conservation</translation>
    </message>
</context>
<context>
    <name>ab::portfolio::InheritedControls</name>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="45"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation>les données livrées avec AuditBench sont absentes (erreur de compilation)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="60"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="64"/>
        <source>expected an object with a &quot;controls&quot; array</source>
        <translation>objet avec un tableau «&#xa0;controls&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="76"/>
        <source>controls[%1]: %2</source>
        <translation>controls[%1]&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="79"/>
        <source>&quot;%1&quot; is not a Trust Services Criteria id (e.g. CC6.4, A1.2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id des Trust Services Criteria (p. ex. CC6.4, A1.2)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="81"/>
        <source>expected a non-empty &quot;provider&quot;</source>
        <translation>«&#xa0;provider&#xa0;» non vide attendu</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="83"/>
        <source>expected a non-empty &quot;basis&quot;</source>
        <translation>«&#xa0;basis&#xa0;» non vide attendu</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="85"/>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
</context>
<context>
    <name>ab::portfolio::PortfolioBuilder</name>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="51"/>
        <source>cannot write %1 (%2)</source>
        <translation>impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="93"/>
        <source>Generating the package of %1 (%2 of %3)</source>
        <translation>Génération du dossier de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="125"/>
        <source>Printing portfolio.pdf</source>
        <translation>Impression de portfolio.pdf</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="129"/>
        <source>cannot print portfolio.pdf: %1</source>
        <translation>impossible d&apos;imprimer portfolio.pdf&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="144"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>ab::portfolio::PortfolioStore</name>
    <message>
        <location filename="../core/portfolio/PortfolioStore.cpp" line="69"/>
        <source>%1: portfolio %2 is already in the workspace with different content: portfolios are immutable</source>
        <translation>%1&#xa0;: le portefeuille %2 est déjà dans l&apos;espace de travail avec un contenu différent&#xa0;: les portefeuilles sont immuables</translation>
    </message>
</context>
<context>
    <name>auditbench_cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="44"/>
        <location filename="../app/cli/CliCommon.cpp" line="69"/>
        <source>auditbench-cli %1: %2</source>
        <translation>auditbench-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="64"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="16"/>
        <source>The first package: an id in the workspace, or a file without --workspace.</source>
        <translation>Le premier dossier&#xa0;: un id dans l&apos;espace de travail, ou un fichier sans --workspace.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="17"/>
        <location filename="../app/cli/CompareCommand.cpp" line="19"/>
        <location filename="../app/cli/NoteCommand.cpp" line="32"/>
        <location filename="../app/cli/NoteCommand.cpp" line="83"/>
        <location filename="../app/cli/PackageCommand.cpp" line="78"/>
        <location filename="../app/cli/PackagesCommand.cpp" line="17"/>
        <location filename="../app/cli/PdfCommand.cpp" line="41"/>
        <location filename="../app/cli/PdfCommand.cpp" line="44"/>
        <location filename="../app/cli/SamplesCommand.cpp" line="18"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="187"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="201"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="19"/>
        <source>The second package (id or file).</source>
        <translation>Le second dossier (id ou fichier).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="20"/>
        <source>Print the differences as text instead of JSON.</source>
        <translation>Afficher les différences en texte plutôt qu&apos;en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="24"/>
        <source>Compares two compliance packages section by section (action counts, connectors, operations, decisions, SOC 2 counts, sub-processors, VSQ exceptions) and prints the differences. Exit status: 0 equivalent, 1 differences found, 2 unusable input.</source>
        <translation>Compare deux dossiers de conformité section par section (décomptes d&apos;actions, connecteurs, opérations, décisions, décomptes SOC 2, sous-traitants ultérieurs, exceptions du VSQ) et affiche les différences. Code de sortie&#xa0;: 0 équivalents, 1 différences constatées, 2 entrée inutilisable.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="32"/>
        <source>auditbench-cli compare: expected --package and --with (see --help)</source>
        <translation>auditbench-cli compare: --package et --with attendus (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="44"/>
        <source>auditbench-cli compare: %1: no package &quot;%2&quot;</source>
        <translation>auditbench-cli compare: %1&#xa0;: aucun dossier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="50"/>
        <source>auditbench-cli compare: cannot read %1 (%2)</source>
        <translation>auditbench-cli compare: impossible de lire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="67"/>
        <source>Compare two compliance packages (re-performance)</source>
        <translation>Comparer deux dossiers de conformité (réexécution)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="16"/>
        <source>Directory to write the evidence into.</source>
        <translation>Répertoire dans lequel écrire les preuves.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="16"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="27"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="17"/>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="15"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="18"/>
        <source>Number of gateway audit records (default 100000).</source>
        <translation>Nombre d&apos;enregistrements d&apos;audit de passerelle (100000 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="18"/>
        <location filename="../app/cli/FilterOptions.cpp" line="28"/>
        <location filename="../app/cli/InflateOptions.cpp" line="53"/>
        <location filename="../app/cli/JoinCommand.cpp" line="24"/>
        <location filename="../app/cli/SampleCommand.cpp" line="14"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="91"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="204"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="19"/>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="19"/>
        <location filename="../app/cli/FilterOptions.cpp" line="25"/>
        <location filename="../app/cli/FilterOptions.cpp" line="97"/>
        <location filename="../app/cli/SampleCommand.cpp" line="17"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="22"/>
        <source>Writes deterministic synthetic evidence.</source>
        <translation>Écrit des preuves synthétiques déterministes.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="28"/>
        <source>auditbench-cli demo-data: --out DIR is required</source>
        <translation>auditbench-cli demo-data: --out DIR est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="34"/>
        <source>auditbench-cli demo-data: --records &apos;%1&apos;: expected a whole number of at least %2</source>
        <translation>auditbench-cli demo-data: --records &apos;%1&apos;&#xa0;: nombre entier d&apos;au moins %2 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="43"/>
        <source>auditbench-cli demo-data: --seed &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli demo-data: --seed &apos;%1&apos;&#xa0;: nombre entier de 0 ou plus attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="49"/>
        <source>Wrote %1 gateway records (%2 in the tampered copy), %3 agent runtime audit entries, %4 OCSF events and %5 compliance bundles to %6</source>
        <translation>%1 enregistrements de passerelle (%2 dans la copie falsifiée), %3 entrées d&apos;audit d&apos;exécution d&apos;agents, %4 événements OCSF et %5 bundles de conformité écrits dans %6</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="60"/>
        <source>auditbench-cli demo-data: %1</source>
        <translation>auditbench-cli demo-data: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="72"/>
        <source>Write deterministic synthetic evidence for demos and benchmarks</source>
        <translation>Écrire des preuves synthétiques déterministes pour les démonstrations et les bancs d&apos;essai</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="18"/>
        <source>Output: ndjson (one event per line) or json (an array of events); default: json for a FILE ending in .json, else ndjson.</source>
        <translation>Sortie&#xa0;: ndjson (un événement par ligne) ou json (un tableau d&apos;événements)&#xa0;; par défaut&#xa0;: json pour un FILE se terminant par .json, sinon ndjson.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="20"/>
        <source>ndjson|json</source>
        <translation>ndjson|json</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="22"/>
        <source>The file to write (complete or not at all).</source>
        <translation>Le fichier à écrire (complet ou pas du tout).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="30"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="38"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="47"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="50"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="53"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="56"/>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="22"/>
        <location filename="../app/cli/ImportCommand.cpp" line="15"/>
        <location filename="../app/cli/ListingCommand.cpp" line="21"/>
        <location filename="../app/cli/PackageCommand.cpp" line="77"/>
        <location filename="../app/cli/PackageCommand.cpp" line="80"/>
        <location filename="../app/cli/PackageCommand.cpp" line="82"/>
        <location filename="../app/cli/PackageCommand.cpp" line="84"/>
        <location filename="../app/cli/PackageCommand.cpp" line="87"/>
        <location filename="../app/cli/PdfCommand.cpp" line="32"/>
        <location filename="../app/cli/PdfCommand.cpp" line="37"/>
        <location filename="../app/cli/PdfCommand.cpp" line="48"/>
        <location filename="../app/cli/PdfCommand.cpp" line="56"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="25"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="32"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="35"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="37"/>
        <location filename="../app/cli/QueryCommand.cpp" line="187"/>
        <location filename="../app/cli/SummaryCommand.cpp" line="81"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="78"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="150"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="213"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="26"/>
        <source>Writes the gateway records that match the filters as OCSF v1.1 events, one per record whose category has an OCSF class, and prints how many were written by class and skipped by category.</source>
        <translation>Écrit les enregistrements de passerelle correspondant aux filtres sous forme d&apos;événements OCSF v1.1, un par enregistrement dont la catégorie a une classe OCSF, et affiche combien ont été écrits par classe et ignorés par catégorie.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="37"/>
        <source>auditbench-cli export-ocsf: give the file to write with --out FILE</source>
        <translation>auditbench-cli export-ocsf: indiquez le fichier à écrire avec --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="46"/>
        <source>auditbench-cli export-ocsf: --format &apos;%1&apos;: expected ndjson or json</source>
        <translation>auditbench-cli export-ocsf: --format &apos;%1&apos;&#xa0;: ndjson ou json attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="73"/>
        <source>Export a workspace&apos;s gateway records as OCSF v1.1 events</source>
        <translation>Exporter les enregistrements de passerelle d&apos;un espace de travail en événements OCSF v1.1</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="10"/>
        <source>Only records of this framework (e.g. pci_dss).</source>
        <translation>Uniquement les enregistrements de ce référentiel (p. ex. pci_dss).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="10"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="12"/>
        <source>Only records with this action (e.g. block).</source>
        <translation>Uniquement les enregistrements avec cette action (p. ex. block).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="12"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="14"/>
        <source>Only records with one of these entity types (comma list).</source>
        <translation>Uniquement les enregistrements avec l&apos;un de ces types d&apos;entité (liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="15"/>
        <location filename="../app/cli/FilterOptions.cpp" line="103"/>
        <source>T1,T2</source>
        <translation>T1,T2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="17"/>
        <source>Only records of this category (e.g. authentication).</source>
        <translation>Uniquement les enregistrements de cette catégorie (p. ex. authentication).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="17"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="18"/>
        <source>Only records at or after this instant (RFC 3339).</source>
        <translation>Uniquement les enregistrements à partir de cet instant (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="86"/>
        <source>Imported OCSF events instead of gateway records.</source>
        <translation>Les événements OCSF importés au lieu des enregistrements de passerelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="88"/>
        <source>Agent runtime audit entries instead of gateway records.</source>
        <translation>Les entrées d&apos;audit d&apos;exécution des agents au lieu des enregistrements de passerelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="90"/>
        <source>--ocsf: only events of these class_uids (comma list, e.g. 2001,3002).</source>
        <translation>--ocsf&#xa0;: uniquement les événements de ces class_uid (liste séparée par des virgules, p. ex. 2001,3002).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="91"/>
        <source>N1,N2</source>
        <translation>N1,N2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="93"/>
        <source>--ocsf: only events with this activity_id or activity_name (comma list).</source>
        <translation>--ocsf&#xa0;: uniquement les événements avec cet activity_id ou activity_name (liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="94"/>
        <source>A1,A2</source>
        <translation>A1,A2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="96"/>
        <source>--ocsf: only events whose metadata.framework_reference contains S.</source>
        <translation>--ocsf&#xa0;: uniquement les événements dont metadata.framework_reference contient S.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="99"/>
        <source>--runtime: only entries of these agent ids (comma list).</source>
        <translation>--runtime&#xa0;: uniquement les entrées de ces ids d&apos;agents (liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="100"/>
        <source>ID1,ID2</source>
        <translation>ID1,ID2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="102"/>
        <source>--runtime: only entries of these action types (comma list).</source>
        <translation>--runtime&#xa0;: uniquement les entrées de ces types d&apos;action (liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="105"/>
        <source>--runtime: only entries of these connectors (comma list).</source>
        <translation>--runtime&#xa0;: uniquement les entrées de ces connecteurs (liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="106"/>
        <source>C1,C2</source>
        <translation>C1,C2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="108"/>
        <source>--runtime: only entries with these decisions (comma list).</source>
        <translation>--runtime&#xa0;: uniquement les entrées avec ces décisions (liste séparée par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="109"/>
        <source>D1,D2</source>
        <translation>D1,D2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="129"/>
        <source>auditbench-cli %1: --%2 does not apply to --%3</source>
        <translation>auditbench-cli %1: --%2 ne s&apos;applique pas à --%3</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="152"/>
        <source>auditbench-cli %1: give --ocsf or --runtime, not both</source>
        <translation>auditbench-cli %1: indiquez --ocsf ou --runtime, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="160"/>
        <source>auditbench-cli %1: --%2 needs --ocsf</source>
        <translation>auditbench-cli %1: --%2 nécessite --ocsf</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="166"/>
        <source>auditbench-cli %1: --%2 needs --runtime</source>
        <translation>auditbench-cli %1: --%2 nécessite --runtime</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="190"/>
        <source>auditbench-cli %1: --class &apos;%2&apos;: expected class_uid numbers such as 2001</source>
        <translation>auditbench-cli %1: --class &apos;%2&apos;&#xa0;: numéros class_uid tels que 2001 attendus</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="20"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="22"/>
        <location filename="../app/cli/FilterOptions.cpp" line="19"/>
        <location filename="../app/cli/FilterOptions.cpp" line="21"/>
        <location filename="../app/cli/NoteCommand.cpp" line="36"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="19"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="21"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="80"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="82"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="20"/>
        <source>Only records at or before this instant (RFC 3339).</source>
        <translation>Uniquement les enregistrements jusqu&apos;à cet instant (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="22"/>
        <source>Only records whose user_id or user_email is U.</source>
        <translation>Uniquement les enregistrements dont user_id ou user_email vaut U.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="23"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="25"/>
        <source>Only records whose JSON contains S.</source>
        <translation>Uniquement les enregistrements dont le JSON contient S.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="28"/>
        <source>At most N records (default: all).</source>
        <translation>Au plus N enregistrements (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="30"/>
        <source>Skip the first K matching records.</source>
        <translation>Ignorer les K premiers enregistrements correspondants.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="30"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="57"/>
        <source>auditbench-cli %1: --%2 &apos;%3&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>auditbench-cli %1: --%2 &apos;%3&apos;&#xa0;: horodatage RFC 3339 tel que 2025-01-01T00:00:00Z attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="73"/>
        <source>auditbench-cli %1: --%2 &apos;%3&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli %1: --%2 &apos;%3&apos;&#xa0;: nombre entier de 0 ou plus attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="13"/>
        <source>A time gap is a silence longer than this many hours (default 24).</source>
        <translation>Une lacune temporelle est un silence plus long que ce nombre d&apos;heures (24 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="44"/>
        <location filename="../app/cli/GapsCommand.cpp" line="14"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="95"/>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="17"/>
        <source>Prints the completeness findings of a workspace&apos;s gateway records (JSON): sequence numbers missing within each source and across all sources, silences between consecutive records longer than --max-gap hours, and records sharing an id with different content. At most %1 gaps are listed; gap_count counts them all.</source>
        <translation>Affiche les constats d&apos;exhaustivité des enregistrements de passerelle d&apos;un espace de travail (JSON)&#xa0;: numéros de séquence manquants dans chaque source et entre toutes les sources, silences entre enregistrements consécutifs de plus de --max-gap heures, et enregistrements partageant un id avec un contenu différent. Au plus %1 lacunes sont listées&#xa0;; gap_count les compte toutes.</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="29"/>
        <source>auditbench-cli gaps: --max-gap &apos;%1&apos;: expected a whole number of hours from 1 to 1000000</source>
        <translation>auditbench-cli gaps: --max-gap &apos;%1&apos;&#xa0;: nombre entier d&apos;heures de 1 à 1000000 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="48"/>
        <source>Find sequence gaps, time gaps and conflicting duplicate records in a workspace</source>
        <translation>Trouver les lacunes de séquence, les lacunes temporelles et les doublons contradictoires dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="16"/>
        <source>Evidence files: gateway audit exports, agent runtime exports, compliance packages, compliance bundle exports, OCSF v1.1 events (gzip accepted).</source>
        <translation>Fichiers de preuve&#xa0;: exports d&apos;audit de passerelle, exports d&apos;exécution d&apos;agents, dossiers de conformité, exports de bundles de conformité, événements OCSF v1.1 (gzip accepté).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="18"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="152"/>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="22"/>
        <source>Imports evidence files into a workspace (created when missing) in one transaction: if any file is unusable nothing is imported.
Prints one JSON object per file (format, records, sha256, status) as a JSON array.</source>
        <translation>Importe des fichiers de preuve dans un espace de travail (créé s&apos;il manque) en une seule transaction&#xa0;: si un fichier est inutilisable, rien n&apos;est importé.
Affiche un objet JSON par fichier (format, records, sha256, status) sous forme de tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="31"/>
        <source>auditbench-cli import: expected at least one FILE (see --help)</source>
        <translation>auditbench-cli import: au moins un FILE attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="51"/>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (rien n&apos;a été importé)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="59"/>
        <source>Import evidence files into a workspace (all or nothing)</source>
        <translation>Importer des fichiers de preuve dans un espace de travail (tout ou rien)</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="15"/>
        <source>cannot open result: %1</source>
        <translation>impossible d&apos;ouvrir le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="23"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="90"/>
        <source>List at most N errors (default 1000); error_count counts all.</source>
        <translation>Lister au plus N erreurs (1000 par défaut)&#xa0;; error_count les compte toutes.</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="27"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="98"/>
        <source>Exit with status 4 when there are no errors but the coverage is incomplete.</source>
        <translation>Terminer avec le code 4 lorsqu&apos;il n&apos;y a pas d&apos;erreur mais que la couverture est incomplète.</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="29"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="206"/>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="30"/>
        <source>Results of &apos;auditbench-cli verify&apos; for consecutive segments of one chain, in chain order.</source>
        <translation>Résultats de &apos;auditbench-cli verify&apos; pour des segments consécutifs d&apos;une même chaîne, dans l&apos;ordre de la chaîne.</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="32"/>
        <source>RESULT.json...</source>
        <translation>RESULT.json...</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="36"/>
        <source>Joins the verification results of an archive&apos;s consecutive segments (verified separately, e.g. in parallel) into one result, checks the seams between them and prints it as JSON.
Verify every segment with the same keyring and --max-gap; a segment&apos;s result anchors on its first record&apos;s previous_hmac, so no --anchor is needed.
Exit status as for verify: 0 valid with MACs verified, 1 errors found (a segment&apos;s own or a broken seam), 3 valid linkage but some segment verified without a keyring, 2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete coverage.</source>
        <translation>Joint les résultats de vérification des segments consécutifs d&apos;une archive (vérifiés séparément, p. ex. en parallèle) en un seul résultat, contrôle les jointures entre eux et l&apos;affiche en JSON.
Vérifiez chaque segment avec le même trousseau de clés et le même --max-gap&#xa0;; le résultat d&apos;un segment s&apos;ancre sur le previous_hmac de son premier enregistrement, aucun --anchor n&apos;est donc nécessaire.
Code de sortie comme pour verify&#xa0;: 0 valide avec MAC vérifiés, 1 erreurs constatées (propres à un segment ou jointure rompue), 3 chaînage valide mais un segment vérifié sans trousseau de clés, 2 entrée ou arguments inutilisables, 4 (avec --require-coverage) aucune erreur mais couverture incomplète.</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="54"/>
        <source>auditbench-cli join: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli join: --max-errors &apos;%1&apos;&#xa0;: nombre entier de 0 ou plus attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="59"/>
        <source>auditbench-cli join: expected at least one RESULT.json (see --help)</source>
        <translation>auditbench-cli join: au moins un RESULT.json attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="77"/>
        <source>Join the verification results of an archive&apos;s segments into one, checking the seams</source>
        <translation>Joindre en un seul les résultats de vérification des segments d&apos;une archive, en contrôlant les jointures</translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="12"/>
        <source>Prints a workspace&apos;s activity log (JSON, oldest first): who imported, verified, generated, exported or printed what, and when.
With --verify: checks the hash chain; exit status 0 intact, 1 broken (the first broken row is named).</source>
        <translation>Affiche le journal d&apos;activité d&apos;un espace de travail (JSON, du plus ancien au plus récent)&#xa0;: qui a importé, vérifié, généré, exporté ou imprimé quoi, et quand.
Avec --verify&#xa0;: contrôle la chaîne de hachage&#xa0;; code de sortie 0 intacte, 1 rompue (la première ligne rompue est nommée).</translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="18"/>
        <source>Check the log&apos;s SHA-256 hash chain and report the first broken row.</source>
        <translation>Contrôler la chaîne de hachage SHA-256 du journal et signaler la première ligne rompue.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="49"/>
        <source>Print a workspace&apos;s activity log or check its hash chain</source>
        <translation>Afficher le journal d&apos;activité d&apos;un espace de travail ou contrôler sa chaîne de hachage</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="30"/>
        <source>auditbench-cli package: cannot write %1 (%2)</source>
        <translation>auditbench-cli package: impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="76"/>
        <source>An agent runtime export file (instead of a workspace).</source>
        <translation>Un fichier d&apos;export d&apos;exécution d&apos;agents (au lieu d&apos;un espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="78"/>
        <source>The agent id.</source>
        <translation>L&apos;id de l&apos;agent.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="80"/>
        <source>Also write the package JSON to FILE.</source>
        <translation>Écrire aussi le JSON du dossier dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="81"/>
        <source>Write the data flow diagram&apos;s DOT source to FILE.</source>
        <translation>Écrire la source DOT du diagramme de flux de données dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="84"/>
        <source>Write the data flow diagram as SVG to FILE.</source>
        <translation>Écrire le diagramme de flux de données en SVG dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="86"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="34"/>
        <source>A sub-processor registry file extending or overriding the shipped one.</source>
        <translation>Un fichier de registre des sous-traitants ultérieurs qui étend ou remplace celui livré.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="89"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="39"/>
        <source>Identity recorded as generated_by (default: the auditor identity).</source>
        <translation>Identité enregistrée comme generated_by (par défaut&#xa0;: l&apos;identité de l&apos;auditeur).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="90"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="40"/>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="94"/>
        <source>Generates a compliance package for one agent from an agent runtime export (all audit entries, no cap) and prints its package id. With --workspace the package is stored in the workspace as an immutable version and the Monitoring answer cites the newest stored verification of the agent runtime chain that covers the agent&apos;s entries (&apos;verify --workspace W --chain runtime&apos;), or says that none was stored.</source>
        <translation>Génère un dossier de conformité pour un agent à partir d&apos;un export d&apos;exécution d&apos;agents (toutes les entrées d&apos;audit, sans plafond) et affiche son id de dossier. Avec --workspace, le dossier est stocké dans l&apos;espace de travail comme version immuable et la réponse Monitoring cite la vérification enregistrée la plus récente de la chaîne d&apos;exécution des agents qui couvre les entrées de l&apos;agent (&apos;verify --workspace W --chain runtime&apos;), ou indique qu&apos;aucune n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="103"/>
        <source>auditbench-cli package: expected --agent ID (see --help)</source>
        <translation>auditbench-cli package: --agent ID attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="106"/>
        <source>auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE</source>
        <translation>auditbench-cli package: exactement un de --workspace W ou --runtime-export FILE attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="152"/>
        <source>Generate an agent&apos;s compliance package from its runtime export</source>
        <translation>Générer le dossier de conformité d&apos;un agent à partir de son export d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="13"/>
        <source>Lists the compliance packages stored in a workspace (generated here or imported from the platform), newest generated_at first, as JSON.</source>
        <translation>Liste les dossiers de conformité stockés dans un espace de travail (générés ici ou importés de la plateforme), generated_at le plus récent d&apos;abord, en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="17"/>
        <source>Only the packages of this agent.</source>
        <translation>Uniquement les dossiers de cet agent.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="46"/>
        <source>List the compliance packages stored in a workspace</source>
        <translation>Lister les dossiers de conformité stockés dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="22"/>
        <source>auditbench-cli pdf: %1: cannot be read (%2)</source>
        <translation>auditbench-cli pdf: %1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="31"/>
        <source>Compliance package JSON file to print.</source>
        <translation>Fichier JSON du dossier de conformité à imprimer.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="34"/>
        <source>Chain verification result JSON (as &apos;verify&apos; prints) to print; with --package-json, the verification of the agent runtime chain the package&apos;s cover reports.</source>
        <translation>JSON du résultat de vérification de chaîne (tel que l&apos;affiche &apos;verify&apos;) à imprimer&#xa0;; avec --package-json, la vérification de la chaîne d&apos;exécution des agents dont rend compte la couverture du dossier.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="40"/>
        <source>With --workspace: the stored compliance package to print.</source>
        <translation>Avec --workspace&#xa0;: le dossier de conformité stocké à imprimer.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="43"/>
        <source>With --workspace: the verification run to print (see &apos;runs&apos;).</source>
        <translation>Avec --workspace&#xa0;: l&apos;exécution de vérification à imprimer (voir &apos;runs&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="17"/>
        <source>The PDF to write (complete or not at all).</source>
        <translation>Le PDF à écrire (complet ou pas du tout).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="18"/>
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="20"/>
        <location filename="../app/cli/PdfCommand.cpp" line="47"/>
        <source>Branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation>JSON de présentation (organisation, logo, accent_colour, footer).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="23"/>
        <source>Who printed it, for the cover (default: the auditor&apos;s identity).</source>
        <translation>Qui l&apos;a imprimé, pour la couverture (par défaut&#xa0;: l&apos;identité de l&apos;auditeur).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="28"/>
        <source>Prints the records a filter selects (gateway records; --ocsf events; --runtime entries) as a branded PDF: filter and period on the cover, counts, monthly charts, the records with their compliance fields and every override&apos;s justification. Prints what was written as JSON and records it in the workspace&apos;s activity log.</source>
        <translation>Imprime les enregistrements qu&apos;un filtre sélectionne (enregistrements de passerelle&#xa0;; événements avec --ocsf&#xa0;; entrées avec --runtime) dans un PDF personnalisé&#xa0;: filtre et période en couverture, décomptes, graphiques mensuels, les enregistrements avec leurs champs de conformité et la justification de chaque dérogation. Affiche ce qui a été écrit en JSON et l&apos;enregistre dans le journal d&apos;activité de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="59"/>
        <source>auditbench-cli listing: expected --out FILE.pdf</source>
        <translation>auditbench-cli listing: --out FILE.pdf attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="64"/>
        <location filename="../app/cli/ListingCommand.cpp" line="77"/>
        <source>auditbench-cli listing: %1</source>
        <translation>auditbench-cli listing: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="102"/>
        <source>Print a filtered view as a branded PDF listing</source>
        <translation>Imprimer une vue filtrée sous forme de liste PDF personnalisée</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="51"/>
        <source>Without --workspace: who prints the report (PDF author; default: AUDITBENCH_USER or the OS user).</source>
        <translation>Sans --workspace&#xa0;: qui imprime le rapport (auteur du PDF&#xa0;; par défaut&#xa0;: AUDITBENCH_USER ou l&apos;utilisateur du système).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="24"/>
        <location filename="../app/cli/PdfCommand.cpp" line="53"/>
        <location filename="../app/cli/SampleCommand.cpp" line="19"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="192"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="55"/>
        <source>Package: auditor verdicts JSON {answer key: {verdict, comment, by, at}}.</source>
        <translation>Dossier&#xa0;: JSON des avis de l&apos;auditeur {answer key: {verdict, comment, by, at}}.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="60"/>
        <source>Prints a compliance package or a chain verification result as a branded PDF and reports its SHA-256 as JSON on stdout.</source>
        <translation>Imprime un dossier de conformité ou un résultat de vérification de chaîne en PDF à la présentation de l&apos;organisation et indique son SHA-256 en JSON sur stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="72"/>
        <source>auditbench-cli pdf: expected exactly one of --package-json (optionally with --verification-json), --verification-json, --package or --verification (see --help)</source>
        <translation>auditbench-cli pdf: exactement un de --package-json (éventuellement avec --verification-json), --verification-json, --package ou --verification attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="75"/>
        <source>auditbench-cli pdf: --package and --verification need --workspace W; the JSON forms take none</source>
        <translation>auditbench-cli pdf: --package et --verification exigent --workspace W&#xa0;; les formes JSON n&apos;en prennent pas</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="79"/>
        <source>auditbench-cli pdf: expected --out FILE.pdf</source>
        <translation>auditbench-cli pdf: --out FILE.pdf attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="88"/>
        <location filename="../app/cli/PdfCommand.cpp" line="175"/>
        <source>auditbench-cli pdf: %1</source>
        <translation>auditbench-cli pdf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="111"/>
        <source>auditbench-cli pdf: --verification &apos;%1&apos;: expected a run id (see &apos;runs&apos;)</source>
        <translation>auditbench-cli pdf: --verification &apos;%1&apos;&#xa0;: id d&apos;exécution attendu (voir &apos;runs&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="133"/>
        <location filename="../app/cli/PdfCommand.cpp" line="161"/>
        <source>auditbench-cli pdf: %1: expected a chain verification result as &apos;auditbench-cli verify&apos; prints</source>
        <translation>auditbench-cli pdf: %1&#xa0;: résultat de vérification de chaîne attendu, tel que l&apos;affiche &apos;auditbench-cli verify&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="137"/>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="147"/>
        <location filename="../app/cli/PdfCommand.cpp" line="152"/>
        <source>auditbench-cli pdf: %1: %2</source>
        <translation>auditbench-cli pdf: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="193"/>
        <source>Print a compliance package or a verification result as a branded PDF</source>
        <translation>Imprimer un dossier de conformité ou un résultat de vérification en PDF à la présentation de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="177"/>
        <source>Print only the number of matching records.</source>
        <translation>Afficher uniquement le nombre d&apos;enregistrements correspondants.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="36"/>
        <source>auditbench-cli query: the workspace is read-only: this query is not recorded in its activity log</source>
        <translation>auditbench-cli query: l&apos;espace de travail est en lecture seule&#xa0;: cette requête n&apos;est pas enregistrée dans son journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="180"/>
        <source>Output: json (an array of the records as imported, default), ndjson, csv or xlsx (an Excel workbook; needs --out). --ocsf and --runtime: json or ndjson.</source>
        <translation>Sortie&#xa0;: json (un tableau des enregistrements tels qu&apos;importés, par défaut), ndjson, csv ou xlsx (un classeur Excel&#xa0;; nécessite --out). --ocsf et --runtime&#xa0;: json ou ndjson.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="182"/>
        <source>json|ndjson|csv|xlsx</source>
        <translation>json|ndjson|csv|xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="185"/>
        <source>Write the records to FILE (complete or not at all) and print what was written (JSON: file, format, records, bytes, sha256) instead of the records.</source>
        <translation>Écrire les enregistrements dans FILE (complet ou pas du tout) et afficher ce qui a été écrit (JSON&#xa0;: file, format, records, bytes, sha256) au lieu des enregistrements.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="191"/>
        <source>Prints the gateway audit records of a workspace that match the filters of the platform&apos;s audit-log API, ordered by timestamp; with --ocsf the imported OCSF events, with --runtime the agent runtime audit entries. Every query is recorded in the workspace&apos;s activity log.</source>
        <translation>Affiche les enregistrements d&apos;audit de passerelle d&apos;un espace de travail qui correspondent aux filtres de l&apos;API du journal d&apos;audit de la plateforme, triés par horodatage&#xa0;; avec --ocsf les événements OCSF importés, avec --runtime les entrées d&apos;audit d&apos;exécution des agents. Chaque requête est enregistrée dans le journal d&apos;activité de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="226"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: --%2 writes json or ndjson</source>
        <translation>auditbench-cli query: --format &apos;%1&apos;&#xa0;: --%2 écrit json ou ndjson</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="251"/>
        <source>Query a workspace&apos;s gateway audit records (or OCSF events, runtime entries) with filters</source>
        <translation>Interroger les enregistrements d&apos;audit de passerelle d&apos;un espace de travail (ou les événements OCSF, les entrées d&apos;exécution) avec des filtres</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="213"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: expected json, ndjson, csv or xlsx</source>
        <translation>auditbench-cli query: --format &apos;%1&apos;&#xa0;: json, ndjson, csv ou xlsx attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="217"/>
        <source>auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx</source>
        <translation>auditbench-cli query: --format xlsx écrit un fichier&#xa0;: indiquez-le avec --out FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="155"/>
        <source>auditbench-cli query: cannot write to standard output: %1</source>
        <translation>auditbench-cli query: impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunsCommand.cpp" line="12"/>
        <source>Lists the verification runs stored in a workspace, newest first (JSON): each with when, by whom, its scope and the verification result as it was printed.</source>
        <translation>Liste les exécutions de vérification stockées dans un espace de travail, la plus récente d&apos;abord (JSON)&#xa0;: chacune avec sa date, son auteur, sa portée et le résultat de vérification tel qu&apos;il a été affiché.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunsCommand.cpp" line="31"/>
        <source>List the verification runs stored in a workspace</source>
        <translation>Lister les exécutions de vérification stockées dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="14"/>
        <source>How many records to draw.</source>
        <translation>Combien d&apos;enregistrements tirer.</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="16"/>
        <source>The seed: a whole number from 0 to 9007199254740991 (2^53 - 1).</source>
        <translation>La graine&#xa0;: un nombre entier de 0 à 9007199254740991 (2^53 - 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="18"/>
        <source>A name for the sample (default: sample ID).</source>
        <translation>Un nom pour l&apos;échantillon (par défaut&#xa0;: échantillon ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="23"/>
        <source>Draws N distinct records uniformly from exactly the records the filters select (the population, in the order &apos;query&apos; lists it: by time, then import order), stores the sample immutably with its population, seed and algorithm, logs it, and prints it (JSON). The generator is SplitMix64 with an unbiased rejection draw and a partial Fisher-Yates shuffle, so the same population and seed give the same records on any machine, and a larger N with the same seed starts with the records of a smaller one.</source>
        <translation>Tire uniformément N enregistrements distincts parmi exactement les enregistrements que les filtres sélectionnent (la population, dans l&apos;ordre où &apos;query&apos; la liste&#xa0;: par date, puis ordre d&apos;importation), stocke l&apos;échantillon de façon immuable avec sa population, sa graine et son algorithme, le journalise et l&apos;affiche (JSON). Le générateur est SplitMix64 avec un tirage par rejet sans biais et un mélange de Fisher-Yates partiel&#xa0;: la même population et la même graine donnent les mêmes enregistrements sur toute machine, et un N plus grand avec la même graine commence par les enregistrements d&apos;un plus petit.</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="39"/>
        <source>auditbench-cli sample: --size &apos;%1&apos;: expected a whole number of 1 or more</source>
        <translation>auditbench-cli sample: --size &apos;%1&apos;&#xa0;: nombre entier de 1 ou plus attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="43"/>
        <source>auditbench-cli sample: --seed &apos;%1&apos;: expected a whole number from 0 to 9007199254740991</source>
        <translation>auditbench-cli sample: --seed &apos;%1&apos;&#xa0;: nombre entier de 0 à 9007199254740991 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="65"/>
        <source>Draw a seeded, reproducible sample of the records the filters select and store it</source>
        <translation>Tirer un échantillon reproductible, à graine, des enregistrements que les filtres sélectionnent et le stocker</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="13"/>
        <source>Confidence in percent, 1 - the risk of overreliance (e.g. 90, 95 or 99).</source>
        <translation>Niveau de confiance en pourcentage, 1 - le risque de confiance excessive (p. ex. 90, 95 ou 99).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="14"/>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="16"/>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="19"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="196"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="199"/>
        <source>PCT</source>
        <translation>PCT</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="15"/>
        <source>Tolerable deviation rate in percent (e.g. 5).</source>
        <translation>Taux d&apos;écart tolérable en pourcentage (p. ex. 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="18"/>
        <source>Expected population deviation rate in percent (default 0).</source>
        <translation>Taux d&apos;écart attendu dans la population en pourcentage (0 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="23"/>
        <source>Prints the sample size of an attribute test of controls (JSON), from the binomial distribution: the smallest n such that P(X &lt;= k | n, tolerable) &lt;= 1 - confidence, where k = ceil(n x expected) deviations are allowed. This reproduces the AICPA Audit Sampling guide&apos;s tables (95 %, 5 % tolerable, 0 % expected: 59 items, 0 deviations allowed; 1 % expected: 93 items, 1 allowed).</source>
        <translation>Affiche la taille d&apos;échantillon d&apos;un test d&apos;attributs sur les contrôles (JSON), d&apos;après la loi binomiale&#xa0;: le plus petit n tel que P(X &lt;= k | n, tolérable) &lt;= 1 - confiance, où k = ceil(n x attendu) écarts sont admis. Cela reproduit les tables du guide Audit Sampling de l&apos;AICPA (95 %, 5 % tolérable, 0 % attendu&#xa0;: 59 éléments, 0 écart admis&#xa0;; 1 % attendu&#xa0;: 93 éléments, 1 admis).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="36"/>
        <source>auditbench-cli sample-size: --confidence &apos;%1&apos;: expected a percentage between 0 and 100 such as 95</source>
        <translation>auditbench-cli sample-size: --confidence &apos;%1&apos;&#xa0;: pourcentage entre 0 et 100 tel que 95 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="40"/>
        <source>auditbench-cli sample-size: --tolerable is required (e.g. --tolerable 5)</source>
        <translation>auditbench-cli sample-size: --tolerable est obligatoire (p. ex. --tolerable 5)</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="43"/>
        <source>auditbench-cli sample-size: --tolerable &apos;%1&apos;: expected a percentage above 0 with at most two decimals such as 5</source>
        <translation>auditbench-cli sample-size: --tolerable &apos;%1&apos;&#xa0;: pourcentage supérieur à 0 avec au plus deux décimales tel que 5 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="48"/>
        <source>auditbench-cli sample-size: --expected &apos;%1&apos;: expected a percentage with at most two decimals such as 0.5</source>
        <translation>auditbench-cli sample-size: --expected &apos;%1&apos;&#xa0;: pourcentage avec au plus deux décimales tel que 0.5 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="53"/>
        <source>auditbench-cli sample-size: the expected rate (%1 %) must be below the tolerable rate (%2 %)</source>
        <translation>auditbench-cli sample-size: le taux attendu (%1 %) doit être inférieur au taux tolérable (%2 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="61"/>
        <source>auditbench-cli sample-size: no sample of up to 100000 items reaches %1 % confidence with these rates; the expected rate is too close to the tolerable rate</source>
        <translation>auditbench-cli sample-size: aucun échantillon de 100000 éléments au plus n&apos;atteint %1 % de confiance avec ces taux&#xa0;; le taux attendu est trop proche du taux tolérable</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="84"/>
        <source>Size an attribute sample for a test of controls (binomial, AICPA tables)</source>
        <translation>Dimensionner un échantillon d&apos;attributs pour un test des contrôles (binomiale, tables AICPA)</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="13"/>
        <source>Lists the samples stored in a workspace, oldest first (JSON): each as `sample` printed it, with the records in draw order. With --sample ID --xlsx FILE.xlsx, writes that sample as an Excel workbook instead (one row per drawn record with every column of the CSV export, and its population), logs the export and prints what was written.</source>
        <translation>Liste les échantillons stockés dans un espace de travail, du plus ancien au plus récent (JSON)&#xa0;: chacun tel que `sample` l&apos;a affiché, avec les enregistrements dans l&apos;ordre du tirage. Avec --sample ID --xlsx FILE.xlsx, écrit plutôt cet échantillon dans un classeur Excel (une ligne par enregistrement tiré avec toutes les colonnes de l&apos;export CSV, et sa population), journalise l&apos;export et affiche ce qui a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="18"/>
        <source>The sample to export.</source>
        <translation>L&apos;échantillon à exporter.</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="19"/>
        <source>Write the sample to this Excel file.</source>
        <translation>Écrire l&apos;échantillon dans ce fichier Excel.</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="20"/>
        <source>FILE.xlsx</source>
        <translation>FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="28"/>
        <source>auditbench-cli samples: --sample &apos;%1&apos;: no such sample in %2</source>
        <translation>auditbench-cli samples: --sample &apos;%1&apos;&#xa0;: aucun échantillon de ce nom dans %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="58"/>
        <source>List the samples stored in a workspace</source>
        <translation>Lister les échantillons stockés dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="12"/>
        <source>Lists the evidence files a workspace holds (JSON): file name, format, records, SHA-256, size, when and by whom imported.</source>
        <translation>Liste les fichiers de preuve d&apos;un espace de travail (JSON)&#xa0;: nom de fichier, format, enregistrements, SHA-256, taille, date et auteur de l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="33"/>
        <source>List the evidence files a workspace holds</source>
        <translation>Lister les fichiers de preuve d&apos;un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>auditbench-cli verify: --%1 &apos;%2&apos;&#xa0;: horodatage RFC 3339 tel que 2025-01-01T00:00:00Z attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="40"/>
        <source>auditbench-cli verify: --end is before --start</source>
        <translation>auditbench-cli verify: --end est antérieur à --start</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="49"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected 64 hex digits (an hmac)</source>
        <translation>auditbench-cli verify: --%1 &apos;%2&apos;&#xa0;: 64 chiffres hexadécimaux attendus (un hmac)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="58"/>
        <source>auditbench-cli verify: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli verify: --max-errors &apos;%1&apos;&#xa0;: nombre entier de 0 ou plus attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="66"/>
        <source>auditbench-cli verify: --max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation>auditbench-cli verify: --max-gap &apos;%1&apos;&#xa0;: nombre entier d&apos;heures attendu (0 ou plus)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="77"/>
        <source>Keyring file with the HMAC keys (without it only linkage is checked).</source>
        <translation>Fichier du trousseau de clés avec les clés HMAC (sans lui, seul le chaînage est contrôlé).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="20"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="80"/>
        <source>Start of the examination period (RFC 3339, inclusive).</source>
        <translation>Début de la période d&apos;examen (RFC 3339, inclus).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="22"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="82"/>
        <source>End of the examination period (RFC 3339, inclusive).</source>
        <translation>Fin de la période d&apos;examen (RFC 3339, inclus).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="24"/>
        <source>Frameworks in scope, a comma list (e.g. pci_dss,hipaa,sox,soc2).</source>
        <translation>Référentiels concernés, liste séparée par des virgules (p. ex. pci_dss,hipaa,sox,soc2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="25"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="26"/>
        <source>The pack&apos;s folder (must not exist, or be empty).</source>
        <translation>Le dossier du lot (ne doit pas exister, ou doit être vide).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="29"/>
        <source>Keyring file with the HMAC keys (without it the MACs are not verified).</source>
        <translation>Fichier de trousseau de clés avec les clés HMAC (sans lui, les MAC ne sont pas vérifiés).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="33"/>
        <source>Ed25519 private key (PKCS#8 PEM, openssl genpkey -algorithm ed25519) to sign MANIFEST.json with; it is read into memory only.</source>
        <translation>Clé privée Ed25519 (PEM PKCS#8, openssl genpkey -algorithm ed25519) avec laquelle signer MANIFEST.json&#xa0;; elle n&apos;est lue qu&apos;en mémoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="35"/>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="14"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="37"/>
        <source>For an encrypted --sign-key: a file whose first line is the passphrase.</source>
        <translation>Pour une --sign-key chiffrée&#xa0;: un fichier dont la première ligne est la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="40"/>
        <source>Also write the period&apos;s records as OCSF 1.1 (ocsf/).</source>
        <translation>Écrire aussi les enregistrements de la période au format OCSF 1.1 (ocsf/).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="46"/>
        <source>The policy chain export to carry in the pack (policy-chain/).</source>
        <translation>L&apos;export de la chaîne de politiques à joindre au lot (policy-chain/).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="49"/>
        <source>Evidence recipes extending or overriding the shipped ones.</source>
        <translation>Recettes de preuves qui étendent ou remplacent celles livrées.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="52"/>
        <source>Retention rules extending or overriding the shipped ones.</source>
        <translation>Règles de conservation qui étendent ou remplacent celles livrées.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="55"/>
        <source>Branding JSON for report.pdf (organisation, logo, accent_colour, footer).</source>
        <translation>JSON de personnalisation pour report.pdf (organisation, logo, accent_colour, footer).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="64"/>
        <source>auditbench-cli evidence-pack: cannot read %1: %2</source>
        <translation>auditbench-cli evidence-pack: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="100"/>
        <source>Writes the examination evidence pack for a period (docs/spec/formats.md 6): the chain verification, the bundle definitions, one file per evidence query of each framework, checklist.json, report.pdf, MANIFEST.json, SHA256SUMS and, with --sign-key, the Ed25519 signature. Prints a JSON summary.
Exit status: 0 written, 2 unusable input (nothing is left behind).</source>
        <translation>Écrit le lot de preuves pour l&apos;examen d&apos;une période (docs/spec/formats.md 6)&#xa0;: la vérification de la chaîne, les définitions des bundles, un fichier par requête de preuves de chaque référentiel, checklist.json, report.pdf, MANIFEST.json, SHA256SUMS et, avec --sign-key, la signature Ed25519. Affiche une synthèse JSON.
Code de sortie&#xa0;: 0 écrit, 2 entrée inutilisable (rien n&apos;est laissé).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="115"/>
        <source>--%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>--%1 &apos;%2&apos;&#xa0;: horodatage RFC 3339 attendu, p. ex. 2025-01-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="123"/>
        <source>expected --framework LIST (e.g. pci_dss,hipaa,sox,soc2)</source>
        <translation>--framework LIST attendu (p. ex. pci_dss,hipaa,sox,soc2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="126"/>
        <source>expected --out DIR</source>
        <translation>--out DIR attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="131"/>
        <source>--max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation>--max-gap &apos;%1&apos;&#xa0;: nombre entier d&apos;heures attendu (0 ou plus)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="179"/>
        <source>Write a signed examination evidence pack for a period</source>
        <translation>Écrire un lot de preuves signé pour l&apos;examen d&apos;une période</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="84"/>
        <source>The hmac the first record must link to (e.g. last period&apos;s head).</source>
        <translation>Le hmac auquel le premier enregistrement doit être chaîné (p. ex. la tête de la période précédente).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="85"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="88"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="221"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="87"/>
        <source>The head hmac noted from an earlier verification (detects truncation).</source>
        <translation>Le hmac de tête noté lors d&apos;une vérification antérieure (détecte les troncatures).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="42"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="93"/>
        <source>Report a silence of more than HOURS between records as a coverage gap (default 24).</source>
        <translation>Signaler comme lacune de couverture un silence de plus de HOURS entre enregistrements (24 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="105"/>
        <source>auditbench-cli verify: give either --workspace or FILEs, not both</source>
        <translation>auditbench-cli verify: indiquez soit --workspace soit des FILE, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>auditbench-cli verify: --chain &apos;%1&apos;: expected gateway or runtime</source>
        <translation>auditbench-cli verify: --chain &apos;%1&apos;&#xa0;: gateway ou runtime attendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="117"/>
        <source>%1: the workspace failed its check (%n finding(s)), nothing was verified: %2; &apos;auditbench-cli check&apos; lists them all</source>
        <translation>
            <numerusform>%1&#xa0;: l&apos;espace de travail n&apos;a pas passé son contrôle (%n constat), rien n&apos;a été vérifié&#xa0;: %2&#xa0;; &apos;auditbench-cli check&apos; les liste tous</numerusform>
            <numerusform>%1&#xa0;: l&apos;espace de travail n&apos;a pas passé son contrôle (%n constats), rien n&apos;a été vérifié&#xa0;: %2&#xa0;; &apos;auditbench-cli check&apos; les liste tous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="141"/>
        <source>Verify a chain the workspace holds (instead of FILEs) and store the run there.</source>
        <translation>Vérifier une chaîne contenue dans l&apos;espace de travail (au lieu de FILE) et y enregistrer l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="142"/>
        <location filename="../app/cli/WorkspaceCli.h" line="16"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="145"/>
        <source>With --workspace: the chain to verify, gateway (the gateway audit log, default) or runtime (the audit_entries of every agent runtime export, as one chain).</source>
        <translation>Avec --workspace&#xa0;: la chaîne à vérifier, gateway (le journal d&apos;audit de la passerelle, par défaut) ou runtime (les audit_entries de chaque export d&apos;exécution d&apos;agents, en une seule chaîne).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="147"/>
        <source>CHAIN</source>
        <translation>CHAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="151"/>
        <source>Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted).</source>
        <translation>Fichiers d&apos;export d&apos;audit formant une seule chaîne (tableau JSON, objets page, NDJSON&#xa0;; gzip accepté).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="156"/>
        <source>Verifies an exported audit log&apos;s HMAC chain offline and prints the result as JSON.
Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, 2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete coverage.</source>
        <translation>Vérifie hors ligne la chaîne HMAC d&apos;un journal d&apos;audit exporté et affiche le résultat en JSON.
Code de sortie&#xa0;: 0 valide avec MAC vérifiés, 1 erreurs constatées, 3 chaînage valide sans trousseau de clés, 2 entrée ou arguments inutilisables, 4 (avec --require-coverage) aucune erreur mais couverture incomplète.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="170"/>
        <source>auditbench-cli verify: --chain needs --workspace W (FILEs form one chain)</source>
        <translation>auditbench-cli verify: --chain exige --workspace W (les FILE forment une seule chaîne)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="174"/>
        <source>auditbench-cli verify: expected at least one FILE (see --help)</source>
        <translation>auditbench-cli verify: au moins un FILE attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="194"/>
        <source>Verify the HMAC chain of audit export files (or of a workspace)</source>
        <translation>Vérifier la chaîne HMAC de fichiers d&apos;export d&apos;audit (ou d&apos;un espace de travail)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.cpp" line="15"/>
        <source>auditbench-cli %1: expected --workspace W (see --help)</source>
        <translation>auditbench-cli %1: --workspace W attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>auditbench-cli: expected a COMMAND (see auditbench-cli --help)</source>
        <translation>auditbench-cli: COMMAND attendu (voir auditbench-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation>Utilisation&#xa0;: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>
Run &apos;auditbench-cli COMMAND --help&apos; for a command&apos;s options; --version prints the version.
</source>
        <translation>
Lancez &apos;auditbench-cli COMMAND --help&apos; pour les options d&apos;une commande&#xa0;; --version affiche la version.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>auditbench-cli: unknown command &apos;%1&apos; (see auditbench-cli --help)</source>
        <translation>auditbench-cli: commande inconnue &apos;%1&apos; (voir auditbench-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentsCommand.cpp" line="13"/>
        <source>Lists the agents of the agent runtime exports in a workspace (JSON), sorted by id: id, name, status, owner, deployed_at, audit entries, connectors, drift events, the export they come from (the newest listing them) and their latest stored package.</source>
        <translation>Liste les agents des exports d&apos;exécution d&apos;agents d&apos;un espace de travail (JSON), triés par id&#xa0;: id, nom, statut, propriétaire, deployed_at, entrées d&apos;audit, connecteurs, événements de dérive, l&apos;export dont ils proviennent (le plus récent qui les liste) et leur dernier dossier stocké.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentsCommand.cpp" line="27"/>
        <source>List the agents of a workspace with their profile</source>
        <translation>Lister les agents d&apos;un espace de travail avec leur profil</translation>
    </message>
    <message>
        <location filename="../app/cli/BundlesCommand.cpp" line="14"/>
        <source>Lists the compliance bundle definitions imported into a workspace (name, framework, version, enabled, rule mappings, exported_at and the file they came from), in import order, as JSON.</source>
        <translation>Liste les définitions de bundles de conformité importées dans un espace de travail (nom, référentiel, version, activé, correspondances de règles, exported_at et fichier d&apos;origine), dans l&apos;ordre d&apos;importation, en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BundlesCommand.cpp" line="43"/>
        <source>List the compliance bundle definitions in a workspace</source>
        <translation>Lister les définitions de bundles de conformité d&apos;un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="13"/>
        <source>Checks a workspace (JSON): SQLite&apos;s integrity check, every stored original re-hashed, every stored record compared with the original (text and query columns), rows per source, duplicates, and every source, verification run and package matched against the activity-log entry that recorded it. Prints the activity log&apos;s head (rows and last hash) to compare with the one printed on reports. A gzip original imported with raised limits (--max-inflated-size, --max-inflated-ratio) is read again only with the same options; without them it is a check_incomplete finding.
Exit status: 0 intact, 1 findings (each with what and where), 2 the workspace cannot be opened.</source>
        <translation>Contrôle un espace de travail (JSON)&#xa0;: contrôle d&apos;intégrité de SQLite, chaque original stocké rehaché, chaque enregistrement stocké comparé à l&apos;original (texte et colonnes de requête), lignes par source, doublons, et chaque source, vérification et dossier rapprochés de l&apos;entrée du journal d&apos;activité qui l&apos;a enregistré. Affiche la tête du journal d&apos;activité (lignes et dernière empreinte) à comparer avec celle imprimée sur les rapports. Un original gzip importé avec des limites relevées (--max-inflated-size, --max-inflated-ratio) n&apos;est relu qu&apos;avec les mêmes options&#xa0;; sans elles, c&apos;est un constat check_incomplete.
Code de sortie&#xa0;: 0 intact, 1 constats (chacun avec quoi et où), 2 l&apos;espace de travail ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="24"/>
        <source>Leave out the integrity check and re-reading the originals (what verify --workspace checks before it trusts the workspace).</source>
        <translation>Omettre le contrôle d&apos;intégrité et la relecture des originaux (ce que verify --workspace contrôle avant de se fier à l&apos;espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="43"/>
        <source>Check a workspace for damage and tampering</source>
        <translation>Contrôler un espace de travail (dommages et falsification)</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="47"/>
        <source>Refuse a gzip file that inflates to more than SIZE bytes (K, M, G suffixes; default 2G).</source>
        <translation>Refuser un fichier gzip qui se décompresse en plus de SIZE octets (suffixes K, M, G&#xa0;; par défaut 2G).</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="49"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="51"/>
        <source>Refuse a gzip file that inflates to more than N times its size once past 16M (default 100; 0: no ratio limit).</source>
        <translation>Refuser un fichier gzip qui se décompresse en plus de N fois sa taille au-delà de 16M (par défaut 100&#xa0;; 0&#xa0;: aucune limite de rapport).</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="20"/>
        <source>auditbench-cli %1: --max-inflated-size &apos;%2&apos;: expected a size in bytes greater than 0, such as 4096, 512M or 4G</source>
        <translation>auditbench-cli %1: --max-inflated-size &apos;%2&apos;&#xa0;: taille en octets supérieure à 0 attendue, p. ex. 4096, 512M ou 4G</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="32"/>
        <source>auditbench-cli %1: --max-inflated-ratio &apos;%2&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli %1: --max-inflated-ratio &apos;%2&apos;&#xa0;: nombre entier de 0 ou plus attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="16"/>
        <source>The folder to write the portfolio into (created).</source>
        <translation>Le dossier dans lequel écrire le portefeuille (créé).</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="19"/>
        <source>Start of the period (RFC 3339), inclusive.</source>
        <translation>Début de la période (RFC 3339), inclus.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="21"/>
        <source>End of the period (RFC 3339), inclusive.</source>
        <translation>Fin de la période (RFC 3339), incluse.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="23"/>
        <source>Verify the agent runtime chain with this keyring first; every package cites the stored run.</source>
        <translation>Vérifier d&apos;abord la chaîne d&apos;exécution des agents avec ce trousseau de clés&#xa0;; chaque dossier cite la vérification stockée.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="27"/>
        <source>Also generate packages for agents that are not active.</source>
        <translation>Générer aussi des dossiers pour les agents inactifs.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="30"/>
        <source>An inherited-controls file extending or overriding the shipped one (e.g. with the provider&apos;s report period).</source>
        <translation>Un fichier de contrôles hérités qui étend ou remplace celui livré (p. ex. avec la période du rapport du fournisseur).</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="36"/>
        <source>A branding JSON file for portfolio.pdf.</source>
        <translation>Un fichier JSON de personnalisation pour portfolio.pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="44"/>
        <source>Builds the SOC 2 evidence portfolio of a workspace: verifies the agent runtime chain first when --keyring is given, generates a compliance package for every active agent (every agent with --include-inactive), lists the agents left out with their status, and writes DIR/portfolio.json, DIR/portfolio.pdf, DIR/oscal-assessment-results.json (OSCAL 1.1.2) with DIR/oscal-assessment-plan.json, and DIR/packages/. The portfolio and its packages are stored in the workspace as immutable records and logged. Prints the portfolio id and its content_sha256.</source>
        <translation>Constitue le portefeuille de preuves SOC 2 d&apos;un espace de travail&#xa0;: vérifie d&apos;abord la chaîne d&apos;exécution des agents si --keyring est indiqué, génère un dossier de conformité pour chaque agent actif (chaque agent avec --include-inactive), liste les agents écartés avec leur statut, et écrit DIR/portfolio.json, DIR/portfolio.pdf, DIR/oscal-assessment-results.json (OSCAL 1.1.2) avec DIR/oscal-assessment-plan.json, et DIR/packages/. Le portefeuille et ses dossiers sont stockés dans l&apos;espace de travail comme enregistrements immuables et journalisés. Affiche l&apos;id du portefeuille et son content_sha256.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="55"/>
        <source>auditbench-cli portfolio: expected --out DIR (see --help)</source>
        <translation>auditbench-cli portfolio: --out DIR attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="64"/>
        <source>auditbench-cli portfolio: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>auditbench-cli portfolio: --%1 &apos;%2&apos;&#xa0;: horodatage RFC 3339 attendu, p. ex. 2025-01-01T00:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="71"/>
        <source>auditbench-cli portfolio: --end is before --start</source>
        <translation>auditbench-cli portfolio: --end est antérieur à --start</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="95"/>
        <source>auditbench-cli portfolio: %1</source>
        <translation>auditbench-cli portfolio: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="116"/>
        <source>Build the SOC 2 evidence portfolio: a package per active agent, matrix, OSCAL, PDF</source>
        <translation>Constituer le portefeuille de preuves SOC 2&#xa0;: un dossier par agent actif, matrice, OSCAL, PDF</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="29"/>
        <source>auditbench-cli summary: cannot write %1: %2</source>
        <translation>auditbench-cli summary: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="48"/>
        <location filename="../app/cli/SummaryCommand.cpp" line="53"/>
        <source>auditbench-cli summary: %1</source>
        <translation>auditbench-cli summary: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="72"/>
        <source>The column counted by (rows): %1.</source>
        <translation>La colonne de décompte (lignes)&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="73"/>
        <location filename="../app/cli/SummaryCommand.cpp" line="75"/>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="75"/>
        <source>A second column (the pivot&apos;s columns).</source>
        <translation>Une seconde colonne (les colonnes du tableau croisé).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="77"/>
        <source>Across UTC months (the same as --across month).</source>
        <translation>Selon les mois UTC (identique à --across month).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="79"/>
        <source>json (default), csv, xlsx or pdf.</source>
        <translation>json (par défaut), csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="79"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="80"/>
        <source>The file to write (needed for xlsx and pdf).</source>
        <translation>Le fichier à écrire (nécessaire pour xlsx et pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="83"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="215"/>
        <source>pdf: branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation>pdf&#xa0;: JSON de personnalisation (organisation, logo, accent_colour, footer).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="84"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="216"/>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="88"/>
        <source>Counts the records the filters select by one column, optionally across a second column or across months: a pivot with row and column totals and the filter stated (in words and as JSON). JSON and CSV go to stdout or --out; xlsx and a printable pdf need --out, are logged in the activity log, and the command then prints what was written. Records without the value count under &quot;(none)&quot;.</source>
        <translation>Compte les enregistrements que les filtres sélectionnent selon une colonne, éventuellement croisée avec une seconde colonne ou avec les mois&#xa0;: un tableau croisé avec totaux de lignes et de colonnes et le filtre énoncé (en mots et en JSON). JSON et CSV vont vers stdout ou --out&#xa0;; xlsx et un pdf imprimable nécessitent --out, sont consignés dans le journal d&apos;activité, et la commande affiche alors ce qui a été écrit. Les enregistrements sans la valeur sont comptés sous &quot;(none)&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="101"/>
        <source>auditbench-cli summary: expected --by COLUMN (one of %1)</source>
        <translation>auditbench-cli summary: --by COLUMN attendu (l&apos;une de %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="103"/>
        <source>auditbench-cli summary: give --by-month or --across, not both</source>
        <translation>auditbench-cli summary: indiquez --by-month ou --across, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="112"/>
        <source>auditbench-cli summary: --format &apos;%1&apos;: expected json, csv, xlsx or pdf</source>
        <translation>auditbench-cli summary: --format &apos;%1&apos;&#xa0;: json, csv, xlsx ou pdf attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="115"/>
        <source>auditbench-cli summary: --format %1 writes a file: give it with --out FILE</source>
        <translation>auditbench-cli summary: --format %1 écrit un fichier&#xa0;: indiquez-le avec --out FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="132"/>
        <source>Count the records the filters select by a column, across another or by month (pivot)</source>
        <translation>Compter les enregistrements que les filtres sélectionnent selon une colonne, croisée avec une autre ou par mois (tableau croisé)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="13"/>
        <source>The auditor&apos;s Ed25519 public key (PEM) the pack must be signed with.</source>
        <translation>La clé publique Ed25519 (PEM) de l&apos;auditeur avec laquelle le lot doit être signé.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="15"/>
        <source>The evidence pack&apos;s folder.</source>
        <translation>Le dossier du lot de preuves.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="19"/>
        <source>Re-hashes every file of an evidence pack against MANIFEST.json, reports files missing, changed or added, and checks the Ed25519 signature (and that it was made with --public-key when given). Prints one line per problem.
Exit status: 0 intact, 1 not intact, 2 unusable input.</source>
        <translation>Rehache chaque fichier d&apos;un lot de preuves et le compare à MANIFEST.json, signale les fichiers manquants, modifiés ou ajoutés, et contrôle la signature Ed25519 (et qu&apos;elle a été faite avec --public-key s&apos;il est indiqué). Affiche une ligne par problème.
Code de sortie&#xa0;: 0 intact, 1 non intact, 2 entrée inutilisable.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="26"/>
        <source>auditbench-cli verify-pack: expected one DIR (see --help)</source>
        <translation>auditbench-cli verify-pack: un seul DIR attendu (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="46"/>
        <source>Check an evidence pack&apos;s files and signature</source>
        <translation>Contrôler les fichiers et la signature d&apos;un lot de preuves</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="29"/>
        <source>auditbench-cli workpaper: --%1 &apos;%2&apos;: expected %3</source>
        <translation>auditbench-cli workpaper: --%1 &apos;%2&apos;&#xa0;: %3 attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="45"/>
        <source>a sample id (see &apos;samples&apos;)</source>
        <translation>un id d&apos;échantillon (voir &apos;samples&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="53"/>
        <source>a percentage above 0 and below 100 such as 95</source>
        <translation>un pourcentage supérieur à 0 et inférieur à 100, tel que 95</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="56"/>
        <source>auditbench-cli workpaper create: --tolerable is required (e.g. --tolerable 5)</source>
        <translation>auditbench-cli workpaper create: --tolerable est obligatoire (p. ex. --tolerable 5)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="60"/>
        <source>a percentage above 0 with at most two decimals such as 5</source>
        <translation>un pourcentage supérieur à 0 avec au plus deux décimales, tel que 5</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="71"/>
        <source>an item number from 1 (as &apos;workpaper show&apos; numbers them)</source>
        <translation>un numéro d&apos;élément à partir de 1 (tel que &apos;workpaper show&apos; les numérote)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="75"/>
        <source>exception, no-exception or not-applicable</source>
        <translation>exception, no-exception ou not-applicable</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="80"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="163"/>
        <source>a version number from 1</source>
        <translation>un numéro de version à partir de 1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="94"/>
        <source>auditbench-cli workpaper %1: expected --out FILE</source>
        <translation>auditbench-cli workpaper %1: --out FILE attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="105"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="111"/>
        <source>auditbench-cli workpaper pdf: %1</source>
        <translation>auditbench-cli workpaper pdf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="119"/>
        <source>auditbench-cli workpaper: %1 has no workpaper %2</source>
        <translation>auditbench-cli workpaper: %1 ne contient pas de feuille de travail %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="144"/>
        <source>a workpaper id (see &apos;workpapers&apos;)</source>
        <translation>un id de feuille de travail (voir &apos;workpapers&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="170"/>
        <source>auditbench-cli workpaper: %1 has no workpaper %2%3</source>
        <translation>auditbench-cli workpaper: %1 ne contient pas de feuille de travail %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="173"/>
        <source> version %1</source>
        <translation> version %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="185"/>
        <source>create, record, review-note, sign, show, pdf or xlsx.</source>
        <translation>create, record, review-note, sign, show, pdf ou xlsx.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="187"/>
        <source>create: the sample tested (see &apos;samples&apos;).</source>
        <translation>create&#xa0;: l&apos;échantillon testé (voir &apos;samples&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="190"/>
        <source>create: a name for the workpaper (default: workpaper ID); sign: the signer&apos;s name.</source>
        <translation>create&#xa0;: un nom pour la feuille de travail (par défaut&#xa0;: ID de la feuille de travail)&#xa0;; sign&#xa0;: le nom du signataire.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="195"/>
        <source>create: the confidence for the upper deviation limit, in percent (default 95).</source>
        <translation>create&#xa0;: le niveau de confiance pour la limite supérieure d&apos;écart, en pourcentage (par défaut 95).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="198"/>
        <source>create: the tolerable deviation rate, in percent (e.g. 5).</source>
        <translation>create&#xa0;: le taux d&apos;écart tolérable, en pourcentage (p. ex. 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="201"/>
        <source>The workpaper (see &apos;workpapers&apos;).</source>
        <translation>La feuille de travail (voir &apos;workpapers&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="203"/>
        <source>record: the item, numbered from 1 in the sample&apos;s draw order.</source>
        <translation>record&#xa0;: l&apos;élément, numéroté à partir de 1 dans l&apos;ordre de tirage de l&apos;échantillon.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="206"/>
        <source>record: exception, no-exception or not-applicable.</source>
        <translation>record&#xa0;: exception, no-exception ou not-applicable.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="207"/>
        <source>record: the auditor&apos;s note; review-note: the note.</source>
        <translation>record&#xa0;: la note de l&apos;auditeur&#xa0;; review-note&#xa0;: la note.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="208"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="210"/>
        <source>record: change exactly this version (refused when it is signed or not the latest); show: this version instead of the latest.</source>
        <translation>record&#xa0;: modifier exactement cette version (refusé si elle est signée ou n&apos;est pas la dernière)&#xa0;; show&#xa0;: cette version au lieu de la dernière.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="212"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="213"/>
        <source>pdf, xlsx: the file to write.</source>
        <translation>pdf, xlsx&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="217"/>
        <source>sign: preparer or reviewer.</source>
        <translation>sign&#xa0;: preparer ou reviewer.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="217"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="219"/>
        <source>sign: the content SHA-256 (or its first 8+ digits) the signer read; refused when the workpaper differs.</source>
        <translation>sign&#xa0;: le SHA-256 du contenu (ou ses 8 premiers chiffres ou plus) que le signataire a lu&#xa0;; refusé si la feuille de travail diffère.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="225"/>
        <source>A tests-of-controls workpaper over a stored sample. Each action prints the workpaper (JSON): every item with its result, note and the record&apos;s details, the evaluation (deviation rate, upper deviation limit at the confidence, conclusion against the tolerable rate), review notes, sign-offs and content_sha256, the SHA-256 of the workpaper&apos;s canonical (RFC 8785) content that sign-offs bind.
create --sample ID --tolerable PCT [--confidence PCT] [--name NAME]
record --workpaper ID --item N --result exception|no-exception|not-applicable [--note TEXT] [--version V]
review-note --workpaper ID --note TEXT
sign --workpaper ID --role preparer|reviewer --name NAME [--sha256 HEX]
show --workpaper ID [--version V]
pdf --workpaper ID --out FILE.pdf [--version V] [--branding FILE.json]
xlsx --workpaper ID --out FILE.xlsx [--version V]
A signed version never changes: recording a result on it makes the next version, which needs signing again. The preparer signs when no item is pending; the reviewer, someone else, signs what the preparer signed. Every change, PDF and workbook is in the activity log.</source>
        <translation>Une feuille de travail de tests des contrôles sur un échantillon stocké. Chaque action affiche la feuille de travail (JSON)&#xa0;: chaque élément avec son résultat, sa note et les détails de l&apos;enregistrement, l&apos;évaluation (taux d&apos;écart, limite supérieure d&apos;écart au niveau de confiance, conclusion par rapport au taux tolérable), les notes de revue, les approbations et content_sha256, le SHA-256 du contenu canonique (RFC 8785) de la feuille de travail qu&apos;engagent les approbations.
create --sample ID --tolerable PCT [--confidence PCT] [--name NAME]
record --workpaper ID --item N --result exception|no-exception|not-applicable [--note TEXT] [--version V]
review-note --workpaper ID --note TEXT
sign --workpaper ID --role preparer|reviewer --name NAME [--sha256 HEX]
show --workpaper ID [--version V]
pdf --workpaper ID --out FILE.pdf [--version V] [--branding FILE.json]
xlsx --workpaper ID --out FILE.xlsx [--version V]
Une version signée ne change jamais&#xa0;: y enregistrer un résultat crée la version suivante, qui doit être signée à nouveau. Le préparateur signe lorsqu&apos;aucun élément n&apos;est en attente&#xa0;; le réviseur, une autre personne, signe ce que le préparateur a signé. Chaque modification, PDF et classeur figure dans le journal d&apos;activité.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="253"/>
        <source>auditbench-cli workpaper: expected one action: create, record, review-note, sign, show, pdf or xlsx (see --help)</source>
        <translation>auditbench-cli workpaper: une seule action attendue&#xa0;: create, record, review-note, sign, show, pdf ou xlsx (voir --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="267"/>
        <source>Tests-of-controls workpaper over a sample: results, conclusion, review notes, sign-off</source>
        <translation>Feuille de travail de tests des contrôles sur un échantillon&#xa0;: résultats, conclusion, notes de revue, approbation</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpapersCommand.cpp" line="12"/>
        <source>Lists the workpapers stored in a workspace, oldest first (JSON): id, name, sample, latest version, its content SHA-256, conclusion and sign-offs.</source>
        <translation>Liste les feuilles de travail stockées dans un espace de travail, de la plus ancienne à la plus récente (JSON)&#xa0;: id, nom, échantillon, dernière version, son SHA-256 de contenu, conclusion et approbations.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpapersCommand.cpp" line="44"/>
        <source>List the workpapers stored in a workspace</source>
        <translation>Lister les feuilles de travail stockées dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="19"/>
        <source>auditbench-cli %1: --kind &apos;%2&apos;: expected gateway, runtime or ocsf</source>
        <translation>auditbench-cli %1: --kind &apos;%2&apos;&#xa0;: gateway, runtime ou ocsf attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="30"/>
        <source>The record: a gateway record&apos;s id, a runtime entry&apos;s id or an OCSF event&apos;s metadata.uid.</source>
        <translation>L&apos;enregistrement&#xa0;: l&apos;id d&apos;un enregistrement de passerelle, l&apos;id d&apos;une entrée d&apos;exécution ou le metadata.uid d&apos;un événement OCSF.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="34"/>
        <source>What the record is: gateway (default), runtime or ocsf.</source>
        <translation>La nature de l&apos;enregistrement&#xa0;: gateway (par défaut), runtime ou ocsf.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="35"/>
        <location filename="../app/cli/NoteCommand.cpp" line="81"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="36"/>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="38"/>
        <source>A tag (repeatable): exception, follow-up or a tickmark of your own.</source>
        <translation>Une étiquette (répétable)&#xa0;: exception, follow-up ou une marque de pointage de votre choix.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="39"/>
        <location filename="../app/cli/NoteCommand.cpp" line="78"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="43"/>
        <source>Adds a note with tags to a record of a workspace, stored append-only with who and when and logged; a note on a record that has one supersedes it (the earlier note is kept). Prints the note (JSON).</source>
        <translation>Ajoute une note avec des étiquettes à un enregistrement d&apos;un espace de travail, stockée en ajout seul avec l&apos;auteur et la date, et journalisée&#xa0;; une note sur un enregistrement qui en a déjà une la remplace (la note antérieure est conservée). Affiche la note (JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="52"/>
        <source>auditbench-cli note: --record is required</source>
        <translation>auditbench-cli note: --record est requis</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="73"/>
        <source>Lists the notes on a workspace&apos;s records, oldest first (JSON {&quot;notes&quot;: [...]}): the current note of each record, or with --all every note including those a later one superseded.</source>
        <translation>Liste les notes sur les enregistrements d&apos;un espace de travail, de la plus ancienne à la plus récente (JSON {&quot;notes&quot;: [...]})&#xa0;: la note actuelle de chaque enregistrement, ou avec --all toutes les notes, y compris celles qu&apos;une note ultérieure a remplacées.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="78"/>
        <source>Only notes carrying this tag.</source>
        <translation>Seulement les notes portant cette étiquette.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="80"/>
        <source>Only notes on gateway, runtime or ocsf records.</source>
        <translation>Seulement les notes sur les enregistrements gateway, runtime ou ocsf.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="83"/>
        <source>Only notes on this record.</source>
        <translation>Seulement les notes sur cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="84"/>
        <source>Include superseded notes.</source>
        <translation>Inclure les notes remplacées.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="92"/>
        <source>auditbench-cli notes: --kind &apos;%1&apos;: expected gateway, runtime or ocsf</source>
        <translation>auditbench-cli notes: --kind &apos;%1&apos;&#xa0;: gateway, runtime ou ocsf attendu</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="113"/>
        <source>Add a note with tags to a record of a workspace</source>
        <translation>Ajouter une note avec des étiquettes à un enregistrement d&apos;un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="116"/>
        <source>List the notes on a workspace&apos;s records</source>
        <translation>Lister les notes sur les enregistrements d&apos;un espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.h" line="16"/>
        <source>The workspace file (*.auditbench).</source>
        <translation>Le fichier d’espace de travail (*.auditbench).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.h" line="18"/>
        <source>Open the workspace read-only (chosen by itself on read-only media): anything that would write to it fails.</source>
        <translation>Ouvrir l’espace de travail en lecture seule (choisi d’office sur un support en lecture seule) : toute écriture échoue.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Offline workbench for AI-platform audit evidence.</source>
        <translation>Atelier hors ligne pour les preuves d&apos;audit des plateformes d&apos;IA.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>The workspace to open (*.auditbench).</source>
        <translation>L&apos;espace de travail à ouvrir (*.auditbench).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Open the demo workspace (created on first run).</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration (créé au premier lancement).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Where the demo evidence lives (default demo-data).</source>
        <translation>Emplacement des preuves de démonstration (demo-data par défaut).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Import FILE into the workspace after opening it.</source>
        <translation>Importer FILE dans l&apos;espace de travail après l&apos;avoir ouvert.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Save a picture of every page into DIR and quit.</source>
        <translation>Enregistrer une image de chaque page dans DIR et quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Run in LANGUAGE (%1) without changing the setting.</source>
        <translation>Exécuter en LANGUAGE (%1) sans modifier le réglage.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
</context>
</TS>
