<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EvidenceReaderTr</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="58"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation>doppelter Mitgliedsname: jeder Name darf je Objekt nur einmal vorkommen</translation>
    </message>
</context>
<context>
    <name>RuntimeExportTr</name>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="171"/>
        <source>expected a JSON object (an agent runtime export)</source>
        <translation>JSON-Objekt erwartet (ein Export der Agenten-Laufzeit)</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="180"/>
        <source>expected an array for &quot;audit_entries&quot;</source>
        <translation>Array für &quot;audit_entries&quot; erwartet</translation>
    </message>
</context>
<context>
    <name>UnsavedWorkGuard</name>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="25"/>
        <source>%Ln unsaved questionnaire answer(s) in package %1</source>
        <translation>
            <numerusform>%Ln ungespeicherte Fragebogenantwort in Paket %1</numerusform>
            <numerusform>%Ln ungespeicherte Fragebogenantworten in Paket %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="27"/>
        <source>%Ln answer(s) in package %1 cannot be saved: no verdict is chosen, or an exception has no comment</source>
        <translation>
            <numerusform>%Ln Antwort in Paket %1 kann nicht gespeichert werden: kein Urteil gewählt oder eine Ausnahme ohne Kommentar</numerusform>
            <numerusform>%Ln Antworten in Paket %1 können nicht gespeichert werden: kein Urteil gewählt oder eine Ausnahme ohne Kommentar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="32"/>
        <source>%Ln unsaved workpaper result(s) in %1</source>
        <translation>
            <numerusform>%Ln ungespeichertes Arbeitspapier-Ergebnis in %1</numerusform>
            <numerusform>%Ln ungespeicherte Arbeitspapier-Ergebnisse in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="34"/>
        <source>%Ln workpaper result(s) in %1 cannot be saved</source>
        <translation>
            <numerusform>%Ln Arbeitspapier-Ergebnis in %1 kann nicht gespeichert werden</numerusform>
            <numerusform>%Ln Arbeitspapier-Ergebnisse in %1 können nicht gespeichert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="44"/>
        <source>Save All stores the complete ones and discards these; Cancel to complete them.</source>
        <translation>„Alle speichern“ speichert die vollständigen und verwirft diese; „Abbrechen“, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="45"/>
        <source>Discard them, or Cancel to complete them.</source>
        <translation>Verwerfen Sie sie, oder „Abbrechen“, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="65"/>
        <source>Unsaved work</source>
        <translation>Ungespeicherte Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="67"/>
        <source>Save All stores them as the Save buttons do (recorded in the activity log); Discard drops them.</source>
        <translation>„Alle speichern“ speichert sie wie die Speichern-Schaltflächen (im Aktivitätsprotokoll vermerkt); „Verwerfen“ verwirft sie.</translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="69"/>
        <source>Discard drops them.</source>
        <translation>„Verwerfen“ verwirft sie.</translation>
    </message>
</context>
<context>
    <name>ab::AgentsPage</name>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="22"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Agent ID</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Deployed at</source>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="32"/>
        <source>Drift events</source>
        <translation>Drift-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="32"/>
        <source>Latest package</source>
        <translation>Neuestes Paket</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="51"/>
        <source>Open a workspace to list its agents.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Agenten aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="58"/>
        <source>The agents could not be listed.</source>
        <translation>Die Agenten konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="70"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="77"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolio/AgentsPage.cpp" line="87"/>
        <source>%Ln agent(s), %1 active.</source>
        <translation>
            <numerusform>%Ln Agent, %1 aktiv.</numerusform>
            <numerusform>%Ln Agenten, %1 aktiv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="20"/>
        <source>Workpapers</source>
        <translation>Arbeitspapiere</translation>
    </message>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="21"/>
        <source>Gaps and Duplicates</source>
        <translation>Lücken und Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="22"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="20"/>
        <source>CSV, every column (*.csv)</source>
        <translation>CSV, alle Spalten (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="21"/>
        <source>JSON, the records as imported (*.json)</source>
        <translation>JSON, die Datensätze wie importiert (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="22"/>
        <source>NDJSON, one record per line (*.ndjson)</source>
        <translation>NDJSON, ein Datensatz je Zeile (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="26"/>
        <source>Export the visible records</source>
        <translation>Sichtbare Datensätze exportieren</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="52"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="129"/>
        <source>the workspace %1 is no longer open</source>
        <translation>der Arbeitsbereich %1 ist nicht mehr geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="133"/>
        <source>Exported, but the activity log could not record it: %1</source>
        <translation>Exportiert, aber das Aktivitätsprotokoll konnte den Export nicht erfassen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="74"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="101"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation>Exportiert, aber die Herkunftsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="155"/>
        <source>the search was stopped</source>
        <translation>die Suche wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="359"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="361"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="363"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="365"/>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="367"/>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="369"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="371"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="373"/>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="375"/>
        <source>Seq.</source>
        <translation>Lfd. Nr.</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="377"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="379"/>
        <source>Framework reference</source>
        <translation>Rahmenwerksreferenz</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="381"/>
        <source>Override reason</source>
        <translation>Grund der Übersteuerung</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="383"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="385"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="387"/>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="389"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogOcsfExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="15"/>
        <source>OCSF events, one per line (*.ndjson)</source>
        <translation>OCSF-Ereignisse, eines je Zeile (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="16"/>
        <source>OCSF events as a JSON array (*.json)</source>
        <translation>OCSF-Ereignisse als JSON-Array (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="19"/>
        <source>Export OCSF events</source>
        <translation>OCSF-Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="35"/>
        <source>Exporting OCSF</source>
        <translation>OCSF-Export läuft</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="62"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation>Exportiert, aber die Herkunftsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="68"/>
        <source>Exported %Ln OCSF event(s) to %1.</source>
        <translation>
            <numerusform>%Ln OCSF-Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%Ln OCSF-Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AuditLogTableMenus</name>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="49"/>
        <source>Export Visible Records…</source>
        <translation>Sichtbare Datensätze exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="52"/>
        <source>Export OCSF…</source>
        <translation>OCSF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="56"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>ab::AuditLogView</name>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="37"/>
        <source>Print Listing…</source>
        <translation>Liste drucken…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="38"/>
        <source>Preview Listing…</source>
        <translation>Listenvorschau…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="39"/>
        <source>Export Listing as PDF…</source>
        <translation>Liste als PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="61"/>
        <source>any user</source>
        <translation>jeder Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="62"/>
        <source>e.g. email,ssn</source>
        <translation>z. B. email,ssn</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="63"/>
        <source>Search the records&apos; JSON…</source>
        <translation>JSON der Datensätze durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="34"/>
        <source>Listin&amp;g</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="68"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="70"/>
        <source>Sa&amp;mple…</source>
        <translation>St&amp;ichprobe…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="76"/>
        <source>F&amp;ramework:</source>
        <translation>&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="77"/>
        <source>Ac&amp;tion:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="78"/>
        <source>&amp;Category:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="79"/>
        <source>&amp;Entity types:</source>
        <translation>&amp;Entitätstypen:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="80"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="82"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="121"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="122"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="151"/>
        <source>The charts could not be drawn: %1</source>
        <translation>Die Diagramme konnten nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="155"/>
        <source>The audit log filter could not be applied: %1</source>
        <translation>Der Filter des Prüfprotokolls konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="212"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="213"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="214"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="302"/>
        <source>Searching %1 records…</source>
        <translation>%1 Datensätze werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="304"/>
        <source>Filter failed (see Issues): %1 records not searched</source>
        <translation>Filter fehlgeschlagen (siehe Probleme): %1 Datensätze nicht durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="306"/>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="344"/>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="346"/>
        <source>Source: %1, record %2 of the file</source>
        <translation>Quelle: %1, Datensatz %2 der Datei</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="350"/>
        <source>Chain fields</source>
        <translation>Kettenfelder</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="355"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="358"/>
        <source>Record as imported</source>
        <translation>Datensatz wie importiert</translation>
    </message>
</context>
<context>
    <name>ab::AuditorDialog</name>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="17"/>
        <source>Who Is Auditing?</source>
        <translation>Wer prüft?</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="18"/>
        <source>Your name goes onto every import, verification, package and report this workbench records. It is asked once and can be changed in Settings.</source>
        <translation>Ihr Name wird bei allen Importen, Verifizierungen, Paketen und Berichten vermerkt, die diese Werkbank erfasst. Er wird einmal abgefragt und kann in den Einstellungen geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="35"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="36"/>
        <source>F&amp;irm:</source>
        <translation>&amp;Firma:</translation>
    </message>
</context>
<context>
    <name>ab::BundlesView</name>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Rule mappings</source>
        <translation>Regelzuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="25"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bundles/BundlesView.cpp" line="83"/>
        <source>%Ln bundle(s), %1 enabled</source>
        <translation>
            <numerusform>%Ln Bundle, %1 aktiviert</numerusform>
            <numerusform>%Ln Bundles, %1 aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="96"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="96"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ab::ChainInput</name>
    <message>
        <location filename="../core/chain/ChainInput.cpp" line="30"/>
        <source>the file was changed (truncated or rewritten) while it was being verified: nothing from this run can be trusted; verify it again</source>
        <translation>die Datei wurde während der Prüfung geändert (gekürzt oder überschrieben): nichts aus diesem Lauf ist verlässlich; prüfen Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>ab::ChainVerifier</name>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="161"/>
        <source>a record larger than 4 GiB: expected smaller records</source>
        <translation>ein Datensatz größer als 4 GiB: kleinere Datensätze erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="264"/>
        <source>Parsing and authenticating records</source>
        <translation>Datensätze werden gelesen und authentifiziert</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="121"/>
        <source>Checking the chain</source>
        <translation>Kette wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="361"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>ab::ComplianceData</name>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="27"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation>die mit AuditBench ausgelieferten Daten fehlen (Build-Fehler)</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="38"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="41"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="65"/>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="78"/>
        <source>%1[%2]: expected a non-empty &quot;%3&quot;</source>
        <translation>%1[%2]: nicht leeres &quot;%3&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="146"/>
        <source>cannot read the sub-processor registry (%1)</source>
        <translation>das Register der Unterauftragsverarbeiter kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="189"/>
        <source>mappings[%1]: expected &quot;action_type&quot; and a non-empty &quot;controls&quot; array of criterion ids</source>
        <translation>mappings[%1]: &quot;action_type&quot; und ein nicht leeres Array &quot;controls&quot; mit Kriteriums-IDs erwartet</translation>
    </message>
</context>
<context>
    <name>ab::CoverageTimeline</name>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="66"/>
        <source>Coverage time line</source>
        <translation>Zeitleiste der Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="112"/>
        <source>Requested period %1 to %2.</source>
        <translation>Angefragter Zeitraum %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="113"/>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="114"/>
        <source>No period requested: the whole export.</source>
        <translation>Kein Zeitraum angefragt: der gesamte Export.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="115"/>
        <source>Covered by the records from %1 to %2.</source>
        <translation>Abgedeckt durch die Datensätze von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="117"/>
        <source>No record verified.</source>
        <translation>Kein Datensatz verifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="119"/>
        <source>Coverage complete: no gap longer than %1 h.</source>
        <translation>Abdeckung vollständig: keine Lücke länger als %1 h.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="121"/>
        <source>Not covered: %1.</source>
        <translation>Nicht abgedeckt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="124"/>
        <source>Use the arrow keys to choose a gap and Enter to show the record after it.</source>
        <translation>Mit den Pfeiltasten eine Lücke wählen, mit der Eingabetaste den Datensatz danach anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="171"/>
        <source>Gap %1 of %2: %3 (%4 s) without a record
after %5 at %6
before %7 at %8
Click (or Enter) to show the record after the gap.</source>
        <translation>Lücke %1 von %2: %3 (%4 s) ohne Datensatz
nach %5 um %6
vor %7 um %8
Klicken (oder Eingabetaste), um den Datensatz nach der Lücke anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="193"/>
        <source>No evidence from %1 to %2: the period starts more than %3 h before the first record.</source>
        <translation>Kein Nachweis von %1 bis %2: der Zeitraum beginnt mehr als %3 h vor dem ersten Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="197"/>
        <source>No evidence from %1 to %2: the last record is more than %3 h before the period end.</source>
        <translation>Kein Nachweis von %1 bis %2: der letzte Datensatz liegt mehr als %3 h vor dem Ende des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="200"/>
        <source>Covered: records from %1 to %2.</source>
        <translation>Abgedeckt: Datensätze von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="305"/>
        <source>covered by records</source>
        <translation>durch Datensätze abgedeckt</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="306"/>
        <source>gap / no evidence</source>
        <translation>Lücke / kein Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="312"/>
        <source>requested period</source>
        <translation>angefragter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="320"/>
        <source>No record verified: nothing to show.</source>
        <translation>Kein Datensatz verifiziert: nichts anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="339"/>
        <source>no evidence</source>
        <translation>kein Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="424"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>first record %1</source>
        <translation>erster Datensatz %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>last record %1</source>
        <translation>letzter Datensatz %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="438"/>
        <source>period from %1</source>
        <translation>Zeitraum ab %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="438"/>
        <source>period to %1</source>
        <translation>Zeitraum bis %1</translation>
    </message>
</context>
<context>
    <name>ab::DemoDataGenerator</name>
    <message>
        <location filename="../demo/AgentRuntimeExport.cpp" line="257"/>
        <source>Writing agent runtime audit entries</source>
        <translation>Prüfpfadeinträge der Agenten-Laufzeit werden geschrieben</translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="38"/>
        <source>--records %1: expected at least %2 records</source>
        <translation>--records %1: mindestens %2 Datensätze erwartet</translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="43"/>
        <source>--records %1: expected at most 1000000000 records</source>
        <translation>--records %1: höchstens 1000000000 Datensätze erwartet</translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="45"/>
        <source>%1: cannot create the output directory</source>
        <translation>%1: das Ausgabeverzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../demo/GatewayAuditLog.cpp" line="121"/>
        <source>Writing gateway audit records</source>
        <translation>Prüfdatensätze des Gateways werden geschrieben</translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="24"/>
        <source>%1: cannot create the file</source>
        <translation>%1: Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="51"/>
        <location filename="../demo/OutFile.h" line="61"/>
        <source>%1: cannot write (disk full?)</source>
        <translation>%1: kann nicht schreiben (Datenträger voll?)</translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="67"/>
        <source>%1: cannot rename to %2</source>
        <translation>%1: kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>ab::DfdRenderer</name>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="157"/>
        <source>Graphviz could not create a graph</source>
        <translation>Graphviz konnte keinen Graphen anlegen</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="293"/>
        <source>could not open a memory stream for the DOT text</source>
        <translation>für den DOT-Text konnte kein Speicherstrom geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="299"/>
        <source>Graphviz could not write the DOT text</source>
        <translation>Graphviz konnte den DOT-Text nicht schreiben</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="310"/>
        <source>Graphviz could not create a context</source>
        <translation>Graphviz konnte keinen Kontext anlegen</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="313"/>
        <source>Graphviz could not lay out the diagram with the dot engine (is the dot layout plugin installed and registered in config6?)</source>
        <translation>Graphviz konnte das Diagramm nicht mit der dot-Engine setzen (ist das dot-Layout-Plugin installiert und in config6 registriert?)</translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="325"/>
        <source>Graphviz could not render the diagram as SVG</source>
        <translation>Graphviz konnte das Diagramm nicht als SVG ausgeben</translation>
    </message>
</context>
<context>
    <name>ab::DfdView</name>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="120"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="123"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="126"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="129"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="130"/>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="132"/>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="133"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="134"/>
        <source>Export DOT…</source>
        <translation>DOT exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="144"/>
        <source>No data-flow diagram: generate or open a package.</source>
        <translation>Kein Datenflussdiagramm: ein Paket erzeugen oder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="157"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="210"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="211"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="212"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="213"/>
        <source>Export the data-flow diagram</source>
        <translation>Datenflussdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="223"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ab::DropZone</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="124"/>
        <source>Drop export files here: you choose whether to create a workspace and import them, or only verify their chains without keeping them.</source>
        <translation>Exportdateien hier ablegen: Sie wählen, ob ein Arbeitsbereich angelegt und sie importiert werden oder ob nur ihre Ketten geprüft werden, ohne sie aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>ab::Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="17"/>
        <location filename="../core/common/Error.cpp" line="23"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>ab::EventCharts</name>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="54"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="68"/>
        <source>events per month</source>
        <translation>Ereignisse je Monat</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="68"/>
        <source>events per week</source>
        <translation>Ereignisse je Woche</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="94"/>
        <source>Enforcement events by action</source>
        <translation>Durchsetzungsereignisse nach Aktion</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="95"/>
        <source>Enforcement events by framework</source>
        <translation>Durchsetzungsereignisse nach Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="129"/>
        <source>Counting enforcement events…</source>
        <translation>Durchsetzungsereignisse werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="147"/>
        <source>the counting was stopped</source>
        <translation>die Zählung wurde angehalten</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="154"/>
        <source>No enforcement events under the current filter.</source>
        <translation>Keine Durchsetzungsereignisse unter dem aktuellen Filter.</translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="162"/>
        <location filename="../ui/auditlog/EventCharts.cpp" line="163"/>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ab::EvidenceListing</name>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="46"/>
        <source>all records (no period set)</source>
        <translation>alle Datensätze (kein Zeitraum festgelegt)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="127"/>
        <source>Evidence listing: %1</source>
        <translation>Nachweisliste: %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="132"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="133"/>
        <location filename="../core/report/EvidenceListing.cpp" line="146"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="137"/>
        <source>Evidence Listing</source>
        <translation>Nachweisliste</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="139"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="140"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="141"/>
        <location filename="../core/report/EvidenceListing.cpp" line="201"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="143"/>
        <location filename="../core/report/EvidenceListing.cpp" line="175"/>
        <source>Overrides</source>
        <translation>Übersteuerungen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="145"/>
        <location filename="../core/report/EvidenceListing.cpp" line="189"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="147"/>
        <source>Printed by</source>
        <translation>Gedruckt von</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="149"/>
        <source>Printed at</source>
        <translation>Gedruckt am</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="154"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/EvidenceListing.cpp" line="155"/>
        <source>%n record(s) match the filter.</source>
        <translation>
            <numerusform>%n Datensatz entspricht dem Filter.</numerusform>
            <numerusform>%n Datensätze entsprechen dem Filter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="156"/>
        <location filename="../core/report/EvidenceListing.cpp" line="158"/>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="161"/>
        <source>Frequency per month</source>
        <translation>Häufigkeit pro Monat</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="166"/>
        <source>No record with a time: nothing to chart by %1.</source>
        <translation>Kein Datensatz mit Zeitangabe: nichts nach %1 darzustellen.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="170"/>
        <source>Records per month by %1</source>
        <translation>Datensätze pro Monat nach %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="171"/>
        <source>Records per month (UTC) by %1</source>
        <translation>Datensätze pro Monat (UTC) nach %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="177"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="45"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="122"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="178"/>
        <location filename="../core/report/EvidenceListing.cpp" line="191"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="46"/>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="179"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="51"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="95"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="180"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="183"/>
        <source>No override among these records.</source>
        <translation>Keine Übersteuerung unter diesen Datensätzen.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="192"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="193"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="194"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="195"/>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="198"/>
        <source>No note on these records.</source>
        <translation>Keine Notiz zu diesen Datensätzen.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="204"/>
        <source>No record matches the filter.</source>
        <translation>Kein Datensatz entspricht dem Filter.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="250"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="42"/>
        <source>Gateway audit records</source>
        <translation>Prüfdatensätze des Gateways</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="43"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="87"/>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="44"/>
        <source>framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="47"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="92"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="48"/>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="49"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="93"/>
        <source>Framework reference</source>
        <translation>Rahmenwerksreferenz</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="50"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="94"/>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="52"/>
        <source>Rule / policy</source>
        <translation>Regel / Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="53"/>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="54"/>
        <source>Override justification</source>
        <translation>Begründung der Übersteuerung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="86"/>
        <source>OCSF events</source>
        <translation>OCSF-Ereignisse</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="88"/>
        <source>framework reference</source>
        <translation>Rahmenwerksreferenz</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="89"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="90"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="91"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="96"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="97"/>
        <source>metadata.uid</source>
        <translation>metadata.uid</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="119"/>
        <source>Agent runtime entries</source>
        <translation>Einträge der Agenten-Laufzeit</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="120"/>
        <source>action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="121"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="122"/>
        <source>Entry id</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="123"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="123"/>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="124"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="124"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="125"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="125"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>ab::EvidencePackReport</name>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="39"/>
        <source>all records of the period</source>
        <translation>alle Datensätze des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="45"/>
        <source>Pre-examination checklist</source>
        <translation>Checkliste vor der Prüfung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="47"/>
        <source>Computed from the workspace when the pack was made (checklist.json holds the same items). Statuses: done, open (to be completed or explained), failed.</source>
        <translation>Beim Erstellen des Pakets aus dem Arbeitsbereich berechnet (checklist.json enthält dieselben Punkte). Status: erledigt, offen (zu vervollständigen oder zu erläutern), fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="57"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="59"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="160"/>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="60"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="61"/>
        <source>Evidence needed from</source>
        <translation>Nachweise benötigt ab</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="62"/>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="64"/>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="66"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="85"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="164"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="66"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="78"/>
        <source>Chain verification for the period</source>
        <translation>Kettenverifizierung für den Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="81"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="122"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="82"/>
        <source>Events checked</source>
        <translation>Geprüfte Ereignisse</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="83"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="84"/>
        <source>MACs verified</source>
        <translation>MACs verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="85"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="164"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="86"/>
        <source>Head HMAC</source>
        <translation>Kopf-HMAC</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="95"/>
        <source>Files by framework</source>
        <translation>Dateien nach Rahmenwerk</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="97"/>
        <source>Each query file holds the records the query selects in the period, exactly as imported; SHA-256 shows the first 16 hex digits (SHA256SUMS has them in full).</source>
        <translation>Jede Abfragedatei enthält die Datensätze, die die Abfrage im Zeitraum auswählt, genau wie importiert; SHA-256 zeigt die ersten 16 Hexziffern (SHA256SUMS enthält sie vollständig).</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="102"/>
        <source>File and title</source>
        <translation>Datei und Titel</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="103"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="104"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="124"/>
        <source>Records</source>
        <translation>Datensätze</translation>
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
        <translation>Kettenverifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="117"/>
        <source>%1 (folder %2/)</source>
        <translation>%1 (Ordner %2/)</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="120"/>
        <source>Other files</source>
        <translation>Weitere Dateien</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="123"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="134"/>
        <source>Override exceptions</source>
        <translation>Übersteuerungs-Abweichungen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="136"/>
        <source>%1 allow_with_override record(s) in the period; %2 without an override_reason or a user identity.</source>
        <translation>%1 Datensätze mit allow_with_override im Zeitraum; %2 ohne override_reason oder Benutzeridentität.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="141"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="142"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="143"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="144"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="145"/>
        <source>None: every override carries a reason and a user.</source>
        <translation>Keine: jede Übersteuerung hat eine Begründung und einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="151"/>
        <source>user identity</source>
        <translation>Benutzeridentität</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="157"/>
        <source>Compliance bundles</source>
        <translation>Compliance-Bundles</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="159"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="161"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="162"/>
        <source>No compliance bundle export was imported.</source>
        <translation>Es wurde kein Export von Compliance-Bundles importiert.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="177"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="178"/>
        <source>Examination Evidence Pack</source>
        <translation>Nachweispaket für die Prüfung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="179"/>
        <source>Evidence pack, period %1</source>
        <translation>Nachweispaket, Zeitraum %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="182"/>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="183"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="197"/>
        <source>Files digest</source>
        <translation>Digest der Dateien</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="192"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="193"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="194"/>
        <source>Frameworks</source>
        <translation>Rahmenwerke</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="195"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="195"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="196"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="198"/>
        <source>Signing key SHA-256</source>
        <translation>SHA-256 des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="199"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
</context>
<context>
    <name>ab::EvidencePackReportGuide</name>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="21"/>
        <source>Talking points for the examination</source>
        <translation>Gesprächspunkte für die Prüfung</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="23"/>
        <source>Could the audit log have been altered?</source>
        <translation>Könnte das Prüfprotokoll verändert worden sein?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="24"/>
        <source>Each record carries an HMAC-SHA256 over its content and the previous record&apos;s HMAC. Changing, removing or reordering a record breaks the chain, whoever has database access. The chain in this pack was re-verified offline by the auditor with the auditor&apos;s own copy of the keys, not by asking the platform.</source>
        <translation>Jeder Datensatz trägt einen HMAC-SHA256 über seinen Inhalt und den HMAC des vorigen Datensatzes. Wer einen Datensatz ändert, entfernt oder umordnet, bricht die Kette, gleich wer Datenbankzugriff hat. Die Kette in diesem Paket wurde vom Prüfer offline mit seiner eigenen Kopie der Schlüssel erneut verifiziert, nicht durch eine Anfrage an die Plattform.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="29"/>
        <source>Does the audit log itself hold sensitive data?</source>
        <translation>Enthält das Prüfprotokoll selbst sensible Daten?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="30"/>
        <source>Records keep what was detected (an entity type such as credit_card) and what was done (block, redact), not the matched text; prompts and completions are not logged. The one free text kept is the justification a user writes when overriding a policy.</source>
        <translation>Datensätze halten fest, was erkannt wurde (einen Entitätstyp wie credit_card) und was getan wurde (block, redact), nicht den gefundenen Text; Prompts und Antworten werden nicht protokolliert. Der einzige gespeicherte Freitext ist die Begründung, die ein Benutzer beim Übersteuern einer Richtlinie schreibt.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="34"/>
        <source>Were controls operating all period, not only at audit time?</source>
        <translation>Waren die Kontrollen den ganzen Zeitraum wirksam, nicht nur zum Prüfungszeitpunkt?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="35"/>
        <source>Events are written when each request is handled. The coverage section shows whether the verified records span the whole period without long silences; the OCSF export, when included, is the same stream a SIEM receives.</source>
        <translation>Ereignisse werden geschrieben, wenn die jeweilige Anfrage bearbeitet wird. Der Abschnitt zur Abdeckung zeigt, ob die verifizierten Datensätze den ganzen Zeitraum ohne lange Pausen umfassen; der OCSF-Export, sofern enthalten, ist derselbe Strom, den ein SIEM erhält.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="39"/>
        <source>What happens when a user overrides a policy?</source>
        <translation>Was geschieht, wenn ein Benutzer eine Richtlinie übersteuert?</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="40"/>
        <source>A block cannot be overridden. Where a policy allows an override, the user must give a reason, and the reason and the user&apos;s identity are logged before the request proceeds. The override exceptions section lists every override record lacking either.</source>
        <translation>Eine Sperre kann nicht übersteuert werden. Wo eine Richtlinie eine Übersteuerung erlaubt, muss der Benutzer eine Begründung angeben, und Begründung und Identität des Benutzers werden protokolliert, bevor die Anfrage fortgesetzt wird. Der Abschnitt zu Übersteuerungs-Abweichungen listet jeden Übersteuerungs-Datensatz auf, dem eines davon fehlt.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="52"/>
        <source>Checking this pack</source>
        <translation>Dieses Paket prüfen</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="53"/>
        <source>Nothing here needs AuditBench. In the pack&apos;s folder, check every file against SHA256SUMS (each line must end in OK):</source>
        <translation>Hierfür wird AuditBench nicht benötigt. Prüfen Sie im Ordner des Pakets jede Datei gegen SHA256SUMS (jede Zeile muss mit OK enden):</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="57"/>
        <source>Check that MANIFEST.json is the one the auditor signed (the tool prints &quot;Signature Verified Successfully&quot;):</source>
        <translation>Prüfen Sie, dass MANIFEST.json die vom Prüfer signierte Datei ist (das Werkzeug gibt &quot;Signature Verified Successfully&quot; aus):</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="62"/>
        <source>Check that signing-key.pub.pem is the auditor&apos;s key: its SHA-256 must equal the signing key SHA-256 on the cover, obtained from the auditor separately:</source>
        <translation>Prüfen Sie, dass signing-key.pub.pem der Schlüssel des Prüfers ist: sein SHA-256 muss dem SHA-256 des Signaturschlüssels auf dem Deckblatt entsprechen, den Sie gesondert vom Prüfer erhalten haben:</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="66"/>
        <source>This pack is not signed: its integrity rests on SHA256SUMS reaching you unaltered.</source>
        <translation>Dieses Paket ist nicht signiert: seine Integrität beruht darauf, dass SHA256SUMS Sie unverändert erreicht.</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="71"/>
        <source>This report is one of the pack&apos;s files, so it cannot name MANIFEST.json&apos;s own SHA-256. It names the files digest instead: the SHA-256 of the SHA256SUMS lines of every file except report.pdf and MANIFEST.json. Recompute it with:</source>
        <translation>Dieser Bericht ist selbst eine Datei des Pakets und kann daher den SHA-256 von MANIFEST.json nicht nennen. Er nennt stattdessen den Digest der Dateien: den SHA-256 der SHA256SUMS-Zeilen aller Dateien außer report.pdf und MANIFEST.json. Berechnen Sie ihn neu mit:</translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="76"/>
        <source>Then check that MANIFEST.json lists the same files and hashes. AuditBench users can run all of this at once: auditbench-cli verify-pack FOLDER --public-key KEY.pem</source>
        <translation>Prüfen Sie dann, dass MANIFEST.json dieselben Dateien und Hashes auflistet. Benutzer von AuditBench können all das auf einmal ausführen: auditbench-cli verify-pack FOLDER --public-key KEY.pem</translation>
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
        <translation>Laufzeit</translation>
    </message>
</context>
<context>
    <name>ab::EvidenceReader</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="199"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="279"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="406"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="253"/>
        <source>expected end of input after the %1 object</source>
        <translation>Ende der Eingabe nach dem Objekt %1 erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="315"/>
        <source>compliance package: expected string members &quot;package_id&quot; and &quot;agent_id&quot;</source>
        <translation>Compliance-Paket: String-Mitglieder &quot;package_id&quot; und &quot;agent_id&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="351"/>
        <source>expected a compliance bundle object with &quot;regulatory_framework&quot; and a &quot;seed_rule_mappings&quot; array</source>
        <translation>Compliance-Bundle-Objekt mit &quot;regulatory_framework&quot; und einem Array &quot;seed_rule_mappings&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="424"/>
        <source>OCSF class_uid %1 is not supported: expected 2001, 2003, 2004, 3001 or 3002</source>
        <translation>OCSF-class_uid %1 wird nicht unterstützt: erwartet 2001, 2003, 2004, 3001 oder 3002</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="427"/>
        <source>expected an OCSF v1.1 event with an integer &quot;class_uid&quot;</source>
        <translation>OCSF-v1.1-Ereignis mit ganzzahliger &quot;class_uid&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="470"/>
        <source>not a recognised evidence file: expected a gateway audit export (records with hmac_key_id, previous_hmac, hmac), an agent runtime export or compliance package (&quot;format&quot; member), compliance bundles (regulatory_framework, seed_rule_mappings) or OCSF v1.1 events (class_uid)</source>
        <translation>keine erkannte Nachweisdatei: erwartet ein Audit-Export des Gateways (Datensätze mit hmac_key_id, previous_hmac, hmac), ein Export der Agenten-Laufzeit oder ein Compliance-Paket (Mitglied &quot;format&quot;), Compliance-Bundles (regulatory_framework, seed_rule_mappings) oder OCSF-v1.1-Ereignisse (class_uid)</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="552"/>
        <source>agent runtime export</source>
        <translation>Export der Agenten-Laufzeit</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="557"/>
        <source>compliance package</source>
        <translation>Compliance-Paket</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="566"/>
        <source>&quot;format&quot;: &quot;%1&quot; is not a format AuditBench imports: expected &quot;arx-runtime-export&quot; or &quot;arx-compliance-package&quot;</source>
        <translation>&quot;format&quot;: &quot;%1&quot; ist kein Format, das AuditBench importiert: erwartet &quot;arx-runtime-export&quot; oder &quot;arx-compliance-package&quot;</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="594"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="603"/>
        <source>expected a compliance package object, found no data</source>
        <translation>Compliance-Paket-Objekt erwartet, keine Daten gefunden</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="607"/>
        <source>expected a compliance package object</source>
        <translation>Compliance-Paket-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>ab::ExaminationView</name>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="42"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="45"/>
        <source>Period (UTC):</source>
        <translation>Zeitraum (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="57"/>
        <source>Frameworks in scope:</source>
        <translation>Rahmenwerke im Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="58"/>
        <source>Keyring:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="58"/>
        <source>Keyring (*.json)</source>
        <translation>Schlüsselbund (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="59"/>
        <source>Signing key (Ed25519 PEM):</source>
        <translation>Signaturschlüssel (Ed25519 PEM):</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="60"/>
        <source>PEM key (*.pem)</source>
        <translation>PEM-Schlüssel (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="62"/>
        <source>Policy chain export:</source>
        <translation>Export der Richtlinienkette:</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="62"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="63"/>
        <source>Include the period&apos;s records as OCSF 1.1</source>
        <translation>Die Datensätze des Zeitraums als OCSF 1.1 beifügen</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="69"/>
        <source>Pre-examination checklist (computed from the workspace):</source>
        <translation>Checkliste vor der Prüfung (aus dem Arbeitsbereich berechnet):</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="83"/>
        <source>Build pack…</source>
        <translation>Paket erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="85"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="87"/>
        <source>Verify a pack…</source>
        <translation>Ein Paket verifizieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/examination/ExaminationView.cpp" line="180"/>
        <source>Computed from workspace %1 (%Ln source(s)); chain: %2</source>
        <translation>
            <numerusform>Berechnet aus Arbeitsbereich %1 (%Ln Quelle); Kette: %2</numerusform>
            <numerusform>Berechnet aus Arbeitsbereich %1 (%Ln Quellen); Kette: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="183"/>
        <source>no stored verification run of this period (the build verifies)</source>
        <translation>kein gespeicherter Verifizierungslauf für diesen Zeitraum (die Erstellung verifiziert)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="184"/>
        <source>stored verification run %1 of this period</source>
        <translation>gespeicherter Verifizierungslauf %1 für diesen Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="201"/>
        <source>Signing key passphrase</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="202"/>
        <source>Passphrase for %1 (used once, never stored):</source>
        <translation>Passphrase für %1 (einmal verwendet, nie gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="238"/>
        <source>Build cancelled: the signing key needs its passphrase.</source>
        <translation>Erstellung abgebrochen: der Signaturschlüssel braucht seine Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="251"/>
        <source>Building the evidence pack</source>
        <translation>Nachweispaket wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="255"/>
        <source>Building %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="271"/>
        <source>Pack written to %1</source>
        <translation>Paket nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="274"/>
        <source>Cancelled: no pack was written.</source>
        <translation>Abgebrochen: es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="288"/>
        <source>Evidence pack folder (new or empty)</source>
        <translation>Ordner des Nachweispakets (neu oder leer)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="39"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="40"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ab::ExportReader</name>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="88"/>
        <source>expected a record object</source>
        <translation>Datensatz-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="310"/>
        <source>expected a JSON array, a page object or NDJSON records, found no data</source>
        <translation>JSON-Array, Seitenobjekt oder NDJSON-Datensätze erwartet, keine Daten gefunden</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="325"/>
        <source>expected end of input after the JSON value</source>
        <translation>Ende der Eingabe nach dem JSON-Wert erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="331"/>
        <source>expected &apos;[&apos; or &apos;{&apos; (a JSON array, a page object or NDJSON records)</source>
        <translation>&apos;[&apos; oder &apos;{&apos; erwartet (ein JSON-Array, ein Seitenobjekt oder NDJSON-Datensätze)</translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="355"/>
        <source>expected a record object or a page object</source>
        <translation>Datensatz-Objekt oder Seitenobjekt erwartet</translation>
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
        <translation>&amp;Lücken und Duplikate finden</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="23"/>
        <source>&amp;Jump to Record</source>
        <translation>&amp;Zum Datensatz springen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="26"/>
        <source>Silences longer than:</source>
        <translation>Pausen länger als:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="40"/>
        <location filename="../ui/analytics/GapsPanel.cpp" line="125"/>
        <source>Describes the records as stored; it needs no keyring and proves nothing.</source>
        <translation>Beschreibt die Datensätze wie gespeichert; braucht keinen Schlüsselbund und beweist nichts.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="103"/>
        <source>Sequence gap</source>
        <translation>Sequenzlücke</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="103"/>
        <location filename="../ui/analytics/GapsPanel.cpp" line="112"/>
        <source>all sources</source>
        <translation>alle Quellen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="105"/>
        <source>sequence %1 missing</source>
        <translation>Sequenz %1 fehlt</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="106"/>
        <source>sequences %1 to %2 missing (%3)</source>
        <translation>Sequenzen %1 bis %2 fehlen (%3)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="112"/>
        <source>Time gap</source>
        <translation>Zeitlücke</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="113"/>
        <source>%1 to %2: %3 h</source>
        <translation>%1 bis %2: %3 h</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="118"/>
        <source>%1 #%2 (%3…)</source>
        <translation>%1 #%2 (%3…)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="119"/>
        <source>Duplicate id</source>
        <translation>Doppelte ID</translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="120"/>
        <source>different content: %1</source>
        <translation>abweichender Inhalt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/GapsPanel.cpp" line="122"/>
        <source>%Ln gap(s) found</source>
        <translation>
            <numerusform>%Ln Lücke gefunden</numerusform>
            <numerusform>%Ln Lücken gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/GapsPanel.cpp" line="123"/>
        <source>%Ln duplicated id(s)</source>
        <translation>
            <numerusform>%Ln doppelte ID</numerusform>
            <numerusform>%Ln doppelte IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ImportChoiceDialog</name>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="60"/>
        <source>Import without a workspace</source>
        <translation>Import ohne Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="62"/>
        <source>No workspace is open. Create one and import these files into it, or only verify the chain files among them (nothing is stored).</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Legen Sie einen an und importieren Sie diese Dateien hinein, oder verifizieren Sie nur die Kettendateien darunter (es wird nichts gespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="73"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="78"/>
        <source>New &amp;workspace:</source>
        <translation>Neuer &amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="82"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="89"/>
        <source>&amp;Create workspace and import</source>
        <translation>Arbeitsbereich anlegen und &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="93"/>
        <source>&amp;Only verify the chain files (%1 of %Ln)</source>
        <translation>
            <numerusform>Nur die Kettendateien &amp;verifizieren (%1 von %Ln)</numerusform>
            <numerusform>Nur die Kettendateien &amp;verifizieren (%1 von %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="96"/>
        <source>Gateway audit exports go to the Verification page; the other files are left out (they can only be imported).</source>
        <translation>Audit-Exporte des Gateways gehen auf die Seite Verifizierung; die anderen Dateien werden ausgelassen (sie können nur importiert werden).</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="98"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="109"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="110"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation>AuditBench-Arbeitsbereich (*.auditbench)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="141"/>
        <source>gateway audit export (a chain)</source>
        <translation>Audit-Export des Gateways (eine Kette)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="143"/>
        <source>agent runtime export (import only)</source>
        <translation>Export der Agenten-Laufzeit (nur Import)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="145"/>
        <source>compliance package (import only)</source>
        <translation>Compliance-Paket (nur Import)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="147"/>
        <source>compliance bundles (import only)</source>
        <translation>Compliance-Bundles (nur Import)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="149"/>
        <source>OCSF events (import only)</source>
        <translation>OCSF-Ereignisse (nur Import)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="150"/>
        <source>not recognised (the import will say why)</source>
        <translation>nicht erkannt (der Import nennt den Grund)</translation>
    </message>
</context>
<context>
    <name>ab::InflateLimitsBox</name>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="27"/>
        <source>Compressed evidence (gzip)</source>
        <translation>Komprimierte Nachweise (gzip)</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="38"/>
        <source>Largest &amp;inflated size:</source>
        <translation>Größte en&amp;tpackte Größe:</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="39"/>
        <source>Large&amp;st inflation ratio:</source>
        <translation>Größtes Entpackungs&amp;verhältnis:</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="41"/>
        <source>A gzip file that inflates beyond these is refused as a possible gzip bomb, at import and whenever a stored original is read again (the check, the runtime chain&apos;s verification). Raise them only for an export you know to be genuine (sizes with K, M, G; ratio 0: none). They hold until the workbench closes; it starts with 2G and 100.</source>
        <translation>Eine gzip-Datei, die sich über diese Grenzen hinaus entpackt, wird als mögliche gzip-Bombe abgewiesen, beim Import und jedes Mal, wenn ein gespeichertes Original erneut gelesen wird (die Prüfung, die Verifizierung der Laufzeitkette). Erhöhen Sie sie nur für einen Export, von dem Sie wissen, dass er echt ist (Größen mit K, M, G; Verhältnis 0: keines). Sie gelten, bis die Werkbank geschlossen wird; sie startet mit 2G und 100.</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="65"/>
        <source>Largest inflated size &apos;%1&apos;: expected a size in bytes greater than 0, such as 4096, 512M or 4G.</source>
        <translation>Größte entpackte Größe &apos;%1&apos;: erwartet wird eine Größe in Bytes größer als 0, etwa 4096, 512M oder 4G.</translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="70"/>
        <source>Largest inflation ratio &apos;%1&apos;: expected a whole number of 0 or more.</source>
        <translation>Größtes Entpackungsverhältnis &apos;%1&apos;: erwartet wird eine ganze Zahl von 0 oder mehr.</translation>
    </message>
</context>
<context>
    <name>ab::InputFile</name>
    <message>
        <location filename="../core/common/InputFile.cpp" line="34"/>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="36"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="38"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="40"/>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="42"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="44"/>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="46"/>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="53"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="68"/>
        <source>expected a regular file, found %1</source>
        <translation>reguläre Datei erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="90"/>
        <source>%1 of %2 bytes: expected at most %3 bytes</source>
        <translation>%1 von %2 Bytes: höchstens %3 Bytes erwartet</translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="104"/>
        <location filename="../core/common/InputFile.cpp" line="121"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ab::IssueModel</name>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="23"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="25"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="27"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="36"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="38"/>
        <source>Verify</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="40"/>
        <source>Generate</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="42"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="44"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="56"/>
        <source>Event %1 (%2)</source>
        <translation>Ereignis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="59"/>
        <source>Verification run %1</source>
        <translation>Verifizierungslauf %1</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="61"/>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="106"/>
        <source>Double-click to jump there</source>
        <translation>Doppelklicken, um dorthin zu springen</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="118"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="120"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="122"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="124"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ab::IssuesDock</name>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="14"/>
        <location filename="../ui/issues/IssuesDock.cpp" line="90"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="26"/>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="27"/>
        <source>Show the record, run or file this issue is about</source>
        <translation>Den Datensatz, Lauf oder die Datei anzeigen, um die es bei diesem Problem geht</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="28"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="29"/>
        <source>Remove every issue from this list</source>
        <translation>Alle Probleme aus dieser Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="92"/>
        <source>Issues (%1 errors, %2 warnings)</source>
        <translation>Probleme (%1 Fehler, %2 Warnungen)</translation>
    </message>
</context>
<context>
    <name>ab::JsonDiagnostics</name>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="29"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objektmitglied erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="31"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; nach einem Mitgliedsnamen erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="33"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="35"/>
        <source>expected &apos;,&apos; between values</source>
        <translation>&apos;,&apos; zwischen Werten erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="37"/>
        <source>expected a JSON value</source>
        <translation>JSON-Wert erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="39"/>
        <source>expected more input after a number</source>
        <translation>weitere Eingabe nach einer Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="41"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="178"/>
        <source>expected a valid number</source>
        <translation>gültige Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="43"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="138"/>
        <source>expected a valid escape sequence</source>
        <translation>gültige Escape-Sequenz erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="45"/>
        <source>expected valid UTF-8 in a string</source>
        <translation>gültiges UTF-8 in einem String erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="47"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="132"/>
        <source>expected &apos;&quot;&apos; to close the string</source>
        <translation>&apos;&quot;&apos; zum Schließen des Strings erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="49"/>
        <source>expected an object or an array</source>
        <translation>Objekt oder Array erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="51"/>
        <source>expected at most 1024 levels of nesting</source>
        <translation>höchstens 1024 Verschachtelungsebenen erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="53"/>
        <source>document too large</source>
        <translation>Dokument zu groß</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="55"/>
        <source>expected end of input after the JSON value</source>
        <translation>Ende der Eingabe nach dem JSON-Wert erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="135"/>
        <source>expected an escaped control character in a string</source>
        <translation>maskiertes Steuerzeichen in einem String erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="206"/>
        <source>expected a JSON value, found no data</source>
        <translation>JSON-Wert erwartet, keine Daten gefunden</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="239"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="244"/>
        <source>duplicate member name &quot;%1&quot;: expected each name once per object</source>
        <translation>doppelter Mitgliedsname &quot;%1&quot;: jeder Name darf je Objekt nur einmal vorkommen</translation>
    </message>
</context>
<context>
    <name>ab::Keyring</name>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="69"/>
        <source>expected an even number of hex digits after &apos;hex:&apos;</source>
        <translation>gerade Anzahl Hex-Ziffern nach &apos;hex:&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="77"/>
        <source>expected only hex digits after &apos;hex:&apos;</source>
        <translation>nur Hex-Ziffern nach &apos;hex:&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="90"/>
        <source>expected base64 data after &apos;base64:&apos;</source>
        <translation>Base64-Daten nach &apos;base64:&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="98"/>
        <source>expected the secret to start with &apos;hex:&apos; or &apos;base64:&apos;</source>
        <translation>das Geheimnis muss mit &apos;hex:&apos; oder &apos;base64:&apos; beginnen</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="108"/>
        <source>keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="149"/>
        <source>expected a keyring object {&quot;keys&quot;: [...]}</source>
        <translation>Schlüsselbund-Objekt {&quot;keys&quot;: [...]} erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="161"/>
        <source>expected &quot;keys&quot; to be an array</source>
        <translation>&quot;keys&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="168"/>
        <source>expected a key object {&quot;id&quot;: ..., &quot;secret&quot;: ...}</source>
        <translation>Schlüsselobjekt {&quot;id&quot;: ..., &quot;secret&quot;: ...} erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="189"/>
        <source>expected &quot;id&quot; to be a non-empty string</source>
        <translation>&quot;id&quot; muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="195"/>
        <source>expected &quot;secret&quot; to be a string</source>
        <translation>&quot;secret&quot; muss ein String sein</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="213"/>
        <source>expected an &quot;id&quot; member in the key</source>
        <translation>Mitglied &quot;id&quot; im Schlüssel erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="215"/>
        <source>expected a &quot;secret&quot; member in key &apos;%1&apos;</source>
        <translation>Mitglied &quot;secret&quot; im Schlüssel &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="218"/>
        <source>duplicate key id &apos;%1&apos;: expected each id once</source>
        <translation>doppelte Schlüssel-ID &apos;%1&apos;: jede ID darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="228"/>
        <source>expected &quot;%1&quot; of key &apos;%2&apos; to be an RFC 3339 timestamp such as 2025-06-30T23:59:59Z</source>
        <translation>&quot;%1&quot; des Schlüssels &apos;%2&apos; muss ein RFC-3339-Zeitstempel sein, etwa 2025-06-30T23:59:59Z</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="233"/>
        <source>key &apos;%1&apos;: &quot;not_after&quot; is before &quot;not_before&quot;</source>
        <translation>Schlüssel &apos;%1&apos;: &quot;not_after&quot; liegt vor &quot;not_before&quot;</translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="245"/>
        <source>expected a &quot;keys&quot; member</source>
        <translation>Mitglied &quot;keys&quot; erwartet</translation>
    </message>
</context>
<context>
    <name>ab::ListingDispatcher</name>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="34"/>
        <source>Open a workspace to print a listing.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um eine Liste zu drucken.</translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="42"/>
        <source>Export Listing as PDF</source>
        <translation>Liste als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="43"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="55"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation>Exportiert, aber die Herkunftsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Examination</source>
        <translation>Prüfungsunterlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>the workspace&apos;s sources</source>
        <translation>die Quellen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Record Details</source>
        <translation>Datensatzdetails</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Select a record to see its JSON and chain fields.</source>
        <translation>Einen Datensatz auswählen, um sein JSON und seine Kettenfelder zu sehen.</translation>
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
        <translation>Prüfer nicht festgelegt (Datei ▸ Einstellungen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Auditor: %1</source>
        <translation>Prüfer: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <source>Record %1 is not in this workspace&apos;s audit log.</source>
        <translation>Datensatz %1 ist nicht im Prüfprotokoll dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>About AuditBench</source>
        <translation>Über AuditBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Offline workbench for AI-platform audit evidence: verify HMAC-chained audit exports, regenerate compliance packages, print reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Offline-Werkbank für Prüfnachweise von KI-Plattformen: HMAC-verkettete Audit-Exporte verifizieren, Compliance-Pakete neu erzeugen, Berichte drucken.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>A task is running</source>
        <translation>Eine Aufgabe läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>A background task is still running. Cancel it and quit?</source>
        <translation>Eine Hintergrundaufgabe läuft noch. Abbrechen und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="36"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="37"/>
        <source>Create a new workspace file for an engagement</source>
        <translation>Eine neue Arbeitsbereichsdatei für einen Prüfungsauftrag anlegen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="38"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="39"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="41"/>
        <source>&amp;Import Evidence…</source>
        <translation>Nachweise &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="42"/>
        <source>Import export files into the workspace (or drop them on the window)</source>
        <translation>Exportdateien in den Arbeitsbereich importieren (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="43"/>
        <source>&amp;Export Visible Records…</source>
        <translation>Sichtbare Datensätze &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="45"/>
        <source>E&amp;xport OCSF…</source>
        <translation>OCSF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>Write the audit log&apos;s filtered records as OCSF v1.1 events for a SIEM</source>
        <translation>Die gefilterten Datensätze des Prüfprotokolls als OCSF-v1.1-Ereignisse für ein SIEM schreiben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="49"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="52"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>&amp;Settings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="58"/>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Kette verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>Verify the HMAC chain with the settings of the Verification page</source>
        <translation>Die HMAC-Kette mit den Einstellungen der Seite Verifizierung prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>&amp;Generate Package</source>
        <translation>Paket &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>&amp;Filter Records</source>
        <translation>Datensätze &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>Write a consistent copy of the workspace as one file</source>
        <translation>Eine konsistente Kopie des Arbeitsbereichs als eine Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="104"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="120"/>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="126"/>
        <source>Sample Si&amp;ze…</source>
        <translation>Stichproben&amp;umfang…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="128"/>
        <source>&amp;Sample the Filtered Records…</source>
        <translation>&amp;Stichprobe aus den gefilterten Datensätzen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="64"/>
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>Find Gaps and &amp;Duplicates</source>
        <translation>&amp;Lücken und Duplikate finden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="140"/>
        <source>Overv&amp;iew</source>
        <translation>Übers&amp;icht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="145"/>
        <source>&amp;Audit Log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="145"/>
        <source>&amp;Verification</source>
        <translation>&amp;Verifizierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;Packages</source>
        <translation>Pa&amp;kete</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;Examination</source>
        <translation>Prüfungs&amp;unterlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="147"/>
        <source>A&amp;gents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="147"/>
        <source>P&amp;ortfolio</source>
        <translation>Nachweisp&amp;ortfolio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="148"/>
        <source>A&amp;nalytics</source>
        <translation>A&amp;nalysen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="148"/>
        <source>&amp;Bundles</source>
        <translation>Compliance-&amp;Bundles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="149"/>
        <source>O&amp;CSF Events</source>
        <translation>O&amp;CSF-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="149"/>
        <source>&amp;Runtime Entries</source>
        <translation>&amp;Laufzeiteinträge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="169"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="173"/>
        <source>&amp;About AuditBench</source>
        <translation>Ü&amp;ber AuditBench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="176"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="192"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="197"/>
        <source>This workspace is read-only (read-only media): it can be read, searched, checked and copied, but nothing can be imported, verified, generated or printed into it.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt (schreibgeschützter Datenträger): er kann gelesen, durchsucht, geprüft und kopiert werden, aber nichts kann in ihn importiert, verifiziert, erzeugt oder gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="223"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="226"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>ab::NewWorkpaperDialog</name>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="19"/>
        <source>New Workpaper</source>
        <translation>Neues Arbeitspapier</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="23"/>
        <source>%1: %2 (%3 of %4 records)</source>
        <translation>%1: %2 (%3 von %4 Datensätzen)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="31"/>
        <source>e.g. Override approvals, Q1</source>
        <translation>z. B. Genehmigungen von Übersteuerungen, Q1</translation>
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
        <translation>&amp;Stichprobe:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="46"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Konfidenzniveau:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="47"/>
        <source>&amp;Tolerable deviation rate:</source>
        <translation>&amp;Tolerierbare Abweichungsrate:</translation>
    </message>
</context>
<context>
    <name>ab::NoteActions</name>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="22"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="26"/>
        <source>Add a note and tags to the selected record</source>
        <translation>Dem ausgewählten Datensatz eine Notiz und Tags hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="54"/>
        <source>Note by %1 at %2</source>
        <translation>Notiz von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="56"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
</context>
<context>
    <name>ab::NoteDialog</name>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="22"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="25"/>
        <source>Note on the %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Notiz zu %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="36"/>
        <source>Current note (%1, by %2): %3. The new note supersedes it; the current one is kept.</source>
        <translation>Aktuelle Notiz (%1, von %2): %3. Die neue Notiz ersetzt sie; die aktuelle bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="48"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="51"/>
        <source>&amp;Exception</source>
        <translation>&amp;Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="53"/>
        <source>&amp;Follow-up</source>
        <translation>Nach&amp;verfolgung</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="59"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="62"/>
        <source>your own tickmarks, separated by commas</source>
        <translation>Ihre eigenen Prüfzeichen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="63"/>
        <source>&amp;Other tags:</source>
        <translation>&amp;Weitere Tags:</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="76"/>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="87"/>
        <source>runtime entry</source>
        <translation>Laufzeiteintrag</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="89"/>
        <source>OCSF event</source>
        <translation>OCSF-Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="93"/>
        <source>gateway record</source>
        <translation>Gateway-Datensatz</translation>
    </message>
</context>
<context>
    <name>ab::OcsfView</name>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Framework reference</source>
        <translation>Rahmenwerksreferenz</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>metadata.uid</source>
        <translation>metadata.uid</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="43"/>
        <source>id or name, e.g. 1,dlp_block</source>
        <translation>ID oder Name, z. B. 1,dlp_block</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="45"/>
        <source>contains, e.g. Requirement 3</source>
        <translation>enthält, z. B. Requirement 3</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="46"/>
        <source>e.g. credit_card,ssn</source>
        <translation>z. B. credit_card,ssn</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="47"/>
        <source>e.g. block</source>
        <translation>z. B. block</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="48"/>
        <source>e-mail, uid or name</source>
        <translation>E-Mail, UID oder Name</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="52"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="53"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="54"/>
        <source>Ac&amp;tivity:</source>
        <translation>Akti&amp;vität:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="55"/>
        <source>Framework &amp;reference:</source>
        <translation>&amp;Rahmenwerksreferenz:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="56"/>
        <source>&amp;Entity types:</source>
        <translation>&amp;Entitätstypen:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="57"/>
        <source>Acti&amp;on:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="58"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="87"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ocsf/OcsfView.cpp" line="149"/>
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis</numerusform>
            <numerusform>%1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="54"/>
        <source>Open or create a workspace to see the engagement&apos;s overview.</source>
        <translation>Öffnen oder legen Sie einen Arbeitsbereich an, um die Übersicht des Prüfungsauftrags zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="59"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="60"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="61"/>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="70"/>
        <source>Engagement</source>
        <translation>Prüfungsauftrag</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="73"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="98"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="74"/>
        <source>Gateway records</source>
        <translation>Gateway-Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="75"/>
        <source>Runtime entries</source>
        <translation>Laufzeiteinträge</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="76"/>
        <source>OCSF events</source>
        <translation>OCSF-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="77"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="78"/>
        <source>Evidence packs</source>
        <translation>Nachweispakete</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="79"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="80"/>
        <source>Workpapers</source>
        <translation>Arbeitspapiere</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="81"/>
        <source>Open notes</source>
        <translation>Offene Notizen</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="92"/>
        <source>Verification: the newest run of each chain</source>
        <translation>Verifizierung: der neueste Lauf jeder Kette</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Verified at</source>
        <translation>Verifiziert am</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="95"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="95"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="113"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="118"/>
        <source>record id or words of the note</source>
        <translation>Datensatz-ID oder Wörter der Notiz</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="119"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="146"/>
        <source>action, user or words of the details</source>
        <translation>Aktion, Benutzer oder Wörter der Details</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="147"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="186"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
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
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="217"/>
        <source>incomplete: %Ln gap(s)</source>
        <translation>
            <numerusform>unvollständig: %Ln Lücke</numerusform>
            <numerusform>unvollständig: %Ln Lücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="264"/>
        <source>Hash chain intact: %Ln row(s) checked, as log --verify checks them.</source>
        <translation>
            <numerusform>Hash-Kette intakt: %Ln Zeile geprüft, wie log --verify sie prüft.</numerusform>
            <numerusform>Hash-Kette intakt: %Ln Zeilen geprüft, wie log --verify sie prüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="210"/>
        <source>intact, every MAC verified</source>
        <translation>intakt, jeder MAC verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="211"/>
        <source>linkage intact, MACs not verified</source>
        <translation>Verkettung intakt, MACs nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="213"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="215"/>
        <source>all records</source>
        <translation>alle Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="216"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="218"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="268"/>
        <source>Hash chain broken at row %1: %2</source>
        <translation>Hash-Kette in Zeile %1 unterbrochen: %2</translation>
    </message>
</context>
<context>
    <name>ab::PackageComparer</name>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="31"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="33"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation>Compliance-Paket erwartet (ein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="287"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="333"/>
        <source>Comparing %1 (package %2) with %3 (package %4)
</source>
        <translation>Vergleich von %1 (Paket %2) mit %3 (Paket %4)
</translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="336"/>
        <source>No differences in the compared sections.
</source>
        <translation>Keine Unterschiede in den verglichenen Abschnitten.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageComparer.cpp" line="339"/>
        <source>%n difference(s):
</source>
        <translation>
            <numerusform>%n Unterschied:
</numerusform>
            <numerusform>%n Unterschiede:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::PackageGenerator</name>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="125"/>
        <source>no agent &quot;%1&quot; in the export (agents: %2)</source>
        <translation>kein Agent &quot;%1&quot; im Export (Agenten: %2)</translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="126"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="142"/>
        <source>Drawing the data flow diagram</source>
        <translation>Datenflussdiagramm wird gezeichnet</translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="157"/>
        <source>Writing the compliance package</source>
        <translation>Compliance-Paket wird geschrieben</translation>
    </message>
    <message>
        <location filename="../core/package/sections/AuditSummary.cpp" line="93"/>
        <source>Summarising audit entries</source>
        <translation>Prüfpfadeinträge werden zusammengefasst</translation>
    </message>
</context>
<context>
    <name>ab::PackageReport</name>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="31"/>
        <source>not provided</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="62"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="62"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="128"/>
        <location filename="../core/report/PackageReport.cpp" line="159"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="139"/>
        <location filename="../core/report/PackageReport.cpp" line="152"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="159"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="183"/>
        <source>Execution Graph</source>
        <translation>Ausführungsgraph</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="185"/>
        <source>What the agent did, derived from its audit trail rather than from documentation.</source>
        <translation>Was der Agent getan hat, abgeleitet aus seinem Prüfpfad und nicht aus der Dokumentation.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="187"/>
        <source>Audit entries</source>
        <translation>Prüfpfadeinträge</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="188"/>
        <source>First entry</source>
        <translation>Erster Eintrag</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="189"/>
        <source>Last entry</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="190"/>
        <source>Input SHA-256</source>
        <translation>Eingabe-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="194"/>
        <source>Execution graph: not provided.</source>
        <translation>Ausführungsgraph: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="198"/>
        <source>Actions by type</source>
        <translation>Aktionen nach Typ</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="200"/>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="201"/>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="202"/>
        <source>Action counts: not provided.</source>
        <translation>Aktionszählungen: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="210"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="213"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <location filename="../core/report/PackageReport.cpp" line="333"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="218"/>
        <source>First call</source>
        <translation>Erster Aufruf</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="218"/>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="219"/>
        <source>Connectors: not provided.</source>
        <translation>Konnektoren: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="239"/>
        <source>Data Flow Diagram</source>
        <translation>Datenflussdiagramm</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="241"/>
        <source>How data moves between the agent, the policy engine, the audit trail and external systems. Every flow passes through the policy engine; flows crossing a trust boundary are marked.</source>
        <translation>Wie Daten zwischen dem Agenten, der Policy-Engine, dem Prüfpfad und externen Systemen fließen. Jeder Fluss läuft über die Policy-Engine; Flüsse über eine Vertrauensgrenze sind gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="248"/>
        <source>Figure: the package&apos;s data_flow.svg. DOT source: not provided.</source>
        <translation>Abbildung: data_flow.svg des Pakets. DOT-Quelle: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="249"/>
        <source>Figure: the package&apos;s data_flow.svg, drawn as vector graphics. DOT source SHA-256 %1.</source>
        <translation>Abbildung: data_flow.svg des Pakets, als Vektorgrafik gezeichnet. SHA-256 der DOT-Quelle %1.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="254"/>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="270"/>
        <source>Vendor Security Questionnaire</source>
        <translation>Sicherheitsfragebogen für Anbieter</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="271"/>
        <source>CAIQ v4 style answers derived from runtime data, with the evidence each answer rests on, every exception found, and the auditor&apos;s verdict.</source>
        <translation>Antworten im Stil von CAIQ v4, abgeleitet aus Laufzeitdaten, mit dem Nachweis, auf dem jede Antwort beruht, jeder gefundenen Abweichung und dem Urteil des Prüfers.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="276"/>
        <source>Questionnaire answers: not provided.</source>
        <translation>Antworten des Fragebogens: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="280"/>
        <source>Answer (category not provided)</source>
        <translation>Antwort (Kategorie nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="282"/>
        <source>CAIQ v4 questions</source>
        <translation>Fragen nach CAIQ v4</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="284"/>
        <source>Answer: not provided.</source>
        <translation>Antwort: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="287"/>
        <location filename="../core/report/PackageReport.cpp" line="290"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="294"/>
        <source>Exceptions: none.</source>
        <translation>Abweichungen: keine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="296"/>
        <source>Exceptions: %n listed below.</source>
        <translation>
            <numerusform>Abweichungen: %n, unten aufgeführt.</numerusform>
            <numerusform>Abweichungen: %n, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="298"/>
        <source>Exception</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="305"/>
        <source>Auditor verdict: not reviewed</source>
        <translation>Urteil des Prüfers: nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="314"/>
        <source>Reviewed by %1 at %2</source>
        <translation>Geprüft von %1 am %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="318"/>
        <source>Auditor verdict: %1</source>
        <translation>Urteil des Prüfers: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="327"/>
        <source>Sub-Processor List</source>
        <translation>Liste der Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <location filename="../core/report/PackageReport.cpp" line="458"/>
        <source>Data types</source>
        <translation>Datenarten</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <source>SOC 2 status</source>
        <translation>SOC-2-Status</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="333"/>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="334"/>
        <source>Sub-processors: not provided.</source>
        <translation>Unterauftragsverarbeiter: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="343"/>
        <source>none (always included)</source>
        <translation>keines (immer enthalten)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="349"/>
        <source>UNMAPPED: not in the registry</source>
        <translation>NICHT ZUGEORDNET: nicht im Register</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="350"/>
        <source>mapped</source>
        <translation>zugeordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="353"/>
        <source>%n third-party service(s) process data on behalf of the agent.</source>
        <translation>
            <numerusform>%n Drittanbieterdienst verarbeitet Daten im Auftrag des Agenten.</numerusform>
            <numerusform>%n Drittanbieterdienste verarbeiten Daten im Auftrag des Agenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="357"/>
        <source>%n sub-processor(s) are not in the connector registry: vendor, service and SOC 2 status need confirming by hand (marked UNMAPPED).</source>
        <translation>
            <numerusform>%n Unterauftragsverarbeiter ist nicht im Konnektorregister: Anbieter, Dienst und SOC-2-Status sind von Hand zu bestätigen (als NICHT ZUGEORDNET gekennzeichnet).</numerusform>
            <numerusform>%n Unterauftragsverarbeiter sind nicht im Konnektorregister: Anbieter, Dienst und SOC-2-Status sind von Hand zu bestätigen (als NICHT ZUGEORDNET gekennzeichnet).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="367"/>
        <source>SOC 2 Control Mappings</source>
        <translation>SOC-2-Kontrollzuordnungen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="369"/>
        <source>Observed action types mapped to SOC 2 Trust Services Criteria, with the evidence count and first and last occurrence in the period.</source>
        <translation>Beobachtete Aktionstypen, den SOC 2 Trust Services Criteria zugeordnet, mit Anzahl der Nachweise sowie erstem und letztem Auftreten im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="372"/>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <location filename="../core/report/PackageReport.cpp" line="390"/>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="377"/>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="377"/>
        <source>Last</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="378"/>
        <source>Mappings: not provided.</source>
        <translation>Zuordnungen: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="392"/>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="393"/>
        <source>Evidence count</source>
        <translation>Anzahl Nachweise</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="394"/>
        <location filename="../core/report/PackageReport.cpp" line="440"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="395"/>
        <source>Controls: not provided.</source>
        <translation>Kontrollen: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="401"/>
        <source>NO EVIDENCE in the period</source>
        <translation>KEIN NACHWEIS im Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="401"/>
        <source>evidence observed</source>
        <translation>Nachweis beobachtet</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="406"/>
        <source>Unmapped action types</source>
        <translation>Nicht zugeordnete Aktionstypen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="412"/>
        <source>Every observed action type maps to at least one control.</source>
        <translation>Jeder beobachtete Aktionstyp ist mindestens einer Kontrolle zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="414"/>
        <source>Observed but mapped to no control: %1</source>
        <translation>Beobachtet, aber keiner Kontrolle zugeordnet: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="425"/>
        <source>Agent Profile</source>
        <translation>Agentenprofil</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="428"/>
        <source>Agent profile: not provided (the package was generated before packages recorded the agent&apos;s status, owner and intent manifest).</source>
        <translation>Agentenprofil: nicht angegeben (das Paket wurde erzeugt, bevor Pakete Status, Verantwortlichen und Absichtsmanifest des Agenten festhielten).</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="438"/>
        <source>The agent as the runtime export described it when the package was generated.</source>
        <translation>Der Agent, wie ihn der Laufzeit-Export beschrieb, als das Paket erzeugt wurde.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="441"/>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="442"/>
        <source>Deployed at</source>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="444"/>
        <source>Intent manifest</source>
        <translation>Absichtsmanifest</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="447"/>
        <source>The agent declared no intent manifest.</source>
        <translation>Der Agent hat kein Absichtsmanifest deklariert.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="453"/>
        <source>none declared</source>
        <translation>keines deklariert</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="456"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="457"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="474"/>
        <source>agree</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="476"/>
        <source>exception</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="480"/>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="491"/>
        <location filename="../core/report/PackageReport.cpp" line="530"/>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="492"/>
        <source>expected an object of answer key -&gt; {verdict, comment, by, at}</source>
        <translation>Objekt aus Antwortschlüssel -&gt; {verdict, comment, by, at} erwartet</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="510"/>
        <source>answer &apos;%1&apos;: verdict &apos;%2&apos;: expected agree, exception or not_applicable</source>
        <translation>Antwort &apos;%1&apos;: Urteil &apos;%2&apos;: erwartet agree, exception oder not_applicable</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="531"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation>Compliance-Paket erwartet (ein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="539"/>
        <source>agent name not provided</source>
        <translation>Agentenname nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="543"/>
        <source>Compliance Package: %1</source>
        <translation>Compliance-Paket: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="544"/>
        <source>SOC 2 evidence: compliance package %1 for agent %2</source>
        <translation>SOC-2-Nachweis: Compliance-Paket %1 für Agent %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="548"/>
        <source>%1: Compliance Package</source>
        <translation>%1: Compliance-Paket</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="549"/>
        <source>Generated %1 by %2</source>
        <translation>Erzeugt %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="558"/>
        <source>(cannot be computed: not canonical JSON)</source>
        <translation>(kann nicht berechnet werden: kein kanonisches JSON)</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="562"/>
        <location filename="../core/report/PackageReport.cpp" line="585"/>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="563"/>
        <source>Content SHA-256 NOT matching the content</source>
        <translation>Inhalts-SHA-256 passt NICHT zum Inhalt</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="569"/>
        <source>Compliance Package</source>
        <translation>Compliance-Paket</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="572"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="573"/>
        <source>Agent ID</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="574"/>
        <source>Status at generation</source>
        <translation>Status bei Erzeugung</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="578"/>
        <source>Package ID</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="579"/>
        <source>Generated at</source>
        <translation>Erzeugt am</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="580"/>
        <source>Generated by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="581"/>
        <source>Built from</source>
        <translation>Erstellt aus</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="583"/>
        <source>%1 audit entries</source>
        <translation>%1 Prüfpfadeinträgen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="586"/>
        <source>Content check</source>
        <translation>Inhaltsprüfung</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="587"/>
        <source>no content_sha256 to check</source>
        <translation>kein content_sha256 zu prüfen</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="588"/>
        <source>the content matches its content_sha256</source>
        <translation>der Inhalt passt zu seinem content_sha256</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="589"/>
        <source>NOT matching: the content hashes to %1</source>
        <translation>passt NICHT: der Inhalt ergibt den Hash %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="590"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="592"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="595"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="597"/>
        <source>Audit trail: %1</source>
        <translation>Prüfpfad: %1</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="602"/>
        <source>CONTENT NOT MATCHING its content_sha256</source>
        <translation>INHALT PASST NICHT zu seinem content_sha256</translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="603"/>
        <source>The package claims content SHA-256 %1, but its content hashes to %2: it was changed after it was generated, or generated wrongly.</source>
        <translation>Das Paket gibt den Inhalts-SHA-256 %1 an, sein Inhalt ergibt aber den Hash %2: es wurde nach der Erzeugung geändert oder falsch erzeugt.</translation>
    </message>
</context>
<context>
    <name>ab::PackageTrail</name>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="18"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageTrail.cpp" line="24"/>
        <source>Coverage: %1 to %2, %n gap(s), %3.</source>
        <translation>
            <numerusform>Abdeckung: %1 bis %2, %n Lücke, %3.</numerusform>
            <numerusform>Abdeckung: %1 bis %2, %n Lücken, %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="27"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="27"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="32"/>
        <source>The package cites run %1 of the agent runtime chain (result SHA-256 %2, verified %3).</source>
        <translation>Das Paket zitiert Lauf %1 der Kette der Agenten-Laufzeit (Ergebnis-SHA-256 %2, verifiziert %3).</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="34"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="35"/>
        <source>at a time not given</source>
        <translation>zu einem nicht angegebenen Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="49"/>
        <source>From the verification result given when printing: %1.</source>
        <translation>Aus dem beim Drucken übergebenen Verifizierungsergebnis: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="52"/>
        <source>The package itself cites no verification of its agent runtime chain.</source>
        <translation>Das Paket selbst zitiert keine Verifizierung der Kette seiner Agenten-Laufzeit.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="59"/>
        <source>CITATION DOES NOT MATCH: the cited verification cannot be confirmed</source>
        <translation>ZITAT STIMMT NICHT ÜBEREIN: die zitierte Verifizierung kann nicht bestätigt werden</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="64"/>
        <source>No verification of the agent runtime chain was stored when this package was generated.</source>
        <translation>Als dieses Paket erzeugt wurde, war keine Verifizierung der Kette der Agenten-Laufzeit gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="74"/>
        <source>It matches the run stored in this workspace.</source>
        <translation>Es stimmt mit dem in diesem Arbeitsbereich gespeicherten Lauf überein.</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="80"/>
        <source>NOT RE-CHECKED: the package cites &quot;%1&quot;</source>
        <translation>NICHT NACHGEPRÜFT: das Paket zitiert &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="84"/>
        <source>The citation was not checked against a stored run or a verification result.</source>
        <translation>Das Zitat wurde weder gegen einen gespeicherten Lauf noch gegen ein Verifizierungsergebnis geprüft.</translation>
    </message>
</context>
<context>
    <name>ab::PackagesView</name>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="16"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="16"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="33"/>
        <source>exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/EvidenceTree.cpp" line="51"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="25"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="31"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="31"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="45"/>
        <source>Re-performance: %1 vs %2</source>
        <translation>Nachvollzug: %1 gegen %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="53"/>
        <source>First: %1, generated %2 by %3, content SHA-256 %4
Second: %5, generated %6 by %7, content SHA-256 %8

%9</source>
        <translation>Erstes: %1, erzeugt %2 von %3, Inhalts-SHA-256 %4
Zweites: %5, erzeugt %6 von %7, Inhalts-SHA-256 %8

%9</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="56"/>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="58"/>
        <source>%1 (package %2)</source>
        <translation>%1 (Paket %2)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="61"/>
        <source>Equivalent: no differences in the compared sections.</source>
        <translation>Gleichwertig: keine Unterschiede in den verglichenen Abschnitten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="62"/>
        <source>%Ln difference(s).</source>
        <translation>
            <numerusform>%Ln Unterschied.</numerusform>
            <numerusform>%Ln Unterschiede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="66"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="66"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="67"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="68"/>
        <source>Second</source>
        <translation>Zweites</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="81"/>
        <source>Save as JSON…</source>
        <translation>Als JSON speichern…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="86"/>
        <source>Save the comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="88"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="95"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="26"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="61"/>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="26"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="30"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="48"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="30"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="31"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="31"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="32"/>
        <source>First call</source>
        <translation>Erster Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="32"/>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="36"/>
        <source>Execution Graph</source>
        <translation>Ausführungsgraph</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="40"/>
        <source>Data Flow Diagram</source>
        <translation>Datenflussdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="44"/>
        <source>Vendor Security Questionnaire</source>
        <translation>Sicherheitsfragebogen für Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="48"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="49"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="49"/>
        <source>Data types</source>
        <translation>Datenarten</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="50"/>
        <source>SOC 2</source>
        <translation>SOC 2</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="50"/>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="52"/>
        <source>Sub-Processor List</source>
        <translation>Liste der Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="61"/>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="63"/>
        <source>Last</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="66"/>
        <source>SOC 2 Control Mappings</source>
        <translation>SOC-2-Kontrollzuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="159"/>
        <location filename="../ui/packages/PackageWidgets.cpp" line="44"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="160"/>
        <source>no: review</source>
        <translation>nein: prüfen</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="165"/>
        <source>Not in any sub-processor registry: needs review</source>
        <translation>In keinem Register der Unterauftragsverarbeiter: Prüfung erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="211"/>
        <source>Coverage: %1 of %2 mapped controls have evidence in the period.
Controls without evidence: %3
Action types observed but unmapped: %4</source>
        <translation>Abdeckung: %1 von %2 zugeordneten Kontrollen haben Nachweise im Zeitraum.
Kontrollen ohne Nachweis: %3
Beobachtete, aber nicht zugeordnete Aktionstypen: %4</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="215"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="216"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="223"/>
        <source>Platform bookkeeping (not mapped to controls): %1</source>
        <translation>Plattform-Buchführung (keinen Kontrollen zugeordnet): %1</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageWidgets.cpp" line="44"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="50"/>
        <location filename="../ui/packages/PackagesView.cpp" line="163"/>
        <source>Select a package version, or generate one.</source>
        <translation>Eine Paketversion auswählen oder eine erzeugen.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="56"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="58"/>
        <source>Previe&amp;w…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="60"/>
        <source>Export P&amp;DF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="148"/>
        <source>Agent runtime chain: no verification was stored when this package was generated.</source>
        <translation>Kette der Agenten-Laufzeit: als dieses Paket erzeugt wurde, war keine Verifizierung gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="150"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="151"/>
        <source>linkage only, MACs not verified</source>
        <translation>nur Verkettung, MACs nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="152"/>
        <source>intact, coverage incomplete</source>
        <translation>intakt, Abdeckung unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="153"/>
        <source>verified, coverage complete</source>
        <translation>verifiziert, Abdeckung vollständig</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="154"/>
        <source>Agent runtime chain: run %1 cited (%2), result SHA-256 %3</source>
        <translation>Kette der Agenten-Laufzeit: Lauf %1 zitiert (%2), Ergebnis-SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="164"/>
        <source>Open or create a workspace to generate and review packages.</source>
        <translation>Öffnen oder legen Sie einen Arbeitsbereich an, um Pakete zu erzeugen und zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — package %2&lt;br&gt;generated %3 by %4 from %5 audit entries; content SHA-256 %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Paket %2&lt;br&gt;erzeugt %3 von %4 aus %5 Prüfpfadeinträgen; Inhalts-SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="226"/>
        <source>Import an agent runtime export first: packages are generated from it.</source>
        <translation>Importieren Sie zuerst einen Export der Agenten-Laufzeit: Pakete werden daraus erzeugt.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="227"/>
        <source>Choose the agent to generate a package for.</source>
        <translation>Wählen Sie den Agenten, für den ein Paket erzeugt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="232"/>
        <source>Generating package</source>
        <translation>Paket wird erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="262"/>
        <source>Select exactly two package versions to compare (Ctrl+click).</source>
        <translation>Wählen Sie genau zwei Paketversionen zum Vergleich aus (Strg+Klick).</translation>
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
        <translation>Wählen Sie eine Paketversion zum Drucken aus.</translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="306"/>
        <source>The content SHA-256 stated in this package does not match its content: it was changed after it was generated, or generated wrongly. Do not rely on it.</source>
        <translation>Der in diesem Paket angegebene Inhalts-SHA-256 stimmt nicht mit seinem Inhalt überein: es wurde nach der Erzeugung geändert oder falsch erzeugt. Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="26"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="28"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="57"/>
        <source>Evidence (double-click an item with an id to look for it in the audit log):</source>
        <translation>Nachweis (Doppelklick auf ein Element mit ID sucht es im Prüfprotokoll):</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="62"/>
        <source>Auditor&apos;s verdict</source>
        <translation>Urteil des Prüfers</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="66"/>
        <source>&amp;Agree</source>
        <translation>&amp;Zustimmen</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="67"/>
        <source>E&amp;xception</source>
        <translation>Ab&amp;weichung</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="68"/>
        <source>&amp;Not applicable</source>
        <translation>&amp;Nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="78"/>
        <source>Comment (required for an exception)</source>
        <translation>Kommentar (bei einer Abweichung erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="81"/>
        <source>&amp;Save verdict</source>
        <translation>Urteil &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="98"/>
        <source>Choose agree, exception or not applicable first.</source>
        <translation>Wählen Sie zuerst Zustimmen, Abweichung oder Nicht anwendbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/QuestionnairePage.cpp" line="268"/>
        <source>%1 of %Ln answer(s) reviewed</source>
        <translation>
            <numerusform>%1 von %Ln Antwort geprüft</numerusform>
            <numerusform>%1 von %Ln Antworten geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/QuestionnairePage.cpp" line="270"/>
        <source>; %Ln unsaved draft(s)</source>
        <translation>
            <numerusform>; %Ln ungespeicherter Entwurf</numerusform>
            <numerusform>; %Ln ungespeicherte Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="292"/>
        <source>No questionnaire</source>
        <translation>Kein Fragebogen</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="300"/>
        <source>Answer %1 of %2</source>
        <translation>Antwort %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="301"/>
        <source>%1 — CCM %2</source>
        <translation>%1 — CCM %2</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="314"/>
        <source>No verdict yet.</source>
        <translation>Noch kein Urteil.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="323"/>
        <source>Saved by %1 at %2.</source>
        <translation>Gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="332"/>
        <source>Draft, not saved yet: Save verdict stores it. (%1)</source>
        <translation>Entwurf, noch nicht gespeichert: Urteil speichern legt ihn ab. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="345"/>
        <source>An exception needs a comment saying what is wrong.</source>
        <translation>Eine Abweichung braucht einen Kommentar, der sagt, was nicht stimmt.</translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="224"/>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="355"/>
        <source>The verdict was not saved: %1</source>
        <translation>Das Urteil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="23"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="31"/>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="31"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="32"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="32"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="33"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="38"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="42"/>
        <source>Generate a new package version from the agent&apos;s runtime data</source>
        <translation>Eine neue Paketversion aus den Laufzeitdaten des Agenten erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="43"/>
        <source>Package generation is not built into this version</source>
        <translation>Die Paketerzeugung ist in diese Version nicht eingebaut</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="44"/>
        <source>&amp;Compare two</source>
        <translation>Zwei ver&amp;gleichen</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="46"/>
        <source>Select two versions (e.g. the platform&apos;s and the workbench&apos;s) to compare them</source>
        <translation>Zwei Versionen auswählen (z. B. die der Plattform und die der Werkbank), um sie zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="69"/>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="72"/>
        <source>%1 (%2 entries)</source>
        <translation>%1 (%2 Einträge)</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="98"/>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="99"/>
        <source>workbench</source>
        <translation>Werkbank</translation>
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
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="95"/>
        <source>Set the period to a common range</source>
        <translation>Den Zeitraum auf einen üblichen Bereich setzen</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="99"/>
        <source>This &amp;quarter</source>
        <translation>Dieses &amp;Quartal</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="100"/>
        <source>&amp;Last quarter</source>
        <translation>&amp;Letztes Quartal</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="101"/>
        <source>This &amp;year</source>
        <translation>Dieses &amp;Jahr</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="102"/>
        <source>Last y&amp;ear</source>
        <translation>Letztes Ja&amp;hr</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="103"/>
        <source>The e&amp;xamination period</source>
        <translation>Der &amp;Prüfzeitraum</translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="129"/>
        <source>&amp;Period (UTC):</source>
        <translation>&amp;Zeitraum (UTC):</translation>
    </message>
</context>
<context>
    <name>ab::PortfolioPage</name>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="52"/>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="54"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="58"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="61"/>
        <source>optional: verify the runtime chain first</source>
        <translation>optional: zuerst die Laufzeitkette verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="64"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="65"/>
        <source>Keyrings (*.json);;All files (*)</source>
        <translation>Schlüsselbunde (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="69"/>
        <source>Keyring:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="71"/>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="73"/>
        <source>optional, RFC 3339</source>
        <translation>optional, RFC 3339</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="74"/>
        <source>Period start:</source>
        <translation>Beginn des Zeitraums:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="75"/>
        <source>Period end:</source>
        <translation>Ende des Zeitraums:</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="76"/>
        <source>Include agents that are not active</source>
        <translation>Nicht aktive Agenten einbeziehen</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="81"/>
        <source>Build Portfolio</source>
        <translation>Portfolio erstellen</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="85"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Portfolio ID</source>
        <translation>Portfolio-ID</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Generated at</source>
        <translation>Erzeugt am</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Generated by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="126"/>
        <source>Out of date: the inputs changed since this portfolio was built; build again for the inputs now chosen. (%1)</source>
        <translation>Veraltet: die Eingaben haben sich geändert, seit dieses Portfolio erstellt wurde; erstellen Sie es für die jetzt gewählten Eingaben erneut. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="150"/>
        <source>Choose an output folder for the portfolio.</source>
        <translation>Wählen Sie einen Ausgabeordner für das Portfolio.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="162"/>
        <source>&apos;%1&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>&apos;%1&apos;: RFC-3339-Zeitstempel wie 2025-01-01T00:00:00Z erwartet</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="174"/>
        <source>Building the portfolio…</source>
        <translation>Portfolio wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="200"/>
        <source>Portfolio %1 of workspace %7 written to %2: %3 package(s), %4 agent(s) left out, %5 PDF pages. Content SHA-256 %6.</source>
        <translation>Portfolio %1 von Arbeitsbereich %7 nach %2 geschrieben: %3 Paket(e), %4 Agent(en) ausgelassen, %5 PDF-Seiten. Inhalts-SHA-256 %6.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="211"/>
        <source>Cancelled: no portfolio and no package was stored.</source>
        <translation>Abgebrochen: es wurden kein Portfolio und kein Paket gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="213"/>
        <source>The portfolio could not be built.</source>
        <translation>Das Portfolio konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ab::PortfolioReport</name>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="22"/>
        <source>not provided</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="33"/>
        <source>every entry of the runtime exports (no period given)</source>
        <translation>jeder Eintrag der Laufzeit-Exporte (kein Zeitraum angegeben)</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="34"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="35"/>
        <source>the first entry</source>
        <translation>der erste Eintrag</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="36"/>
        <source>the last entry</source>
        <translation>der letzte Eintrag</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="42"/>
        <location filename="../core/report/PortfolioReport.cpp" line="198"/>
        <source>SOC 2 Evidence Portfolio</source>
        <translation>SOC-2-Nachweisportfolio</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PortfolioReport.cpp" line="43"/>
        <source>%n agent package(s)</source>
        <translation>
            <numerusform>%n Agentenpaket</numerusform>
            <numerusform>%n Agentenpakete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="45"/>
        <source>Portfolio ID</source>
        <translation>Portfolio-ID</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="46"/>
        <source>Generated at</source>
        <translation>Erzeugt am</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="47"/>
        <source>Generated by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="48"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="49"/>
        <location filename="../core/report/PortfolioReport.cpp" line="83"/>
        <source>Agents included</source>
        <translation>Einbezogene Agenten</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="50"/>
        <location filename="../core/report/PortfolioReport.cpp" line="86"/>
        <source>Agents left out</source>
        <translation>Ausgelassene Agenten</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="51"/>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="52"/>
        <source>Printed by</source>
        <translation>Gedruckt von</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="57"/>
        <source>Runtime chain verified: valid, MACs verified</source>
        <translation>Laufzeitkette verifiziert: gültig, MACs verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="58"/>
        <source>Runtime chain verification found problems</source>
        <translation>Die Verifizierung der Laufzeitkette hat Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="59"/>
        <source>Verification run %1 at %2, cited by every package.</source>
        <translation>Verifizierungslauf %1 am %2, von jedem Paket zitiert.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="64"/>
        <source>Runtime chain not verified for this portfolio</source>
        <translation>Laufzeitkette für dieses Portfolio nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="65"/>
        <source>No keyring was given: each package cites the newest stored verification that covers it, if any.</source>
        <translation>Es wurde kein Schlüsselbund angegeben: jedes Paket zitiert die neueste gespeicherte Verifizierung, die es abdeckt, sofern vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="73"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
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
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="77"/>
        <location filename="../core/report/PortfolioReport.cpp" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="77"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="78"/>
        <source>Package ID</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="79"/>
        <source>No agent is included.</source>
        <translation>Kein Agent ist einbezogen.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="90"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="91"/>
        <source>None: every agent is included.</source>
        <translation>Keine: jeder Agent ist einbezogen.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="98"/>
        <source>Inherited from the hosting platform</source>
        <translation>Von der Hosting-Plattform übernommen</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="101"/>
        <location filename="../core/report/PortfolioReport.cpp" line="131"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="101"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="102"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="102"/>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="103"/>
        <source>No criterion is inherited.</source>
        <translation>Kein Kriterium wird übernommen.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="107"/>
        <source>to be filled in by the auditor</source>
        <translation>vom Prüfer auszufüllen</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="116"/>
        <source>SOC 2 Matrix</source>
        <translation>SOC-2-Matrix</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="117"/>
        <source>Evidence count per criterion and agent (each package&apos;s SOC 2 control counts), the criteria inherited from the hosting platform, and the criteria mapped but without evidence anywhere.</source>
        <translation>Anzahl der Nachweise je Kriterium und Agent (die SOC-2-Kontrollzählungen jedes Pakets), die von der Hosting-Plattform übernommenen Kriterien und die zugeordneten Kriterien ohne jeden Nachweis.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="125"/>
        <source>Agents %1 to %2 of %3</source>
        <translation>Agenten %1 bis %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="139"/>
        <location filename="../core/report/PortfolioReport.cpp" line="159"/>
        <source>Inherited</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="140"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="141"/>
        <source>No criterion is mapped or inherited.</source>
        <translation>Kein Kriterium ist zugeordnet oder übernommen.</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="146"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="153"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="155"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="158"/>
        <source>With evidence</source>
        <translation>Mit Nachweis</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="160"/>
        <source>Without evidence (NOT covered)</source>
        <translation>Ohne Nachweis (NICHT abgedeckt)</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="193"/>
        <source>SOC 2 Evidence Portfolio %1</source>
        <translation>SOC-2-Nachweisportfolio %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PortfolioReport.cpp" line="194"/>
        <source>SOC 2 evidence portfolio: %n agent package(s) and the inherited controls</source>
        <translation>
            <numerusform>SOC-2-Nachweisportfolio: %n Agentenpaket und die übernommenen Kontrollen</numerusform>
            <numerusform>SOC-2-Nachweisportfolio: %n Agentenpakete und die übernommenen Kontrollen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="199"/>
        <source>Generated %1 by %2</source>
        <translation>Erzeugt %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="200"/>
        <source>Portfolio SHA-256</source>
        <translation>Portfolio-SHA-256</translation>
    </message>
</context>
<context>
    <name>ab::Progress</name>
    <message>
        <location filename="../core/common/Progress.h" line="44"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ab::RecordViewer</name>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="55"/>
        <source>Record outside the workspace</source>
        <translation>Datensatz außerhalb des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="86"/>
        <source>The record&apos;s bytes exactly as in the file:</source>
        <translation>Die Bytes des Datensatzes genau wie in der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="101"/>
        <source>%1, line %2 (SHA-256 %3…): this file is not in the workspace.</source>
        <translation>%1, Zeile %2 (SHA-256 %3…): diese Datei ist nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="112"/>
        <source>The workspace holds a record with this id, identical field by field.</source>
        <translation>Der Arbeitsbereich enthält einen Datensatz mit dieser ID, Feld für Feld identisch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/RecordViewer.cpp" line="113"/>
        <source>The workspace holds a record with this id; %Ln field(s) differ (marked ≠):</source>
        <translation>
            <numerusform>Der Arbeitsbereich enthält einen Datensatz mit dieser ID; %Ln Feld weicht ab (markiert mit ≠):</numerusform>
            <numerusform>Der Arbeitsbereich enthält einen Datensatz mit dieser ID; %Ln Felder weichen ab (markiert mit ≠):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="118"/>
        <source>The workspace holds no record with this id.</source>
        <translation>Der Arbeitsbereich enthält keinen Datensatz mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="128"/>
        <location filename="../ui/records/RecordViewer.cpp" line="154"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
</context>
<context>
    <name>ab::RecordsExcelExport</name>
    <message>
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="20"/>
        <source>Excel workbook, every column (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe, alle Spalten (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="26"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="50"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ReportBranding</name>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="34"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="45"/>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="48"/>
        <source>%1: logo &apos;%2&apos; cannot be read (%3)</source>
        <translation>%1: Logo &apos;%2&apos; kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="55"/>
        <source>%1: logo &apos;%2&apos; is neither an SVG nor a PNG image</source>
        <translation>%1: Logo &apos;%2&apos; ist weder ein SVG- noch ein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="68"/>
        <source>Prepared with AuditBench for audit evidence review</source>
        <translation>Erstellt mit AuditBench für die Prüfung von Audit-Nachweisen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="90"/>
        <source>branding file</source>
        <translation>Branding-Datei</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="93"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="107"/>
        <source>%1: offset %2: %3</source>
        <translation>%1: Offset %2: %3</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="111"/>
        <source>%1: expected a JSON object with organisation, logo, accent_colour, footer</source>
        <translation>%1: JSON-Objekt mit organisation, logo, accent_colour, footer erwartet</translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="127"/>
        <source>%1: accent_colour &apos;%2&apos;: expected a colour such as #2F4F6F</source>
        <translation>%1: accent_colour &apos;%2&apos;: Farbe wie #2F4F6F erwartet</translation>
    </message>
</context>
<context>
    <name>ab::ReportDispatcher</name>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="52"/>
        <source>Nothing to print yet: verify a chain or select a package first.</source>
        <translation>Noch nichts zu drucken: zuerst eine Kette verifizieren oder ein Paket auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="89"/>
        <source>The print was not recorded in the activity log: %1</source>
        <translation>Der Druck wurde nicht im Aktivitätsprotokoll erfasst: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="109"/>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
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
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="82"/>
        <source>Export of %1 cancelled; no file was written.</source>
        <translation>Export von %1 abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="94"/>
        <source>Wrote %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%Ln Seite).</numerusform>
            <numerusform>%1 geschrieben (%Ln Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="106"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="121"/>
        <source>Printing to %1</source>
        <translation>Druck auf %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="137"/>
        <source>Printing to %1 cancelled before anything was sent.</source>
        <translation>Druck auf %1 abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="141"/>
        <source>Printing to %1 failed: %2</source>
        <translation>Druck auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="147"/>
        <source>Cancel came after the pages were being sent: %Ln page(s) printed to %1 in full.</source>
        <translation>
            <numerusform>Der Abbruch kam, als die Seiten bereits gesendet wurden: %Ln Seite vollständig auf %1 gedruckt.</numerusform>
            <numerusform>Der Abbruch kam, als die Seiten bereits gesendet wurden: %Ln Seiten vollständig auf %1 gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="151"/>
        <source>Printed %Ln page(s) to %1.</source>
        <translation>
            <numerusform>%Ln Seite auf %1 gedruckt.</numerusform>
            <numerusform>%Ln Seiten auf %1 gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="185"/>
        <source>Printed %Ln page(s) from the preview.</source>
        <translation>
            <numerusform>%Ln Seite aus der Vorschau gedruckt.</numerusform>
            <numerusform>%Ln Seiten aus der Vorschau gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="165"/>
        <source>Print Preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
</context>
<context>
    <name>ab::ReportWriter</name>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="49"/>
        <source>Printing a report needs fonts, which need a QGuiApplication (use the offscreen platform without a display)</source>
        <translation>Das Drucken eines Berichts braucht Schriften, die eine QGuiApplication brauchen (ohne Anzeige die offscreen-Plattform verwenden)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="67"/>
        <source>Laying out the report</source>
        <translation>Bericht wird gesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/ReportWriter.cpp" line="81"/>
        <source>Printing %n page(s)</source>
        <translation>
            <numerusform>%n Seite wird gedruckt</numerusform>
            <numerusform>%n Seiten werden gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="85"/>
        <source>The printer could not start</source>
        <translation>Der Drucker konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="146"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="148"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="280"/>
        <source>not provided</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="308"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../core/report/render/PageFrame.cpp" line="44"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="130"/>
        <source>Diagram: not provided.</source>
        <translation>Diagramm: nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="132"/>
        <source>Diagram not drawn: it refers to external images, which reports never embed.</source>
        <translation>Diagramm nicht gezeichnet: es verweist auf externe Bilder, die Berichte nie einbetten.</translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="134"/>
        <source>Diagram not drawn: the SVG could not be read.</source>
        <translation>Diagramm nicht gezeichnet: das SVG konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ab::RuntimeExport</name>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="60"/>
        <location filename="../core/package/RuntimeExportReader.cpp" line="82"/>
        <source>expected a string for &quot;%1&quot;</source>
        <translation>String für &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="101"/>
        <source>expected a whole number for &quot;%1&quot;</source>
        <translation>ganze Zahl für &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="109"/>
        <source>expected true or false for &quot;%1&quot;</source>
        <translation>true oder false für &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="120"/>
        <source>expected an array of strings for &quot;%1&quot;</source>
        <translation>Array von Strings für &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="129"/>
        <source>expected a string in &quot;%1&quot;</source>
        <translation>String in &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="195"/>
        <source>expected an audit entry object in &quot;audit_entries&quot;</source>
        <translation>Prüfpfadeintrag-Objekt in &quot;audit_entries&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="260"/>
        <location filename="../core/package/RuntimeExport.cpp" line="305"/>
        <source>Reading the agent runtime export</source>
        <translation>Export der Agenten-Laufzeit wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="33"/>
        <source>expected &quot;version&quot;: 1 (the only agent runtime export version known)</source>
        <translation>&quot;version&quot;: 1 erwartet (die einzige bekannte Version des Exports der Agenten-Laufzeit)</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="157"/>
        <source>expected &quot;format&quot;: &quot;arx-runtime-export&quot;, found &quot;%1&quot;</source>
        <translation>&quot;format&quot;: &quot;arx-runtime-export&quot; erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="160"/>
        <source>expected an &quot;audit_entries&quot; array in the agent runtime export</source>
        <translation>Array &quot;audit_entries&quot; im Export der Agenten-Laufzeit erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="324"/>
        <source>Reading audit entries</source>
        <translation>Prüfpfadeinträge werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="239"/>
        <source>expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z for &quot;timestamp&quot;, found &quot;%1&quot;</source>
        <translation>RFC-3339-Zeitstempel wie 2026-03-01T12:00:00Z für &quot;timestamp&quot; erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="79"/>
        <source>expected an object for &quot;%1&quot;</source>
        <translation>Objekt für &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="103"/>
        <source>expected an array for &quot;%1&quot;</source>
        <translation>Array für &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="110"/>
        <source>expected an object in &quot;%1&quot;</source>
        <translation>Objekt in &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="140"/>
        <source>expected a non-empty &quot;%1&quot; in this %2</source>
        <translation>nicht leeres &quot;%1&quot; in diesem %2 erwartet</translation>
    </message>
</context>
<context>
    <name>ab::RuntimeView</name>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Entry id</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="39"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="40"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="41"/>
        <source>Action &amp;type:</source>
        <translation>Aktions&amp;typ:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="42"/>
        <source>&amp;Connector:</source>
        <translation>&amp;Konnektor:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="43"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="77"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runtime/RuntimeView.cpp" line="145"/>
        <source>%1 of %Ln entry(s)</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::SampleDialog</name>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="29"/>
        <source>Sample the Filtered Records</source>
        <translation>Stichprobe aus den gefilterten Datensätzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/SampleDialog.cpp" line="31"/>
        <source>Population: %Ln record(s) selected by: %1</source>
        <translation>
            <numerusform>Grundgesamtheit: %Ln Datensatz ausgewählt durch: %1</numerusform>
            <numerusform>Grundgesamtheit: %Ln Datensätze ausgewählt durch: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="40"/>
        <source>Sample Size…</source>
        <translation>Stichprobenumfang…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="54"/>
        <source>sample ID</source>
        <translation>Stichproben-ID</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="60"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="63"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="66"/>
        <source>Draw</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="111"/>
        <source>The seed is a whole number from 0 to 9007199254740991.</source>
        <translation>Der Startwert ist eine ganze Zahl von 0 bis 9007199254740991.</translation>
    </message>
</context>
<context>
    <name>ab::SampleSizeDialog</name>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="18"/>
        <source>Sample Size</source>
        <translation>Stichprobenumfang</translation>
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
        <translation>&amp;Konfidenzniveau:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="41"/>
        <source>&amp;Tolerable deviation rate:</source>
        <translation>&amp;Tolerierbare Abweichungsrate:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="42"/>
        <source>&amp;Expected deviation rate:</source>
        <translation>&amp;Erwartete Abweichungsrate:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="44"/>
        <source>Attribute sampling from the binomial distribution: the smallest sample for which finding no more than the allowed deviations supports the tolerable rate at this confidence (the AICPA tables&apos; method).</source>
        <translation>Attributstichprobe nach der Binomialverteilung: die kleinste Stichprobe, bei der höchstens die zulässigen Abweichungen die tolerierbare Rate bei diesem Konfidenzniveau stützen (die Methode der AICPA-Tabellen).</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="95"/>
        <source>The expected rate must be below the tolerable rate, which must be above 0 %.</source>
        <translation>Die erwartete Rate muss unter der tolerierbaren Rate liegen, die über 0 % liegen muss.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="100"/>
        <source>No sample of up to 100,000 items reaches this confidence: the expected rate is too close to the tolerable rate.</source>
        <translation>Keine Stichprobe mit bis zu 100.000 Elementen erreicht dieses Konfidenzniveau: die erwartete Rate liegt zu nahe an der tolerierbaren Rate.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="106"/>
        <source>Sample size: %1 items; deviations allowed: %2.</source>
        <translation>Stichprobenumfang: %1 Elemente; zulässige Abweichungen: %2.</translation>
    </message>
</context>
<context>
    <name>ab::SegmentJoiner</name>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="37"/>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="66"/>
        <source>key &apos;%1&apos; has fingerprint %2 here but %3 in %4: segments must be verified with the same keyring to be joined</source>
        <translation>Schlüssel &apos;%1&apos; hat hier den Fingerabdruck %2, in %4 aber %3: Segmente müssen mit demselben Schlüsselbund verifiziert sein, um zusammengeführt zu werden</translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="169"/>
        <source>expected at least one result to join</source>
        <translation>mindestens ein Ergebnis zum Zusammenführen erwartet</translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="175"/>
        <source>verified with --max-gap %1 but %2 with --max-gap %3: segments must be verified with the same --max-gap to be joined</source>
        <translation>verifiziert mit --max-gap %1, aber %2 mit --max-gap %3: Segmente müssen mit demselben --max-gap verifiziert sein, um zusammengeführt zu werden</translation>
    </message>
</context>
<context>
    <name>ab::SettingsDialog</name>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="32"/>
        <source>Auditor identity</source>
        <translation>Identität des Prüfers</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="36"/>
        <source>e.g. Jane Doe</source>
        <translation>z. B. Erika Mustermann</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="39"/>
        <source>e.g. jane.doe@firm.example</source>
        <translation>z. B. erika.mustermann@kanzlei.example</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="42"/>
        <source>e.g. Doe &amp; Partners LLP</source>
        <translation>z. B. Mustermann &amp; Partner mbB</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="44"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="45"/>
        <source>&amp;Firm:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="47"/>
        <source>Recorded in the workspace&apos;s activity log and printed on packages and reports.</source>
        <translation>Wird im Aktivitätsprotokoll des Arbeitsbereichs erfasst und auf Pakete und Berichte gedruckt.</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="52"/>
        <location filename="../ui/common/SettingsDialog.cpp" line="191"/>
        <source>Report branding</source>
        <translation>Berichtsgestaltung</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="58"/>
        <source>SVG or PNG file; empty for the default</source>
        <translation>SVG- oder PNG-Datei; leer für die Voreinstellung</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="59"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="66"/>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="72"/>
        <source>Load a branding file…</source>
        <translation>Gestaltungsdatei laden…</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="73"/>
        <source>A JSON file with organisation, logo, accent_colour and footer</source>
        <translation>Eine JSON-Datei mit organisation, logo, accent_colour und footer</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="79"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="81"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="83"/>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="87"/>
        <source>Foo&amp;ter:</source>
        <translation>F&amp;ußzeile:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="116"/>
        <source>Same as the interface</source>
        <translation>Wie die Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="125"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="126"/>
        <source>&amp;Report language:</source>
        <translation>&amp;Berichtssprache:</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="128"/>
        <source>A new language applies at once: the window is rebuilt and reopens the workspace and page. A keyring loaded for verification is held in memory only and must be chosen again. The report language sets printed reports&apos; headings and labels; the evidence they show is never translated.</source>
        <translation>Eine neue Sprache gilt sofort: das Fenster wird neu aufgebaut und öffnet Arbeitsbereich und Seite wieder. Ein für die Verifizierung geladener Schlüsselbund wird nur im Speicher gehalten und muss erneut gewählt werden. Die Berichtssprache bestimmt Überschriften und Beschriftungen gedruckter Berichte; die Nachweise darin werden nie übersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="91"/>
        <source>Choose the logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="92"/>
        <source>Images (*.svg *.png)</source>
        <translation>Bilder (*.svg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="98"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="104"/>
        <source>Load a branding file</source>
        <translation>Gestaltungsdatei laden</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="104"/>
        <source>Branding (*.json)</source>
        <translation>Gestaltung (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="109"/>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="113"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>ab::ShortcutsDialog</name>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="40"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="43"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="43"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
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
        <translation>gzip-Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="146"/>
        <source>byte %1: truncated gzip data: expected more compressed input</source>
        <translation>Byte %1: abgeschnittene gzip-Daten: weitere komprimierte Eingabe erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="151"/>
        <source>byte %1: corrupt gzip data (%2)</source>
        <translation>Byte %1: beschädigte gzip-Daten (%2)</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="158"/>
        <source>gzip data of %1 bytes inflates to more than %2 bytes, the limit for one file (a larger limit: --max-inflated-size)</source>
        <translation>gzip-Daten von %1 Bytes entpacken sich auf mehr als %2 Bytes, die Grenze für eine Datei (eine höhere Grenze: --max-inflated-size)</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="163"/>
        <source>gzip data of %1 bytes inflates to more than %2 bytes, over %3 times its size (a higher limit: --max-inflated-ratio)</source>
        <translation>gzip-Daten von %1 Bytes entpacken sich auf mehr als %2 Bytes, über das %3-Fache ihrer Größe (eine höhere Grenze: --max-inflated-ratio)</translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="174"/>
        <source>byte %1: expected end of file after the first gzip member, found %2 more bytes</source>
        <translation>Byte %1: Dateiende nach dem ersten gzip-Member erwartet, %2 weitere Bytes gefunden</translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="199"/>
        <source>invalid UTF-8 byte 0x%1: expected UTF-8 text</source>
        <translation>ungültiges UTF-8-Byte 0x%1: UTF-8-Text erwartet</translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="225"/>
        <location filename="../core/json/SourceText.cpp" line="280"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="239"/>
        <location filename="../core/json/SourceText.cpp" line="255"/>
        <location filename="../core/json/SourceText.cpp" line="284"/>
        <source>cannot read file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ab::SourcesDock</name>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="11"/>
        <location filename="../ui/shell/SourcesDock.cpp" line="50"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Imported by</source>
        <translation>Importiert von</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Imported at</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="51"/>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
</context>
<context>
    <name>ab::SummaryPanel</name>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="31"/>
        <source>(count only)</source>
        <translation>(nur Anzahl)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="38"/>
        <source>&amp;Count</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="40"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="42"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="45"/>
        <source>Count by:</source>
        <translation>Zählen nach:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="47"/>
        <source>across:</source>
        <translation>über:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="109"/>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="127"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/SummaryPanel.cpp" line="133"/>
        <source>Filter: %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>Filter: %1 (%Ln Datensatz).</numerusform>
            <numerusform>Filter: %1 (%Ln Datensätze).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="142"/>
        <source>Export the Summary to Excel</source>
        <translation>Die Zusammenfassung nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="143"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="153"/>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="170"/>
        <source>Summary written to %1.</source>
        <translation>Zusammenfassung nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="162"/>
        <source>Export the Summary as PDF</source>
        <translation>Die Zusammenfassung als PDF exportieren</translation>
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
        <translation>Datensätze nach %1</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="34"/>
        <source>Records by %1 and %2</source>
        <translation>Datensätze nach %1 und %2</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="38"/>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="39"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="43"/>
        <location filename="../core/report/SummaryReport.cpp" line="53"/>
        <source>Summary SHA-256</source>
        <translation>SHA-256 der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="47"/>
        <source>Record Summary</source>
        <translation>Zusammenfassung der Datensätze</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="50"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="51"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="52"/>
        <source>Records counted</source>
        <translation>Gezählte Datensätze</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="54"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="55"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="60"/>
        <source>Filter: %1 (%2 records).</source>
        <translation>Filter: %1 (%2 Datensätze).</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="66"/>
        <location filename="../core/report/SummaryReport.cpp" line="78"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="67"/>
        <source>No record matches the filter.</source>
        <translation>Kein Datensatz entspricht dem Filter.</translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="88"/>
        <source>Months are UTC calendar months of each record&apos;s timestamp; &quot;%1&quot; counts the records without the value.</source>
        <translation>Monate sind UTC-Kalendermonate des Zeitstempels jedes Datensatzes; &quot;%1&quot; zählt die Datensätze ohne den Wert.</translation>
    </message>
</context>
<context>
    <name>ab::TaskPanel</name>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="23"/>
        <source>Cancel the running task; nothing half-done is kept</source>
        <translation>Die laufende Aufgabe abbrechen; nichts Halbfertiges wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="62"/>
        <source>%1: cancelling…</source>
        <translation>%1: wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="72"/>
        <source>Cancelling “%1”; nothing half-done is kept…</source>
        <translation>„%1“ wird abgebrochen; nichts Halbfertiges wird behalten…</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="75"/>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="98"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ab::UserGuideDialog</name>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="24"/>
        <source>AuditBench User Guide</source>
        <translation>AuditBench-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ab::VerdictBanner</name>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="76"/>
        <source>Verify a&amp;gain</source>
        <translation>&amp;Erneut verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="78"/>
        <source>Verify the evidence, keyring and period now chosen</source>
        <translation>Die jetzt gewählten Nachweise, den Schlüsselbund und den Zeitraum verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="107"/>
        <source>Verified: chain intact, every MAC verified</source>
        <translation>Verifiziert: Kette intakt, jeder MAC verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="108"/>
        <source>%1 events checked with the keyring; no errors. The records are authentic and complete between the first and the last event.</source>
        <translation>%1 Ereignisse mit dem Schlüsselbund geprüft; keine Fehler. Die Datensätze sind zwischen dem ersten und dem letzten Ereignis authentisch und vollständig.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="114"/>
        <source>Chain intact, every MAC verified — coverage INCOMPLETE</source>
        <translation>Kette intakt, jeder MAC verifiziert — Abdeckung UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="115"/>
        <source>%1 events checked with the keyring; no errors. The records do not cover the whole time: %2. Nothing is proved about what is not covered.</source>
        <translation>%1 Ereignisse mit dem Schlüsselbund geprüft; keine Fehler. Die Datensätze decken nicht die gesamte Zeit ab: %2. Über das nicht Abgedeckte ist nichts bewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="120"/>
        <source>%1 events checked for order, sequence and linkage only. Without the keyring the content is not authenticated: choose the keyring file and verify again.</source>
        <translation>%1 Ereignisse nur auf Reihenfolge, Sequenz und Verkettung geprüft. Ohne Schlüsselbund ist der Inhalt nicht authentifiziert: Schlüsselbunddatei wählen und erneut verifizieren.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="124"/>
        <source>Coverage is incomplete: %1.</source>
        <translation>Die Abdeckung ist unvollständig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="125"/>
        <source>Linkage intact — MACs NOT verified (no keyring)</source>
        <translation>Verkettung intakt — MACs NICHT verifiziert (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="130"/>
        <source>Not valid: nothing was verified</source>
        <translation>Nicht gültig: nichts wurde verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="131"/>
        <source>%1. No record was checked, so the result proves nothing; choose evidence that holds records for the period.</source>
        <translation>%1. Kein Datensatz wurde geprüft, daher beweist das Ergebnis nichts; wählen Sie Nachweise, die Datensätze für den Zeitraum enthalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerdictBanner.cpp" line="137"/>
        <source>Verification failed: %Ln error(s)</source>
        <translation>
            <numerusform>Verifizierung fehlgeschlagen: %Ln Fehler</numerusform>
            <numerusform>Verifizierung fehlgeschlagen: %Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="138"/>
        <source>%1 events checked. The chain is broken or records were altered; each error below leads to its record in the audit log.</source>
        <translation>%1 Ereignisse geprüft. Die Kette ist unterbrochen oder Datensätze wurden verändert; jeder Fehler unten führt zu seinem Datensatz im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="147"/>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="147"/>
        <source>Reading the records and recomputing the chain.</source>
        <translation>Die Datensätze werden gelesen und die Kette neu berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="152"/>
        <source>Not verified: the input is unusable</source>
        <translation>Nicht verifiziert: die Eingabe ist unbrauchbar</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="160"/>
        <source>Out of date: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="161"/>
        <source>%1 changed since this result was computed; it says nothing about the inputs now chosen. Verify again.</source>
        <translation>Geändert, seit dieses Ergebnis berechnet wurde: %1; es sagt nichts über die jetzt gewählten Eingaben aus. Verifizieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="163"/>
        <source>An input</source>
        <translation>Eine Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="168"/>
        <source>Not verified yet</source>
        <translation>Noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="169"/>
        <source>Choose the evidence, the keyring and the examination period, then Verify.</source>
        <translation>Wählen Sie die Nachweise, den Schlüsselbund und den Prüfzeitraum, dann Verifizieren.</translation>
    </message>
</context>
<context>
    <name>ab::VerificationForm</name>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="58"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="62"/>
        <source>Gateway audit log (workspace)</source>
        <translation>Prüfprotokoll des Gateways (Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="63"/>
        <source>Agent runtime chain (workspace)</source>
        <translation>Kette der Agenten-Laufzeit (Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="64"/>
        <source>Export files</source>
        <translation>Exportdateien</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="65"/>
        <source>Gateway audit log: the gateway records the workspace holds. Agent runtime chain: the audit entries of every agent runtime export it holds, as one chain, which compliance packages then cite.</source>
        <translation>Prüfprotokoll des Gateways: die Gateway-Datensätze im Arbeitsbereich. Kette der Agenten-Laufzeit: die Prüfpfadeinträge aller Exporte der Agenten-Laufzeit im Arbeitsbereich als eine Kette, die Compliance-Pakete dann zitieren.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="77"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="78"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="85"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="91"/>
        <source>No keyring: linkage only</source>
        <translation>Kein Schlüsselbund: nur Verkettung</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="92"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="93"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="94"/>
        <source>Wipe the keys from memory</source>
        <translation>Die Schlüssel aus dem Speicher löschen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="106"/>
        <source>Examination period and chain ends</source>
        <translation>Prüfzeitraum und Kettenenden</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="109"/>
        <source>Only records inside the period (UTC, both ends inclusive)</source>
        <translation>Nur Datensätze innerhalb des Zeitraums (UTC, beide Grenzen eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="122"/>
        <source>Fr&amp;om:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="128"/>
        <source>A&amp;nchor:</source>
        <translation>A&amp;nker:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="129"/>
        <source>E&amp;xpected head:</source>
        <translation>Erwarteter &amp;Kopf:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="132"/>
        <source>Verif&amp;y</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="141"/>
        <source>the evidence chosen</source>
        <translation>die gewählten Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="145"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="149"/>
        <source>the examination period</source>
        <translation>der Prüfzeitraum</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="150"/>
        <source>the anchor</source>
        <translation>der Anker</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="152"/>
        <source>the expected head</source>
        <translation>der erwartete Kopf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationForm.cpp" line="264"/>
        <source>%Ln key(s) held in memory only:</source>
        <translation>
            <numerusform>%Ln Schlüssel, nur im Speicher gehalten:</numerusform>
            <numerusform>%Ln Schlüssel, nur im Speicher gehalten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="123"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="124"/>
        <source>optional: the head of the previous period</source>
        <translation>optional: der Kopf des vorigen Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="125"/>
        <source>What record 1 must link to, e.g. the head of last year&apos;s verified export</source>
        <translation>Womit Datensatz 1 verkettet sein muss, z. B. der Kopf des verifizierten Exports des Vorjahres</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="126"/>
        <source>optional: a head noted online</source>
        <translation>optional: ein online notierter Kopf</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="127"/>
        <source>The head HMAC from an earlier online verification; detects truncation</source>
        <translation>Der Kopf-HMAC aus einer früheren Online-Verifizierung; erkennt Kürzungen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="155"/>
        <source>Add audit export files</source>
        <translation>Audit-Exportdateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="156"/>
        <source>Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation>Audit-Exporte (*.json *.ndjson *.jsonl *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="163"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="219"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="237"/>
        <source>the evidence files</source>
        <translation>die Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="166"/>
        <source>Choose the keyring</source>
        <translation>Schlüsselbund auswählen</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="167"/>
        <source>Keyring (*.json);;All files (*)</source>
        <translation>Schlüsselbund (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="256"/>
        <source>%1 (fingerprint %2): %3</source>
        <translation>%1 (Fingerabdruck %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="266"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="286"/>
        <source>the keyring</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="270"/>
        <source>Keyring unusable: %1</source>
        <translation>Schlüsselbund unbrauchbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="283"/>
        <source>Without a keyring only order, sequence and linkage are checked; the verdict then says that the MACs were not verified.</source>
        <translation>Ohne Schlüsselbund werden nur Reihenfolge, Sequenz und Verkettung geprüft; das Urteil sagt dann, dass die MACs nicht verifiziert wurden.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="352"/>
        <source>The examination period ends before it starts.</source>
        <translation>Der Prüfzeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="364"/>
        <source>The anchor must be 64 hexadecimal characters (an HMAC).</source>
        <translation>Der Anker muss aus 64 Hexadezimalzeichen bestehen (ein HMAC).</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="366"/>
        <source>The expected head must be 64 hexadecimal characters (an HMAC).</source>
        <translation>Der erwartete Kopf muss aus 64 Hexadezimalzeichen bestehen (ein HMAC).</translation>
    </message>
</context>
<context>
    <name>ab::VerificationReport</name>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="29"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="47"/>
        <source>VERIFIED: chain intact, every MAC verified</source>
        <translation>VERIFIZIERT: Kette intakt, jeder MAC verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="48"/>
        <source>Sequence, linkage and structure are intact and every record&apos;s HMAC was recomputed with the keyring and matches.</source>
        <translation>Sequenz, Verkettung und Struktur sind intakt, und der HMAC jedes Datensatzes wurde mit dem Schlüsselbund neu berechnet und stimmt überein.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="52"/>
        <source>INTACT, COVERAGE INCOMPLETE: every MAC verified</source>
        <translation>INTAKT, ABDECKUNG UNVOLLSTÄNDIG: jeder MAC verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="53"/>
        <source>Sequence, linkage and every record&apos;s HMAC verify, but the records leave gaps or part of the period uncovered; nothing is proved about what is not covered.</source>
        <translation>Sequenz, Verkettung und der HMAC jedes Datensatzes sind verifiziert, aber die Datensätze lassen Lücken oder Teile des Zeitraums unabgedeckt; über das nicht Abgedeckte ist nichts bewiesen.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="57"/>
        <source>LINKAGE INTACT: MACs NOT VERIFIED</source>
        <translation>VERKETTUNG INTAKT: MACs NICHT VERIFIZIERT</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="58"/>
        <source>No keyring was used: sequence, linkage and structure are intact, but the records&apos; content is not authenticated. This is not a full verification.</source>
        <translation>Es wurde kein Schlüsselbund verwendet: Sequenz, Verkettung und Struktur sind intakt, aber der Inhalt der Datensätze ist nicht authentifiziert. Dies ist keine vollständige Verifizierung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReport.cpp" line="64"/>
        <source>ERRORS FOUND: %n error(s)</source>
        <translation>
            <numerusform>FEHLER GEFUNDEN: %n Fehler</numerusform>
            <numerusform>FEHLER GEFUNDEN: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="65"/>
        <source>The audit trail does not verify. Every error is listed in the report.</source>
        <translation>Der Prüfpfad lässt sich nicht verifizieren. Jeder Fehler ist im Bericht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="69"/>
        <source>NOT VERIFIED: the audit trail has not been verified</source>
        <translation>NICHT VERIFIZIERT: der Prüfpfad wurde nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="70"/>
        <source>No verification of this agent&apos;s audit trail is recorded in the workspace.</source>
        <translation>Im Arbeitsbereich ist keine Verifizierung des Prüfpfads dieses Agenten erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="79"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="80"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="84"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="80"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="81"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="82"/>
        <source>whole export (no period given)</source>
        <translation>gesamter Export (kein Zeitraum angegeben)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="87"/>
        <location filename="../core/report/VerificationReport.cpp" line="108"/>
        <source>Audit Chain Verification</source>
        <translation>Verifizierung der Audit-Kette</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="88"/>
        <source>Audit Chain Verification: %1</source>
        <translation>Verifizierung der Audit-Kette: %1</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="89"/>
        <source>HMAC chain verification result, period %1</source>
        <translation>Ergebnis der HMAC-Kettenverifizierung, Zeitraum %1</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="92"/>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="93"/>
        <location filename="../core/report/VerificationReport.cpp" line="116"/>
        <source>Result SHA-256</source>
        <translation>Ergebnis-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="99"/>
        <source>No record was checked (%1), so the result proves nothing.</source>
        <translation>Kein Datensatz wurde geprüft (%1), daher beweist das Ergebnis nichts.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="105"/>
        <source>Not covered: %1.</source>
        <translation>Nicht abgedeckt: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="111"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="112"/>
        <location filename="../core/report/VerificationReport.cpp" line="136"/>
        <source>Events checked</source>
        <translation>Geprüfte Ereignisse</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <location filename="../core/report/VerificationReport.cpp" line="179"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="114"/>
        <location filename="../core/report/VerificationReport.cpp" line="134"/>
        <source>MACs verified</source>
        <translation>MACs verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <source>no (no keyring)</source>
        <translation>nein (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="117"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="119"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="123"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="130"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="137"/>
        <source>Error count</source>
        <translation>Fehleranzahl</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="138"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="139"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="140"/>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="141"/>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="142"/>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="143"/>
        <source>none: the chain starts at its genesis record</source>
        <translation>keiner: die Kette beginnt bei ihrem Genesis-Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="145"/>
        <source>Head HMAC</source>
        <translation>Kopf-HMAC</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="146"/>
        <source>Duplicates merged</source>
        <translation>Zusammengeführte Duplikate</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="148"/>
        <source>The anchor is the previous_hmac the first checked record links to; note the head HMAC to check the next period&apos;s export against it (--anchor) or to detect truncation (--expect-head).</source>
        <translation>Der Anker ist der previous_hmac, mit dem der erste geprüfte Datensatz verkettet ist; notieren Sie den Kopf-HMAC, um den Export des nächsten Zeitraums dagegen zu prüfen (--anchor) oder Kürzungen zu erkennen (--expect-head).</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="154"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="155"/>
        <source>Keys are identified by id and fingerprint only; key material never appears in a report.</source>
        <translation>Schlüssel werden nur über ID und Fingerabdruck bezeichnet; Schlüsselmaterial erscheint nie in einem Bericht.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="158"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="159"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="160"/>
        <location filename="../core/report/VerificationReport.cpp" line="173"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="161"/>
        <source>Validity window</source>
        <translation>Gültigkeitsfenster</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="162"/>
        <source>No keys: the records name no hmac_key_id.</source>
        <translation>Keine Schlüssel: die Datensätze nennen keine hmac_key_id.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="165"/>
        <source>not in keyring</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="169"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="171"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="172"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="174"/>
        <source>No sources recorded.</source>
        <translation>Keine Quellen erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="182"/>
        <source>%1 errors were found; the result lists the first %2 (the rest were not kept, see --max-errors).</source>
        <translation>%1 Fehler wurden gefunden; das Ergebnis führt die ersten %2 auf (der Rest wurde nicht behalten, siehe --max-errors).</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="187"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="188"/>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="22"/>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="30"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="33"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 T %2 h %3 min</translation>
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
        <translation>gültig von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="45"/>
        <source>valid from %1, no end</source>
        <translation>gültig ab %1, ohne Ende</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="47"/>
        <source>valid until %1, no start</source>
        <translation>gültig bis %1, ohne Beginn</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="48"/>
        <source>no window</source>
        <translation>kein Fenster</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="57"/>
        <source>no evidence from %1 to %2 (starts late)</source>
        <translation>kein Nachweis von %1 bis %2 (beginnt spät)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="59"/>
        <source>no evidence in the period (starts late)</source>
        <translation>kein Nachweis im Zeitraum (beginnt spät)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReportSections.cpp" line="61"/>
        <source>%n gap(s) longer than %1 h</source>
        <translation>
            <numerusform>%n Lücke länger als %1 h</numerusform>
            <numerusform>%n Lücken länger als %1 h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="64"/>
        <source>no evidence from %1 to %2 (ends early)</source>
        <translation>kein Nachweis von %1 bis %2 (endet früh)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="66"/>
        <source>no evidence in the period (ends early)</source>
        <translation>kein Nachweis im Zeitraum (endet früh)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="74"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="76"/>
        <source>An intact chain says nothing about records that were never exported. This section states what the verified records cover of the period asked about, and every silence between two consecutive records longer than the maximum gap.</source>
        <translation>Eine intakte Kette sagt nichts über Datensätze, die nie exportiert wurden. Dieser Abschnitt gibt an, was die verifizierten Datensätze vom angefragten Zeitraum abdecken, und nennt jede Stille zwischen zwei aufeinanderfolgenden Datensätzen, die länger als die maximale Lücke ist.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="81"/>
        <source>none given (the whole export)</source>
        <translation>keiner angegeben (der gesamte Export)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="85"/>
        <source>nothing: no record was verified</source>
        <translation>nichts: kein Datensatz wurde verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="86"/>
        <source>no period start given</source>
        <translation>kein Beginn des Zeitraums angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="88"/>
        <source>NOT covered (starts late): the first record is more than %1 h after the period start</source>
        <translation>NICHT abgedeckt (beginnt spät): der erste Datensatz liegt mehr als %1 h nach dem Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="91"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="97"/>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="92"/>
        <source>no period end given</source>
        <translation>kein Ende des Zeitraums angegeben</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="94"/>
        <source>NOT covered (ends early): the last record is more than %1 h before the period end</source>
        <translation>NICHT abgedeckt (endet früh): der letzte Datensatz liegt mehr als %1 h vor dem Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="99"/>
        <source>Requested period</source>
        <translation>Angefragter Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="100"/>
        <source>Covered span</source>
        <translation>Abgedeckte Spanne</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="101"/>
        <source>Maximum gap</source>
        <translation>Maximale Lücke</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="101"/>
        <source>%1 h (--max-gap)</source>
        <translation>%1 h (--max-gap)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="102"/>
        <source>Gaps over the maximum</source>
        <translation>Lücken über dem Maximum</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="103"/>
        <source>Start of the period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="104"/>
        <source>End of the period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="108"/>
        <source>Coverage incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation>Abdeckung unvollständig: %1. Über die nicht abgedeckte Zeit ist nichts bewiesen.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="114"/>
        <source>After record</source>
        <translation>Nach Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="115"/>
        <source>Before record</source>
        <translation>Vor Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="116"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="117"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="118"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="120"/>
        <source>No gap longer than %1 h between consecutive records.</source>
        <translation>Keine Lücke länger als %1 h zwischen aufeinanderfolgenden Datensätzen.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="124"/>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="129"/>
        <source>%1 more gaps are counted but not listed (the result lists at most --max-errors).</source>
        <translation>%1 weitere Lücken sind gezählt, aber nicht aufgeführt (das Ergebnis führt höchstens --max-errors auf).</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="137"/>
        <source>How the chain works</source>
        <translation>Wie die Kette funktioniert</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="138"/>
        <source>The platform writes its audit log as a chain. Besides its content, every record carries three fields: hmac_key_id (which signing key sealed it), previous_hmac (the seal of the record before it) and hmac (its own seal). The workbench re-performs every check itself, offline; it trusts nothing the platform says about its own log.</source>
        <translation>Die Plattform schreibt ihr Prüfprotokoll als Kette. Neben seinem Inhalt trägt jeder Datensatz drei Felder: hmac_key_id (welcher Signaturschlüssel ihn versiegelt hat), previous_hmac (das Siegel des Datensatzes davor) und hmac (sein eigenes Siegel). Die Werkbank führt jede Prüfung selbst offline erneut durch; sie vertraut nichts, was die Plattform über ihr eigenes Protokoll sagt.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="143"/>
        <source>The anchor and the links</source>
        <translation>Der Anker und die Glieder</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="144"/>
        <source>The very first record of a chain links to a fixed start value of 64 zeros. An export of a later period begins in the middle of the chain: its first record links to a record that is not in the export, and that value is reported as the anchor. Comparing the anchor with the head HMAC of the previous period&apos;s verified export joins the two periods without a hole.</source>
        <translation>Der allererste Datensatz einer Kette ist mit einem festen Startwert aus 64 Nullen verkettet. Ein Export eines späteren Zeitraums beginnt mitten in der Kette: sein erster Datensatz ist mit einem Datensatz verkettet, der nicht im Export ist, und dieser Wert wird als Anker ausgewiesen. Der Vergleich des Ankers mit dem Kopf-HMAC des verifizierten Exports des vorigen Zeitraums verbindet die beiden Zeiträume ohne Lücke.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="149"/>
        <source>Every later record stores the seal of the record before it as its previous_hmac. Removing, inserting or reordering a record breaks the link of the record after it; dropping the newest records is caught by comparing the head HMAC with one noted earlier (--expect-head). Linkage alone only shows that the order was not broken, though: anyone who can write to the database can also recompute matching links after an edit.</source>
        <translation>Jeder spätere Datensatz speichert das Siegel des Datensatzes davor als seinen previous_hmac. Das Entfernen, Einfügen oder Umordnen eines Datensatzes bricht das Glied des folgenden Datensatzes; das Weglassen der neuesten Datensätze wird durch den Vergleich des Kopf-HMAC mit einem früher notierten erkannt (--expect-head). Die Verkettung allein zeigt jedoch nur, dass die Reihenfolge nicht gebrochen wurde: wer in die Datenbank schreiben kann, kann nach einer Änderung auch passende Glieder neu berechnen.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="156"/>
        <source>The seal of each record</source>
        <translation>Das Siegel jedes Datensatzes</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="157"/>
        <source>A record&apos;s hmac is an HMAC-SHA256 over the record&apos;s content written in one canonical form (the JSON Canonicalization Scheme, RFC 8785: members sorted, no white space, every number and string written exactly one way), followed by its previous_hmac. The key belongs to the platform and was handed to the auditor separately, as a keyring; it is never part of an export. The workbench recomputes every seal with that keyring. Because the seal also covers previous_hmac, it fixes the record&apos;s place in the chain as well as its content.</source>
        <translation>Der hmac eines Datensatzes ist ein HMAC-SHA256 über den Inhalt des Datensatzes in einer kanonischen Form (JSON Canonicalization Scheme, RFC 8785: Mitglieder sortiert, keine Leerzeichen, jede Zahl und jeder String auf genau eine Weise geschrieben), gefolgt von seinem previous_hmac. Der Schlüssel gehört der Plattform und wurde dem Prüfer getrennt als Schlüsselbund übergeben; er ist nie Teil eines Exports. Die Werkbank berechnet jedes Siegel mit diesem Schlüsselbund neu. Da das Siegel auch previous_hmac umfasst, legt es neben dem Inhalt auch den Platz des Datensatzes in der Kette fest.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="164"/>
        <source>Why a database administrator cannot change a record unseen</source>
        <translation>Warum ein Datenbankadministrator einen Datensatz nicht unbemerkt ändern kann</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="165"/>
        <source>A privileged database user can change any byte of the stored records but does not hold the signing key. Editing a record changes what its seal must be; deleting one breaks the link of the next; inserting one needs a seal only the key can make. Recomputing the links does not help either: the seal of every following record then fails. Only someone holding the key could rewrite the chain consistently. That is why a verification without the keyring (linkage only) is never reported as a full verification.</source>
        <translation>Ein privilegierter Datenbankbenutzer kann jedes Byte der gespeicherten Datensätze ändern, besitzt aber nicht den Signaturschlüssel. Das Bearbeiten eines Datensatzes ändert, wie sein Siegel lauten muss; das Löschen eines Datensatzes bricht das Glied des nächsten; das Einfügen eines Datensatzes braucht ein Siegel, das nur der Schlüssel erzeugen kann. Auch das Neuberechnen der Glieder hilft nicht: dann schlägt das Siegel jedes folgenden Datensatzes fehl. Nur wer den Schlüssel besitzt, könnte die Kette stimmig neu schreiben. Deshalb wird eine Verifizierung ohne Schlüsselbund (nur Verkettung) nie als vollständige Verifizierung ausgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="172"/>
        <source>Key validity windows</source>
        <translation>Gültigkeitsfenster der Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="173"/>
        <source>Keys are rotated. The keyring may state when each key was in use (not_before, not_after). A record sealed with a key outside that window is an error: it catches a record re-sealed later with a retired key that was kept or leaked, and a key used before it was issued.</source>
        <translation>Schlüssel werden rotiert. Der Schlüsselbund kann angeben, wann jeder Schlüssel in Gebrauch war (not_before, not_after). Ein Datensatz, der mit einem Schlüssel außerhalb dieses Fensters versiegelt wurde, ist ein Fehler: so fällt ein Datensatz auf, der später mit einem ausgemusterten, aufbewahrten oder abgeflossenen Schlüssel neu versiegelt wurde, ebenso ein Schlüssel, der vor seiner Ausgabe verwendet wurde.</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="177"/>
        <source>What coverage means</source>
        <translation>Was Abdeckung bedeutet</translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="178"/>
        <source>An intact chain proves that the exported records were not altered and that none is missing between the first and the last. It says nothing about records that were never exported: before the first, after the last, or in a period the export does not reach. The Coverage section therefore sets the period asked about against the span the records cover and lists every silence longer than the maximum gap. Only a result that is intact, verified with the keyring and complete is reported as verified.</source>
        <translation>Eine intakte Kette beweist, dass die exportierten Datensätze nicht verändert wurden und zwischen dem ersten und dem letzten keiner fehlt. Sie sagt nichts über Datensätze, die nie exportiert wurden: vor dem ersten, nach dem letzten oder in einem Zeitraum, den der Export nicht erreicht. Der Abschnitt Abdeckung stellt daher den angefragten Zeitraum der von den Datensätzen abgedeckten Spanne gegenüber und führt jede Stille auf, die länger als die maximale Lücke ist. Nur ein Ergebnis, das intakt, mit dem Schlüsselbund verifiziert und vollständig ist, wird als verifiziert ausgewiesen.</translation>
    </message>
</context>
<context>
    <name>ab::VerificationResult</name>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="59"/>
        <location filename="../core/chain/VerificationResult.cpp" line="66"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="60"/>
        <location filename="../core/chain/VerificationResult.cpp" line="64"/>
        <location filename="../core/chain/VerificationResult.cpp" line="83"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="63"/>
        <source>an array of strings</source>
        <translation>ein Array von Strings</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="68"/>
        <source>an object or null</source>
        <translation>ein Objekt oder null</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="70"/>
        <location filename="../core/chain/VerificationResult.cpp" line="72"/>
        <source>an event {&quot;id&quot;, &quot;timestamp&quot;} or null</source>
        <translation>ein Ereignis {&quot;id&quot;, &quot;timestamp&quot;} oder null</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="73"/>
        <location filename="../core/chain/VerificationResult.cpp" line="74"/>
        <source>an hmac or null</source>
        <translation>ein hmac oder null</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="82"/>
        <source>an array of keys {&quot;id&quot;, &quot;records&quot;}</source>
        <translation>ein Array von Schlüsseln {&quot;id&quot;, &quot;records&quot;}</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="86"/>
        <source>an array of sources</source>
        <translation>ein Array von Quellen</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="93"/>
        <source>a coverage object with max_gap_hours, gaps and gap_count</source>
        <translation>ein Abdeckungsobjekt mit max_gap_hours, gaps und gap_count</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="98"/>
        <source>expected &quot;%1&quot; to be %2</source>
        <translation>&quot;%1&quot; muss %2 sein</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="301"/>
        <source>empty: expected a verification result (what auditbench-cli verify prints)</source>
        <translation>leer: Verifizierungsergebnis erwartet (was auditbench-cli verify ausgibt)</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="308"/>
        <source>expected a verification result (JSON): %1</source>
        <translation>Verifizierungsergebnis (JSON) erwartet: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="310"/>
        <source>expected a verification result object (what auditbench-cli verify prints)</source>
        <translation>Verifizierungsergebnis-Objekt erwartet (was auditbench-cli verify ausgibt)</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="314"/>
        <source>not a verification result: %1</source>
        <translation>kein Verifizierungsergebnis: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="317"/>
        <source>not a verification result</source>
        <translation>kein Verifizierungsergebnis</translation>
    </message>
</context>
<context>
    <name>ab::VerificationResultPanel</name>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="37"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="51"/>
        <source>Errors (double-click to show the record in the audit log):</source>
        <translation>Fehler (Doppelklick zeigt den Datensatz im Prüfprotokoll):</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="53"/>
        <source>Print report…</source>
        <translation>Bericht drucken…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="55"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="57"/>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="90"/>
        <source>Copy head HMAC</source>
        <translation>Kopf-HMAC kopieren</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="92"/>
        <source>Copy anchor</source>
        <translation>Anker kopieren</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="94"/>
        <source>Copy result JSON</source>
        <translation>Ergebnis-JSON kopieren</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="96"/>
        <source>The result object of docs/spec/chain.md, as auditbench-cli verify prints it</source>
        <translation>Das Ergebnisobjekt aus docs/spec/chain.md, wie auditbench-cli verify es ausgibt</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="139"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>After record</source>
        <translation>Nach Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>Before record</source>
        <translation>Vor Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>Without a record for</source>
        <translation>Ohne Datensatz während</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="153"/>
        <source>Double-click a gap to show the record after it in the audit log.</source>
        <translation>Doppelklick auf eine Lücke zeigt den Datensatz danach im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="204"/>
        <source>Stored run:</source>
        <translation>Gespeicherter Lauf:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="204"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="206"/>
        <source>Run at:</source>
        <translation>Lauf am:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="208"/>
        <source>Run by:</source>
        <translation>Lauf durch:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="211"/>
        <source>Events checked:</source>
        <translation>Geprüfte Ereignisse:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="212"/>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>MACs verified:</source>
        <translation>MACs verifiziert:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>no — no keyring</source>
        <translation>nein — kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="215"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="216"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="217"/>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="220"/>
        <source>First event:</source>
        <translation>Erstes Ereignis:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="223"/>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="226"/>
        <source>Anchor:</source>
        <translation>Anker:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="228"/>
        <source>Head HMAC:</source>
        <translation>Kopf-HMAC:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="233"/>
        <source>%1: %2 records; %3</source>
        <translation>%1: %2 Datensätze; %3</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="234"/>
        <source>%1 (%2): %3 records; %4</source>
        <translation>%1 (%2): %3 Datensätze; %4</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="238"/>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="240"/>
        <source>Duplicates merged:</source>
        <translation>Zusammengeführte Duplikate:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="243"/>
        <source>%1 (%2 records, SHA-256 %3)</source>
        <translation>%1 (%2 Datensätze, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="246"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="276"/>
        <source>%1 more errors not listed (the limit is %2).</source>
        <translation>%1 weitere Fehler nicht aufgeführt (die Grenze ist %2).</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="285"/>
        <source>Coverage incomplete: %1.</source>
        <translation>Abdeckung unvollständig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="292"/>
        <source>Linkage intact but MACs not verified: no keyring was given.</source>
        <translation>Verkettung intakt, aber MACs nicht verifiziert: kein Schlüsselbund angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="302"/>
        <source>Complete: the records cover the period asked about with no gap longer than %1 h.</source>
        <translation>Vollständig: die Datensätze decken den angefragten Zeitraum ohne Lücke länger als %1 h ab.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="304"/>
        <source>Incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation>Unvollständig: %1. Über die nicht abgedeckte Zeit ist nichts bewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="307"/>
        <source>This is what the records claim to cover: the chain has errors.</source>
        <translation>Dies ist, was die Datensätze abzudecken behaupten: die Kette hat Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="310"/>
        <source>This is what the records claim to cover: their MACs were not verified.</source>
        <translation>Dies ist, was die Datensätze abzudecken behaupten: ihre MACs wurden nicht verifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="333"/>
        <source>%1 more gaps longer than %2 h are counted but not listed (the limit is --max-errors, %3).</source>
        <translation>%1 weitere Lücken länger als %2 h sind gezählt, aber nicht aufgeführt (die Grenze ist --max-errors, %3).</translation>
    </message>
</context>
<context>
    <name>ab::VerificationRunsTable</name>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="13"/>
        <source>Past runs in this workspace</source>
        <translation>Frühere Läufe in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="34"/>
        <source>Gateway audit log</source>
        <translation>Prüfprotokoll des Gateways</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="37"/>
        <source>Agent runtime chain</source>
        <translation>Kette der Agenten-Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="49"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="51"/>
        <source>Intact, coverage incomplete</source>
        <translation>Intakt, Abdeckung unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="53"/>
        <source>Linkage only</source>
        <translation>Nur Verkettung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="54"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::VerificationView</name>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="92"/>
        <source>the file %1 on disk</source>
        <translation>die Datei %1 auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="264"/>
        <source>Verifying</source>
        <translation>Verifizierung läuft</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="290"/>
        <source>An input</source>
        <translation>Eine Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="294"/>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
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
            <numerusform>%Ln weitere Datei</numerusform>
            <numerusform>%Ln weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="347"/>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="348"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="349"/>
        <source>Evidence: workspace %1, stored run %2; sources: %3</source>
        <translation>Nachweise: Arbeitsbereich %1, gespeicherter Lauf %2; Quellen: %3</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="350"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="355"/>
        <source>Evidence: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
</context>
<context>
    <name>ab::VerifyPackDialog</name>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="20"/>
        <source>Verify an Evidence Pack</source>
        <translation>Ein Nachweispaket verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="27"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="30"/>
        <source>Evidence pack folder</source>
        <translation>Ordner des Nachweispakets</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="31"/>
        <source>Auditor&apos;s public key</source>
        <translation>Öffentlicher Schlüssel des Prüfers</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="32"/>
        <source>PEM public key (*.pem)</source>
        <translation>Öffentlicher PEM-Schlüssel (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="40"/>
        <source>Pack folder:</source>
        <translation>Paketordner:</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="41"/>
        <source>Expected public key (optional):</source>
        <translation>Erwarteter öffentlicher Schlüssel (optional):</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="53"/>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="74"/>
        <source>INTACT: %1</source>
        <translation>INTAKT: %1</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="75"/>
        <source>NOT INTACT: %1</source>
        <translation>NICHT INTAKT: %1</translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="79"/>
        <source>UNUSABLE: %1</source>
        <translation>UNBRAUCHBAR: %1</translation>
    </message>
</context>
<context>
    <name>ab::WelcomePage</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="44"/>
        <source>&lt;h2&gt;Welcome to AuditBench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei AuditBench&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="45"/>
        <source>A workspace holds one engagement&apos;s evidence, verifications, packages and activity log. Create one, open one, or try the demo workspace first.</source>
        <translation>Ein Arbeitsbereich enthält die Nachweise, Verifizierungen, Pakete und das Aktivitätsprotokoll eines Prüfungsauftrags. Legen Sie einen an, öffnen Sie einen oder probieren Sie zuerst den Demo-Arbeitsbereich aus.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="50"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="52"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="54"/>
        <source>Open the &amp;Demo</source>
        <translation>De&amp;mo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="56"/>
        <source>Synthetic evidence with a tampered copy, created on first use</source>
        <translation>Synthetische Nachweise mit einer manipulierten Kopie, beim ersten Aufruf erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="57"/>
        <source>Verif&amp;y Files Only…</source>
        <translation>Nur Dateien &amp;verifizieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="59"/>
        <source>Check the chain of export files without keeping them in a workspace</source>
        <translation>Die Kette von Exportdateien prüfen, ohne sie in einem Arbeitsbereich aufzubewahren</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="63"/>
        <source>&amp;Recent workspaces:</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche:</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="106"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="111"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>ab::WorkpaperPage</name>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="37"/>
        <source>No exception</source>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="39"/>
        <source>Exception</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="41"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="45"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="53"/>
        <source>Sign the Workpaper</source>
        <translation>Das Arbeitspapier freigeben</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="54"/>
        <source>Preparer&apos;s name:</source>
        <translation>Name des Erstellers:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="55"/>
        <source>Reviewer&apos;s name:</source>
        <translation>Name des Reviewers:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="59"/>
        <source>Review Note</source>
        <translation>Review-Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="59"/>
        <source>Note for the preparer:</source>
        <translation>Hinweis für den Ersteller:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="68"/>
        <source>New Workpaper…</source>
        <translation>Neues Arbeitspapier…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="71"/>
        <source>&amp;Workpaper:</source>
        <translation>A&amp;rbeitspapier:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="89"/>
        <source>Select an item to see its record.</source>
        <translation>Wählen Sie einen Punkt, um seinen Datensatz zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="105"/>
        <source>What was inspected, and what was found</source>
        <translation>Was geprüft wurde und was festgestellt wurde</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="106"/>
        <source>&amp;Record Result</source>
        <translation>Ergebnis &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="109"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="137"/>
        <source>Sign as &amp;Preparer…</source>
        <translation>Als Ersteller &amp;freigeben…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="139"/>
        <source>Sign as Rev&amp;iewer…</source>
        <translation>Als Rev&amp;iewer freigeben…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="140"/>
        <source>Review &amp;Note…</source>
        <translation>Review-Hin&amp;weis…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="142"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="143"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="144"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="154"/>
        <source>Review notes:</source>
        <translation>Review-Hinweise:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="195"/>
        <source>%1: %2 (version %3)</source>
        <translation>%1: %2 (Version %3)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="256"/>
        <source>No workpaper yet: draw a sample (Audit Log ▸ Sample…), then New Workpaper….</source>
        <translation>Noch kein Arbeitspapier: ziehen Sie eine Stichprobe (Prüfprotokoll ▸ Stichprobe…), dann Neues Arbeitspapier….</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="258"/>
        <source>Open a workspace to test controls.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Kontrollen zu testen.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="290"/>
        <source>Version %1 of %2. %3</source>
        <translation>Version %1 von %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="294"/>
        <source>Content SHA-256: %1</source>
        <translation>Inhalts-SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="298"/>
        <source>Preparer</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="298"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="299"/>
        <source>%1: %2, %3, signed %4…</source>
        <translation>%1: %2, %3, freigegeben %4…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="300"/>
        <source>%1: not signed</source>
        <translation>%1: nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="304"/>
        <source>v%1, %2 (%3): %4</source>
        <translation>v%1, %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="413"/>
        <source>Version %1 was signed and stays as signed: the change made version %2, which needs signing again.</source>
        <translation>Version %1 wurde freigegeben und bleibt wie freigegeben: die Änderung hat Version %2 erzeugt, die erneut freigegeben werden muss.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="464"/>
        <source>Export the Workpaper as PDF</source>
        <translation>Das Arbeitspapier als PDF exportieren</translation>
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
            <numerusform>Arbeitspapier nach %1 geschrieben (%Ln Seite).</numerusform>
            <numerusform>Arbeitspapier nach %1 geschrieben (%Ln Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="485"/>
        <source>Export the Workpaper to Excel</source>
        <translation>Das Arbeitspapier nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="486"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="497"/>
        <source>Workpaper written to %1.</source>
        <translation>Arbeitspapier nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ab::WorkpaperReport</name>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="37"/>
        <source>No exception</source>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="39"/>
        <source>EXCEPTION</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="41"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="123"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="45"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="124"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="53"/>
        <source>SUPPORTS RELIANCE on the control</source>
        <translation>STÜTZT DAS VERTRAUEN in die Kontrolle</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="55"/>
        <source>DOES NOT SUPPORT RELIANCE on the control</source>
        <translation>STÜTZT DAS VERTRAUEN in die Kontrolle NICHT</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="59"/>
        <source>INCOMPLETE: no conclusion yet</source>
        <translation>UNVOLLSTÄNDIG: noch keine Schlussfolgerung</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="66"/>
        <source>not signed</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="67"/>
        <source>%1, %2 (SHA-256 %3…)</source>
        <translation>%1, %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="81"/>
        <source>Tests of Controls: %1</source>
        <translation>Kontrolltests: %1</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="82"/>
        <source>Workpaper %1 version %2 over sample %3</source>
        <translation>Arbeitspapier %1 Version %2 über Stichprobe %3</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="88"/>
        <source>Workpaper %1, version %2</source>
        <translation>Arbeitspapier %1, Version %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="89"/>
        <source>Workpaper SHA-256</source>
        <translation>SHA-256 des Arbeitspapiers</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="94"/>
        <source>Tests of Controls Workpaper</source>
        <translation>Arbeitspapier für Kontrolltests</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="97"/>
        <source>Workpaper</source>
        <translation>Arbeitspapier</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="98"/>
        <source>%1, version %2 of %3</source>
        <translation>%1, Version %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="99"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="140"/>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="100"/>
        <source>%1 (%2): %3 of %4 records</source>
        <translation>%1 (%2): %3 von %4 Datensätzen</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="103"/>
        <source>Confidence</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="104"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="130"/>
        <source>Tolerable rate</source>
        <translation>Tolerierbare Rate</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="105"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="202"/>
        <source>Preparer</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="106"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="203"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="107"/>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="108"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="109"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="186"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="117"/>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="120"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="151"/>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="121"/>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="122"/>
        <source>Exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="125"/>
        <source>Deviation rate</source>
        <translation>Abweichungsrate</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="126"/>
        <source>Upper deviation limit</source>
        <translation>Obere Abweichungsgrenze</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="127"/>
        <source>%1 at %2 confidence</source>
        <translation>%1 bei %2 Konfidenzniveau</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="132"/>
        <source>The upper deviation limit is the binomial rate p with P(X &lt;= exceptions | tested, p) = 1 - confidence; not-applicable items are not tested items. The control is relied on when the limit does not exceed the tolerable rate.</source>
        <translation>Die obere Abweichungsgrenze ist die Binomialrate p mit P(X &lt;= Abweichungen | getestet, p) = 1 - Konfidenzniveau; nicht anwendbare Punkte zählen nicht als getestet. Auf die Kontrolle wird vertraut, wenn die Grenze die tolerierbare Rate nicht überschreitet.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="138"/>
        <source>Sample and population</source>
        <translation>Stichprobe und Grundgesamtheit</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="141"/>
        <source>Population filters</source>
        <translation>Filter der Grundgesamtheit</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="142"/>
        <source>Population</source>
        <translation>Grundgesamtheit</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="143"/>
        <source>Verification run</source>
        <translation>Verifizierungslauf</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="144"/>
        <source>none covers it</source>
        <translation>keiner deckt sie ab</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="145"/>
        <source>Head HMAC</source>
        <translation>Kopf-HMAC</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="146"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="147"/>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="154"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="155"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="156"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="181"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="159"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="160"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="161"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="162"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="175"/>
        <source>Records tested</source>
        <translation>Getestete Datensätze</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="178"/>
        <source>Review notes</source>
        <translation>Review-Hinweise</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="180"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="182"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="183"/>
        <source>No review notes.</source>
        <translation>Keine Review-Hinweise.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="189"/>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="191"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="192"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="193"/>
        <source>Signed</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="194"/>
        <source>Content SHA-256 signed</source>
        <translation>Freigegebener Inhalts-SHA-256</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="195"/>
        <source>Matches</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="197"/>
        <source>Not signed: this version needs the preparer&apos;s and the reviewer&apos;s sign-off.</source>
        <translation>Nicht freigegeben: diese Version braucht die Freigabe des Erstellers und des Reviewers.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="205"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="205"/>
        <source>NO: content changed</source>
        <translation>NEIN: Inhalt geändert</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="210"/>
        <source>Each sign-off binds the SHA-256 of the workpaper&apos;s canonical (RFC 8785) content; the full hash is in the footer. Re-compute it with &apos;auditbench-cli workpaper show&apos;.</source>
        <translation>Jede Freigabe bindet den SHA-256 des kanonischen (RFC 8785) Inhalts des Arbeitspapiers; der vollständige Hash steht in der Fußzeile. Berechnen Sie ihn neu mit &apos;auditbench-cli workpaper show&apos;.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="223"/>
        <source>%1 has no workpaper %2</source>
        <translation>%1 hat kein Arbeitspapier %2</translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceCheckGate</name>
    <message numerus="yes">
        <location filename="../ui/verification/WorkspaceCheckGate.cpp" line="23"/>
        <source>%1: the workspace failed its check (%Ln finding(s)), so nothing was verified and no verdict is shown: %2. The issues dock lists the findings of the full check.</source>
        <translation>
            <numerusform>%1: der Arbeitsbereich hat seine Prüfung nicht bestanden (%Ln Befund), daher wurde nichts verifiziert und kein Urteil angezeigt: %2. Das Problemfenster listet die Befunde der vollständigen Prüfung auf.</numerusform>
            <numerusform>%1: der Arbeitsbereich hat seine Prüfung nicht bestanden (%Ln Befunde), daher wurde nichts verifiziert und kein Urteil angezeigt: %2. Das Problemfenster listet die Befunde der vollständigen Prüfung auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="50"/>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1: bereits importiert; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="62"/>
        <source>Import cancelled; the workspace is exactly as before.</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist genau wie zuvor.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="66"/>
        <source>Import failed, nothing was imported: %1</source>
        <translation>Import fehlgeschlagen, nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="102"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="172"/>
        <source>Workspace check: intact (%Ln source(s), activity log of %1 entries, last hash %2).</source>
        <translation>
            <numerusform>Prüfung des Arbeitsbereichs: intakt (%Ln Quelle, Aktivitätsprotokoll mit %1 Einträgen, letzter Hash %2).</numerusform>
            <numerusform>Prüfung des Arbeitsbereichs: intakt (%Ln Quellen, Aktivitätsprotokoll mit %1 Einträgen, letzter Hash %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="264"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="194"/>
        <location filename="../ui/shell/WorkspaceController.cpp" line="265"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation>AuditBench-Arbeitsbereich (*.auditbench)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="51"/>
        <source>%1: imported %Ln record(s) (%2).</source>
        <translation>
            <numerusform>%1: %Ln Datensatz importiert (%2).</numerusform>
            <numerusform>%1: %Ln Datensätze importiert (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="117"/>
        <source>%1 is opened read-only (read-only media): it can be read, searched and checked, but nothing can be imported, verified, generated or printed into it. Save a copy to work on it.</source>
        <translation>%1 ist schreibgeschützt geöffnet (schreibgeschützter Datenträger): er kann gelesen, durchsucht und geprüft werden, aber nichts kann in ihn importiert, verifiziert, erzeugt oder gedruckt werden. Speichern Sie eine Kopie, um damit zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="169"/>
        <source>The workspace could not be checked: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="180"/>
        <source>Workspace check: %1</source>
        <translation>Prüfung des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="192"/>
        <source>Save a copy of the workspace</source>
        <translation>Eine Kopie des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="207"/>
        <source>Saving a copy as %1</source>
        <translation>Kopie wird als %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="209"/>
        <source>Another task is running; save the copy when it has finished.</source>
        <translation>Eine andere Aufgabe läuft; speichern Sie die Kopie, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="225"/>
        <source>Saved a copy of the workspace as %1.</source>
        <translation>Eine Kopie des Arbeitsbereichs wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="229"/>
        <source>Saving the copy was cancelled; no copy was written.</source>
        <translation>Das Speichern der Kopie wurde abgebrochen; es wurde keine Kopie geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="272"/>
        <location filename="../ui/shell/WorkspaceController.cpp" line="400"/>
        <source>%1 already exists: open it instead, or choose another name.</source>
        <translation>%1 existiert bereits: öffnen Sie ihn stattdessen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="281"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="282"/>
        <source>AuditBench workspace (*.auditbench);;All files (*)</source>
        <translation>AuditBench-Arbeitsbereich (*.auditbench);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="290"/>
        <source>Import evidence</source>
        <translation>Nachweise importieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="290"/>
        <source>Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation>Nachweise (*.json *.ndjson *.jsonl *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="335"/>
        <source>Creating demo evidence</source>
        <translation>Demo-Nachweise werden erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="362"/>
        <source>The workspace is read-only: save a copy and import into the copy.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt: speichern Sie eine Kopie und importieren Sie in die Kopie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="366"/>
        <source>Importing %Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei wird importiert</numerusform>
            <numerusform>%Ln Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="422"/>
        <source>%Ln chain file(s) added to the verification; nothing was imported.</source>
        <translation>
            <numerusform>%Ln Kettendatei zur Verifizierung hinzugefügt; nichts wurde importiert.</numerusform>
            <numerusform>%Ln Kettendateien zur Verifizierung hinzugefügt; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="368"/>
        <source>Another task is running; import the files when it has finished.</source>
        <translation>Eine andere Aufgabe läuft; importieren Sie die Dateien, wenn sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="416"/>
        <source>%1 is not verified: %2. Create a workspace to import it.</source>
        <translation>%1 ist nicht verifiziert: %2. Legen Sie einen Arbeitsbereich an, um die Datei zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="450"/>
        <source>The verification runs could not be read: %1</source>
        <translation>Die Verifizierungsläufe konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ab::WorkspacePackages</name>
    <message>
        <location filename="../core/package/WorkspacePackages.cpp" line="66"/>
        <source>%1: no imported agent runtime export lists agent &quot;%2&quot;</source>
        <translation>%1: kein importierter Export der Agenten-Laufzeit führt den Agenten &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceReports</name>
    <message numerus="yes">
        <location filename="../core/report/WorkspaceReports.cpp" line="26"/>
        <source>%n entries, last hash %1</source>
        <translation>
            <numerusform>%n Eintrag, letzter Hash %1</numerusform>
            <numerusform>%n Einträge, letzter Hash %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="52"/>
        <source>The package cites run %1 with a verdict or coverage other than the result stored for run %1 in this workspace.</source>
        <translation>Das Paket zitiert Lauf %1 mit einem anderen Urteil oder einer anderen Abdeckung als das für Lauf %1 in diesem Arbeitsbereich gespeicherte Ergebnis.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="56"/>
        <source>The package cites run %1 with result SHA-256 %2, but the result stored for run %1 in this workspace has SHA-256 %3.</source>
        <translation>Das Paket zitiert Lauf %1 mit Ergebnis-SHA-256 %2, aber das für Lauf %1 in diesem Arbeitsbereich gespeicherte Ergebnis hat SHA-256 %3.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="60"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="66"/>
        <source>The package cites run %1, which is not stored in this workspace.</source>
        <translation>Das Paket zitiert Lauf %1, der in diesem Arbeitsbereich nicht gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="109"/>
        <source>%1: no compliance package &apos;%2&apos; in this workspace</source>
        <translation>%1: kein Compliance-Paket &apos;%2&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="143"/>
        <source>run %1, %2</source>
        <translation>Lauf %1, %2</translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="149"/>
        <source>%1: no verification run %2 in this workspace</source>
        <translation>%1: kein Verifizierungslauf %2 in diesem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceStore</name>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="25"/>
        <source>cannot create the workbook</source>
        <translation>die Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/export/ExportProvenance.cpp" line="30"/>
        <location filename="../core/export/ExportProvenance.cpp" line="37"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="37"/>
        <source>Cannot write %1: %2 records do not fit in one Excel sheet (at most %3); narrow the filters</source>
        <translation>%1 kann nicht geschrieben werden: %2 Datensätze passen nicht in ein Excel-Blatt (höchstens %3); grenzen Sie die Filter ein</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="43"/>
        <location filename="../core/workspace/RecordExport.cpp" line="162"/>
        <source>Exporting records</source>
        <translation>Datensätze werden exportiert</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="44"/>
        <source>cannot add a worksheet</source>
        <translation>kein Arbeitsblatt kann hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="91"/>
        <source>Cannot write %1: cannot replace the file</source>
        <translation>%1 kann nicht geschrieben werden: die Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/ocsf/OcsfExport.cpp" line="67"/>
        <source>Exporting OCSF events</source>
        <translation>OCSF-Ereignisse werden exportiert</translation>
    </message>
    <message>
        <location filename="../core/ocsf/OcsfExport.cpp" line="82"/>
        <source>record %1 is not a JSON object</source>
        <translation>Datensatz %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="45"/>
        <source>activity details for &apos;%1&apos; are not valid JSON</source>
        <translation>Aktivitätsdetails für &apos;%1&apos; sind kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="49"/>
        <source>activity details for &apos;%1&apos;: expected a JSON object</source>
        <translation>Aktivitätsdetails für &apos;%1&apos;: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="111"/>
        <source>Activity log row %1 is missing (the next row is %2): rows were deleted</source>
        <translation>Zeile %1 des Aktivitätsprotokolls fehlt (die nächste Zeile ist %2): Zeilen wurden gelöscht</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="116"/>
        <source>Activity log row %1: prev_hash does not match the hash of row %2</source>
        <translation>Zeile %1 des Aktivitätsprotokolls: prev_hash stimmt nicht mit dem Hash von Zeile %2 überein</translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="127"/>
        <source>Activity log row %1: content does not match its hash (the row was altered)</source>
        <translation>Zeile %1 des Aktivitätsprotokolls: Inhalt stimmt nicht mit seinem Hash überein (die Zeile wurde verändert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/ActivityLog.cpp" line="133"/>
        <source>Activity log intact: %n row(s), hash chain verified</source>
        <translation>
            <numerusform>Aktivitätsprotokoll intakt: %n Zeile, Hash-Kette verifiziert</numerusform>
            <numerusform>Aktivitätsprotokoll intakt: %n Zeilen, Hash-Kette verifiziert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/HashingWriter.cpp" line="15"/>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="62"/>
        <source>compliance package %1 is already in the workspace with different content: packages are immutable</source>
        <translation>Compliance-Paket %1 ist bereits mit anderem Inhalt im Arbeitsbereich: Pakete sind unveränderlich</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="85"/>
        <source>package origin &apos;%1&apos;: expected workbench or platform</source>
        <translation>Paketherkunft &apos;%1&apos;: workbench oder platform erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="88"/>
        <source>compliance package</source>
        <translation>Compliance-Paket</translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="157"/>
        <source>verdict &apos;%1&apos;: expected agree, exception or not_applicable</source>
        <translation>Urteil &apos;%1&apos;: agree, exception oder not_applicable erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="167"/>
        <source>daily counts can be split by action or framework, not &apos;%1&apos;</source>
        <translation>Tageszählungen lassen sich nach Aktion oder Rahmenwerk aufteilen, nicht nach &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="196"/>
        <source>no filter column named &apos;%1&apos;</source>
        <translation>keine Filterspalte namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="46"/>
        <source>%1: the workspace holds no gateway audit export to verify</source>
        <translation>%1: der Arbeitsbereich enthält keinen Audit-Export des Gateways zum Verifizieren</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="49"/>
        <location filename="../core/workspace/RunStore.cpp" line="105"/>
        <source>Reading %1 from the workspace</source>
        <translation>%1 wird aus dem Arbeitsbereich gelesen</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="100"/>
        <source>%1: the workspace holds no agent runtime export to verify</source>
        <translation>%1: der Arbeitsbereich enthält keinen Export der Agenten-Laufzeit zum Verifizieren</translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="120"/>
        <source>%1: source %2 is not an agent runtime export</source>
        <translation>%1: Quelle %2 ist kein Export der Agenten-Laufzeit</translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="75"/>
        <source>%1: no source %2 in the workspace</source>
        <translation>%1: keine Quelle %2 im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="93"/>
        <source>%1: the stored original of %2 does not match its SHA-256 %3</source>
        <translation>%1: das gespeicherte Original von %2 stimmt nicht mit seinem SHA-256 %3 überein</translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="119"/>
        <source>Storing the original of %1</source>
        <translation>Original von %1 wird gespeichert</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="91"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="177"/>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1: der Arbeitsbereich kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="97"/>
        <source>%1: not an AuditBench workspace (not a SQLite database)</source>
        <translation>%1: kein AuditBench-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="132"/>
        <source>%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with a newer AuditBench. The workspace was not changed.</source>
        <translation>%1: Schemaversion %2 des Arbeitsbereichs ist neuer, als diese AuditBench-Version unterstützt (%3); öffnen Sie ihn mit einer neueren AuditBench-Version. Der Arbeitsbereich wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="148"/>
        <source>%1: is a directory, expected a workspace file</source>
        <translation>%1: ist ein Verzeichnis, Arbeitsbereichsdatei erwartet</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="150"/>
        <source>%1: no such workspace</source>
        <translation>%1: kein solcher Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="158"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="190"/>
        <source>%1: not an AuditBench workspace (another application&apos;s SQLite database)</source>
        <translation>%1: kein AuditBench-Arbeitsbereich (SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="198"/>
        <source>%1: the workspace has schema version %2 and must be upgraded to %3 before this AuditBench can read it, which a read-only workspace does not allow: open a writable copy</source>
        <translation>%1: der Arbeitsbereich hat die Schemaversion %2 und muss auf %3 aktualisiert werden, bevor diese AuditBench-Version ihn lesen kann, was ein schreibgeschützter Arbeitsbereich nicht zulässt: öffnen Sie eine beschreibbare Kopie</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="260"/>
        <source>%1; its changes are kept in %2, which must stay beside it until it is opened again with enough free space</source>
        <translation>%1; seine Änderungen liegen in %2, das daneben bleiben muss, bis er mit genug freiem Speicherplatz wieder geöffnet wird</translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceImport.cpp" line="209"/>
        <source>the file was changed (truncated or rewritten) while it was being imported: nothing was imported; import it again</source>
        <translation>die Datei wurde während des Imports geändert (gekürzt oder überschrieben): nichts wurde importiert; importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="32"/>
        <location filename="../core/workspace/SqlSession.cpp" line="18"/>
        <source>%1: the workspace file is damaged and cannot be read (%2); &apos;auditbench-cli check&apos; tells what is affected</source>
        <translation>%1: die Datei des Arbeitsbereichs ist beschädigt und kann nicht gelesen werden (%2); &apos;auditbench-cli check&apos; zeigt, was betroffen ist</translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="40"/>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="56"/>
        <source>the stored original of %1 has no bytes %2..%3</source>
        <translation>das gespeicherte Original von %1 hat keine Bytes %2..%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="62"/>
        <source>block %1 of the stored original of %2 cannot be decompressed</source>
        <translation>Block %1 des gespeicherten Originals von %2 lässt sich nicht entpacken</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="22"/>
        <source>%1: the disk is full: the workspace could not be written (%2)</source>
        <translation>%1: der Datenträger ist voll: der Arbeitsbereich konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="25"/>
        <source>%1: the workspace is read-only: nothing can be written to it (%2)</source>
        <translation>%1: der Arbeitsbereich ist schreibgeschützt: nichts kann in ihn geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="29"/>
        <source>%1: the workspace is in use by another program (%2)</source>
        <translation>%1: der Arbeitsbereich wird von einem anderen Programm verwendet (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="32"/>
        <source>%1: the workspace could not be read or written (%2)</source>
        <translation>%1: der Arbeitsbereich konnte nicht gelesen oder geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="34"/>
        <source>%1: the workspace refused the change (%2)</source>
        <translation>%1: der Arbeitsbereich hat die Änderung abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="36"/>
        <source>%1: workspace error (%2)</source>
        <translation>%1: Fehler im Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="25"/>
        <source>... and %1 more findings of the kind &apos;%2&apos;</source>
        <translation>... und %1 weitere Befunde der Art &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="44"/>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="62"/>
        <source>The database file</source>
        <translation>Die Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="63"/>
        <source>The evidence</source>
        <translation>Die Nachweise</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="65"/>
        <source>The activity log</source>
        <translation>Das Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="69"/>
        <source>activity_log row %1</source>
        <translation>activity_log-Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="73"/>
        <source>The runs and packages</source>
        <translation>Die Läufe und Pakete</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="27"/>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="103"/>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="19"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="99"/>
        <source>%1: record %2 (id %3) of the original is missing from the workspace</source>
        <translation>%1: Datensatz %2 (ID %3) des Originals fehlt im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="130"/>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="140"/>
        <source>gateway_records row %1</source>
        <translation>gateway_records-Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="131"/>
        <source>%1: gateway_records row %2 (record %3) is not a record of the original</source>
        <translation>%1: gateway_records-Zeile %2 (Datensatz %3) ist kein Datensatz des Originals</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="146"/>
        <source>%1: record %2 (gateway_records row %3): its span %4..%5 is outside the stored original (%6 bytes)</source>
        <translation>%1: Datensatz %2 (gateway_records-Zeile %3): sein Bereich %4..%5 liegt außerhalb des gespeicherten Originals (%6 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="160"/>
        <source>%1: record %2 (gateway_records row %3): the stored text differs from the original</source>
        <translation>%1: Datensatz %2 (gateway_records-Zeile %3): der gespeicherte Text weicht vom Original ab</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="173"/>
        <source>%1: record %2 (gateway_records row %3): the query column %4 says %5, the record says %6</source>
        <translation>%1: Datensatz %2 (gateway_records-Zeile %3): die Abfragespalte %4 sagt %5, der Datensatz sagt %6</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="264"/>
        <source>%1: its records were not compared with the original: %2</source>
        <translation>%1: seine Datensätze wurden nicht mit dem Original verglichen: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="272"/>
        <source>%1: the original is a %2 file, its source row says %3</source>
        <translation>%1: das Original ist eine %2-Datei, seine Quellzeile sagt %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="281"/>
        <source>Checking the database file</source>
        <translation>Die Datenbankdatei wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="288"/>
        <source>The workspace file is damaged: %1</source>
        <translation>Die Datei des Arbeitsbereichs ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="300"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="90"/>
        <source>source %1 (%2)</source>
        <translation>Quelle %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="304"/>
        <source>%1: unknown format &apos;%2&apos;</source>
        <translation>%1: unbekanntes Format &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="314"/>
        <source>%1: the workspace holds %2 of its records, its source row says %3</source>
        <translation>%1: der Arbeitsbereich enthält %2 seiner Datensätze, seine Quellzeile sagt %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="327"/>
        <source>%1: record %2 is stored %3 times in %4</source>
        <translation>%1: Datensatz %2 ist %3-mal in %4 gespeichert</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="336"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="346"/>
        <source>%1: the original has %2 bytes, its source row says %3</source>
        <translation>%1: das Original hat %2 Bytes, seine Quellzeile sagt %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="94"/>
        <source>%1: no activity-log entry records its import</source>
        <translation>%1: kein Eintrag im Aktivitätsprotokoll erfasst seinen Import</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="104"/>
        <source>%1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation>%1: sein %2 ist &apos;%3&apos;, das Aktivitätsprotokoll (Zeile %4) hat &apos;%5&apos; erfasst</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="113"/>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="114"/>
        <source>Activity-log row %1 records the import of source %2 (%3), which is not in the workspace</source>
        <translation>Zeile %1 des Aktivitätsprotokolls erfasst den Import der Quelle %2 (%3), die nicht im Arbeitsbereich ist</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="129"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="187"/>
        <source>verification run %1</source>
        <translation>Verifizierungslauf %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="134"/>
        <source>Verification run %1 (%2) has no activity-log entry: AuditBench did not record it</source>
        <translation>Verifizierungslauf %1 (%2) hat keinen Eintrag im Aktivitätsprotokoll: AuditBench hat ihn nicht erfasst</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="145"/>
        <source>Verification run %1: its stored result is not a verification result</source>
        <translation>Verifizierungslauf %1: sein gespeichertes Ergebnis ist kein Verifizierungsergebnis</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="175"/>
        <source>Verification run %1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation>Verifizierungslauf %1: sein %2 ist &apos;%3&apos;, das Aktivitätsprotokoll (Zeile %4) hat &apos;%5&apos; erfasst</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="188"/>
        <source>Activity-log row %1 records verification run %2, which is not in the workspace</source>
        <translation>Zeile %1 des Aktivitätsprotokolls erfasst den Verifizierungslauf %2, der nicht im Arbeitsbereich ist</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="203"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="251"/>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="211"/>
        <source>Package %1: its content_sha256 column is &apos;%2&apos;, the package says &apos;%3&apos;</source>
        <translation>Paket %1: seine Spalte content_sha256 ist &apos;%2&apos;, das Paket sagt &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="218"/>
        <source>(not a JSON object)</source>
        <translation>(kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="222"/>
        <source>Package %1: its content does not match its content_sha256 %2 (the content hashes to %3)</source>
        <translation>Paket %1: sein Inhalt passt nicht zu seinem content_sha256 %2 (der Inhalt ergibt den Hash %3)</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="231"/>
        <source>Package %1 has no activity-log entry: AuditBench did not store it</source>
        <translation>Paket %1 hat keinen Eintrag im Aktivitätsprotokoll: AuditBench hat es nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="242"/>
        <source>Package %1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation>Paket %1: sein %2 ist &apos;%3&apos;, das Aktivitätsprotokoll (Zeile %4) hat &apos;%5&apos; erfasst</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="252"/>
        <source>Activity-log row %1 records package %2, which is not in the workspace</source>
        <translation>Zeile %1 des Aktivitätsprotokolls erfasst das Paket %2, das nicht im Arbeitsbereich ist</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="71"/>
        <source>%1: could not save a copy as %2: %3</source>
        <translation>%1: Kopie konnte nicht als %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="96"/>
        <source>Saving a copy as %1</source>
        <translation>Kopie wird als %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="122"/>
        <source>that is the workspace itself</source>
        <translation>das ist der Arbeitsbereich selbst</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="147"/>
        <source>the existing file cannot be replaced</source>
        <translation>die vorhandene Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="151"/>
        <source>cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="101"/>
        <source>%1: record %2 of the original is missing from %3</source>
        <translation>%1: Datensatz %2 des Originals fehlt in %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="117"/>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="146"/>
        <source>%1 row %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="120"/>
        <source>%1: record %2 (%3 row %4): the stored text differs from the original</source>
        <translation>%1: Datensatz %2 (%3 Zeile %4): der gespeicherte Text weicht vom Original ab</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="133"/>
        <source>%1: record %2 (%3 row %4): the query column %5 says %6, the record says %7</source>
        <translation>%1: Datensatz %2 (%3 Zeile %4): die Abfragespalte %5 besagt %6, der Datensatz besagt %7</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="147"/>
        <source>%1: %2 row %3 (record %4) is not a record of the original</source>
        <translation>%1: %2 Zeile %3 (Datensatz %4) ist kein Datensatz des Originals</translation>
    </message>
</context>
<context>
    <name>ab::analytics::SampleStore</name>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="179"/>
        <source>a sample is drawn from every record the filters select: a limit or offset does not apply</source>
        <translation>eine Stichprobe wird aus allen Datensätzen gezogen, die die Filter auswählen: Limit oder Offset gelten nicht</translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="183"/>
        <source>the seed %1 is above the largest allowed, %2</source>
        <translation>der Startwert %1 liegt über dem größten zulässigen, %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="185"/>
        <source>the sample size must be 1 or more (got %1)</source>
        <translation>der Stichprobenumfang muss 1 oder mehr betragen (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="195"/>
        <source>%1: the sample size %2 is larger than the population: the filters select %3 records</source>
        <translation>%1: der Stichprobenumfang %2 ist größer als die Grundgesamtheit: die Filter wählen %3 Datensätze aus</translation>
    </message>
</context>
<context>
    <name>ab::analytics::Summary</name>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="179"/>
        <source>a summary counts by one of %1, not &apos;%2&apos;</source>
        <translation>eine Zusammenfassung zählt nach einer der Spalten %1, nicht nach &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="182"/>
        <source>a summary counts &apos;%1&apos; across another column, not itself</source>
        <translation>eine Zusammenfassung zählt &apos;%1&apos; über eine andere Spalte, nicht über sich selbst</translation>
    </message>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="184"/>
        <source>a summary counts every record the filters select: a limit or offset does not apply</source>
        <translation>eine Zusammenfassung zählt jeden Datensatz, den die Filter auswählen: ein Limit oder Offset gilt nicht</translation>
    </message>
</context>
<context>
    <name>ab::analytics::WorkpaperStore</name>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="119"/>
        <source>%1: there is no workpaper %2 (see &apos;workpapers&apos;)</source>
        <translation>%1: es gibt kein Arbeitspapier %2 (siehe &apos;workpapers&apos;)</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="164"/>
        <source>the confidence must be above 0 % and below 100 %</source>
        <translation>das Konfidenzniveau muss über 0 % und unter 100 % liegen</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="166"/>
        <source>the tolerable rate must be above 0 % and at most 100 %</source>
        <translation>die tolerierbare Rate muss über 0 % und höchstens 100 % betragen</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="171"/>
        <source>%1: there is no sample %2 (see &apos;samples&apos;)</source>
        <translation>%1: es gibt keine Stichprobe %2 (siehe &apos;samples&apos;)</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="195"/>
        <source>a result is no exception, exception or not applicable</source>
        <translation>ein Ergebnis ist keine Abweichung, Abweichung oder nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="200"/>
        <source>workpaper %1 has items 1 to %2: there is no item %3</source>
        <translation>Arbeitspapier %1 hat die Punkte 1 bis %2: es gibt keinen Punkt %3</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="206"/>
        <source>workpaper %1: version %2 is not the latest (%3): only the latest version changes</source>
        <translation>Arbeitspapier %1: Version %2 ist nicht die neueste (%3): nur die neueste Version ändert sich</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="213"/>
        <source>workpaper %1 version %2 is signed and cannot change: record the change without a version to make version %3</source>
        <translation>Arbeitspapier %1 Version %2 ist freigegeben und kann sich nicht ändern: erfassen Sie die Änderung ohne Version, um Version %3 zu erzeugen</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="256"/>
        <source>a review note needs text</source>
        <translation>ein Review-Hinweis braucht Text</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="262"/>
        <source>workpaper %1 version %2 is signed by its reviewer: review notes on it are closed</source>
        <translation>Arbeitspapier %1 Version %2 ist vom Reviewer freigegeben: Review-Hinweise dazu sind geschlossen</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="280"/>
        <source>the role is preparer or reviewer, not &apos;%1&apos;</source>
        <translation>die Rolle ist preparer oder reviewer, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="283"/>
        <source>a sign-off needs the signer&apos;s name</source>
        <translation>eine Freigabe braucht den Namen des Freigebenden</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="291"/>
        <source>workpaper %1 version %2 has content SHA-256 %3, not %4: the workpaper changed since it was read</source>
        <translation>Arbeitspapier %1 Version %2 hat den Inhalts-SHA-256 %3, nicht %4: das Arbeitspapier hat sich geändert, seit es gelesen wurde</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="297"/>
        <source>workpaper %1 version %2: %3 item(s) have no result yet</source>
        <translation>Arbeitspapier %1 Version %2: %3 Punkt(e) haben noch kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="302"/>
        <source>workpaper %1 version %2 is already signed by its %3, %4</source>
        <translation>Arbeitspapier %1 Version %2 ist bereits von seinem %3 freigegeben, %4</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="310"/>
        <source>workpaper %1 version %2: the reviewer signs after the preparer signed it</source>
        <translation>Arbeitspapier %1 Version %2: der Reviewer gibt frei, nachdem der Ersteller freigegeben hat</translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="316"/>
        <source>workpaper %1: the reviewer must be someone other than the preparer (%2)</source>
        <translation>Arbeitspapier %1: der Reviewer muss eine andere Person als der Ersteller sein (%2)</translation>
    </message>
</context>
<context>
    <name>ab::annotations::NoteStore</name>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="27"/>
        <source>runtime entry</source>
        <translation>Laufzeiteintrag</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="29"/>
        <source>OCSF event</source>
        <translation>OCSF-Ereignis</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="33"/>
        <source>gateway record</source>
        <translation>Gateway-Datensatz</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="180"/>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>das Tag &apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="183"/>
        <source>the tag &apos;%1&apos; holds a comma or a line break</source>
        <translation>das Tag &apos;%1&apos; enthält ein Komma oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="200"/>
        <source>a note needs a text or at least one tag</source>
        <translation>eine Notiz braucht einen Text oder mindestens ein Tag</translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="204"/>
        <source>%1: the workspace holds no %2 with the id &apos;%3&apos;</source>
        <translation>%1: der Arbeitsbereich enthält unter der ID &apos;%3&apos; keinen Eintrag der Art %2</translation>
    </message>
</context>
<context>
    <name>ab::crypto::Ed25519</name>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="51"/>
        <source>%1: cannot read the key file (%2)</source>
        <translation>%1: die Schlüsseldatei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="80"/>
        <source>%1: not a public key PEM</source>
        <translation>%1: kein PEM eines öffentlichen Schlüssels</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="84"/>
        <source>%1: not an Ed25519 public key</source>
        <translation>%1: kein öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="156"/>
        <source>%1: the key is encrypted: the passphrase is missing or wrong</source>
        <translation>%1: der Schlüssel ist verschlüsselt: die Passphrase fehlt oder ist falsch</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="157"/>
        <source>%1: not a private key PEM (PKCS#8)</source>
        <translation>%1: kein PEM eines privaten Schlüssels (PKCS#8)</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="162"/>
        <source>%1: not an Ed25519 private key</source>
        <translation>%1: kein privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="183"/>
        <source>Ed25519 signing failed</source>
        <translation>Ed25519-Signatur fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="197"/>
        <source>Ed25519: cannot derive the public key</source>
        <translation>Ed25519: der öffentliche Schlüssel kann nicht abgeleitet werden</translation>
    </message>
</context>
<context>
    <name>ab::pack::EvidencePackBuilder</name>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="57"/>
        <source>The period ends before it starts</source>
        <translation>Der Zeitraum endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="59"/>
        <source>Give at least one framework in scope</source>
        <translation>Geben Sie mindestens ein Rahmenwerk im Umfang an</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="63"/>
        <source>No evidence recipe for the framework &apos;%1&apos; (known: %2)</source>
        <translation>Kein Nachweisrezept für das Rahmenwerk &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="70"/>
        <source>Two recipes write %1: give one of them another file name</source>
        <translation>Zwei Rezepte schreiben %1: geben Sie einem davon einen anderen Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="169"/>
        <source>Verifying the chain for the period</source>
        <translation>Die Kette für den Zeitraum wird verifiziert</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="185"/>
        <source>Copying the compliance bundle exports</source>
        <translation>Die Exporte der Compliance-Bundles werden kopiert</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="204"/>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="229"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="246"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="257"/>
        <source>Writing notes.json</source>
        <translation>notes.json wird geschrieben</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="266"/>
        <source>Writing checklist.json</source>
        <translation>checklist.json wird geschrieben</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="277"/>
        <source>Writing report.pdf</source>
        <translation>report.pdf wird geschrieben</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="291"/>
        <source>Cannot write report.pdf: %1</source>
        <translation>report.pdf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="297"/>
        <source>Writing MANIFEST.json and SHA256SUMS</source>
        <translation>MANIFEST.json und SHA256SUMS werden geschrieben</translation>
    </message>
</context>
<context>
    <name>ab::pack::EvidenceRecipes</name>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="31"/>
        <source>recipes[%1]: %2</source>
        <translation>recipes[%1]: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="36"/>
        <source>expected a non-empty &quot;%1&quot;</source>
        <translation>nicht leeres &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="47"/>
        <source>&quot;folder&quot; &apos;%1&apos; must be one plain folder name</source>
        <translation>&quot;folder&quot; &apos;%1&apos; muss ein einfacher Ordnername sein</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="49"/>
        <source>&quot;file&quot; &apos;%1&apos; must be one plain file name ending in .json</source>
        <translation>&quot;file&quot; &apos;%1&apos; muss ein einfacher Dateiname sein, der auf .json endet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="54"/>
        <source>&quot;kind&quot; &apos;%1&apos;: expected query or verification</source>
        <translation>&quot;kind&quot; &apos;%1&apos;: query oder verification erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="57"/>
        <source>expected &quot;query&quot; to be an object of seed API filters</source>
        <translation>&quot;query&quot; als Objekt mit Seed-API-Filtern erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="61"/>
        <source>unknown filter &quot;%1&quot; (expected framework, action, entity_type or category)</source>
        <translation>unbekannter Filter &quot;%1&quot; (erwartet: framework, action, entity_type oder category)</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="64"/>
        <source>filter &quot;%1&quot;: expected a non-empty string</source>
        <translation>Filter &quot;%1&quot;: nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="68"/>
        <source>a verification recipe takes no filters (it covers the whole chain for the period)</source>
        <translation>ein Verifizierungsrezept nimmt keine Filter (es deckt die ganze Kette für den Zeitraum ab)</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="122"/>
        <source>expected &quot;recipes&quot; to be an array</source>
        <translation>&quot;recipes&quot; als Array erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="127"/>
        <source>recipes[%1]: expected an object</source>
        <translation>recipes[%1]: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="131"/>
        <source>recipes[%1]: the id &apos;%2&apos; is used twice</source>
        <translation>recipes[%1]: die ID &apos;%2&apos; wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="139"/>
        <source>cannot read the evidence recipes</source>
        <translation>die Nachweisrezepte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackData</name>
    <message>
        <location filename="../core/pack/PackData.cpp" line="25"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation>die mit AuditBench ausgelieferten Daten fehlen (Build-Fehler)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="33"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="44"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="47"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackFolder</name>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="26"/>
        <source>%1 exists and is not an empty folder</source>
        <translation>%1 existiert und ist kein leerer Ordner</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="29"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="33"/>
        <source>Cannot create a folder in %1: %2</source>
        <translation>In %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="43"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="51"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="66"/>
        <source>Cannot move the finished pack to %1</source>
        <translation>Das fertige Paket kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackManifest</name>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="95"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="99"/>
        <source>not an evidence pack manifest (expected &quot;format&quot;: &quot;auditbench-evidence-pack&quot;)</source>
        <translation>kein Manifest eines Nachweispakets (&quot;format&quot;: &quot;auditbench-evidence-pack&quot; erwartet)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="102"/>
        <source>unsupported manifest version (expected 1)</source>
        <translation>nicht unterstützte Manifestversion (1 erwartet)</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="124"/>
        <source>expected &quot;files&quot; to be an array</source>
        <translation>&quot;files&quot; als Array erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="136"/>
        <source>files[%1]: expected a relative &quot;path&quot; inside the pack and a &quot;sha256&quot; of 64 hex digits</source>
        <translation>files[%1]: relativer &quot;path&quot; innerhalb des Pakets und ein &quot;sha256&quot; aus 64 Hexziffern erwartet</translation>
    </message>
</context>
<context>
    <name>ab::pack::PackVerifier</name>
    <message>
        <location filename="../core/pack/PackVerifier.cpp" line="131"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/pack/PackVerifier.cpp" line="136"/>
        <source>cannot read the pack&apos;s manifest</source>
        <translation>das Manifest des Pakets kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ab::pack::RetentionRules</name>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="28"/>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation>&quot;%1&quot; als Array erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="33"/>
        <source>%1[%2]: expected %3</source>
        <translation>%1[%2]: %3 erwartet</translation>
    </message>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="107"/>
        <source>cannot read the retention rules</source>
        <translation>die Aufbewahrungsregeln können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ab::portfolio::InheritedControls</name>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="45"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation>die mit AuditBench ausgelieferten Daten fehlen (Build-Fehler)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="60"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="64"/>
        <source>expected an object with a &quot;controls&quot; array</source>
        <translation>Objekt mit einem Array &quot;controls&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="76"/>
        <source>controls[%1]: %2</source>
        <translation>controls[%1]: %2</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="79"/>
        <source>&quot;%1&quot; is not a Trust Services Criteria id (e.g. CC6.4, A1.2)</source>
        <translation>&quot;%1&quot; ist keine ID der Trust Services Criteria (z. B. CC6.4, A1.2)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="81"/>
        <source>expected a non-empty &quot;provider&quot;</source>
        <translation>nicht leerer &quot;provider&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="83"/>
        <source>expected a non-empty &quot;basis&quot;</source>
        <translation>nicht leere &quot;basis&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="85"/>
        <source>%1 is listed twice</source>
        <translation>%1 ist zweimal aufgeführt</translation>
    </message>
</context>
<context>
    <name>ab::portfolio::PortfolioBuilder</name>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="51"/>
        <source>cannot write %1 (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="93"/>
        <source>Generating the package of %1 (%2 of %3)</source>
        <translation>Das Paket von %1 wird erzeugt (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="125"/>
        <source>Printing portfolio.pdf</source>
        <translation>portfolio.pdf wird gedruckt</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="129"/>
        <source>cannot print portfolio.pdf: %1</source>
        <translation>portfolio.pdf kann nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="144"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ab::portfolio::PortfolioStore</name>
    <message>
        <location filename="../core/portfolio/PortfolioStore.cpp" line="69"/>
        <source>%1: portfolio %2 is already in the workspace with different content: portfolios are immutable</source>
        <translation>%1: Portfolio %2 ist bereits mit anderem Inhalt im Arbeitsbereich: Portfolios sind unveränderlich</translation>
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
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="16"/>
        <source>The first package: an id in the workspace, or a file without --workspace.</source>
        <translation>Das erste Paket: eine ID im Arbeitsbereich oder eine Datei ohne --workspace.</translation>
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
        <translation>Das zweite Paket (ID oder Datei).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="20"/>
        <source>Print the differences as text instead of JSON.</source>
        <translation>Die Unterschiede als Text statt als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="24"/>
        <source>Compares two compliance packages section by section (action counts, connectors, operations, decisions, SOC 2 counts, sub-processors, VSQ exceptions) and prints the differences. Exit status: 0 equivalent, 1 differences found, 2 unusable input.</source>
        <translation>Vergleicht zwei Compliance-Pakete Abschnitt für Abschnitt (Aktionszählungen, Konnektoren, Operationen, Entscheidungen, SOC-2-Zählungen, Unterauftragsverarbeiter, VSQ-Abweichungen) und gibt die Unterschiede aus. Exit-Status: 0 gleichwertig, 1 Unterschiede gefunden, 2 unbrauchbare Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="32"/>
        <source>auditbench-cli compare: expected --package and --with (see --help)</source>
        <translation>auditbench-cli compare: --package und --with erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="44"/>
        <source>auditbench-cli compare: %1: no package &quot;%2&quot;</source>
        <translation>auditbench-cli compare: %1: kein Paket &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="50"/>
        <source>auditbench-cli compare: cannot read %1 (%2)</source>
        <translation>auditbench-cli compare: %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="67"/>
        <source>Compare two compliance packages (re-performance)</source>
        <translation>Zwei Compliance-Pakete vergleichen (Nachvollzug)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="16"/>
        <source>Directory to write the evidence into.</source>
        <translation>Verzeichnis, in das die Nachweise geschrieben werden.</translation>
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
        <translation>Anzahl der Prüfdatensätze des Gateways (Vorgabe 100000).</translation>
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
        <translation>Zufalls-Startwert (Vorgabe 1).</translation>
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
        <translation>Schreibt deterministische synthetische Nachweise.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="28"/>
        <source>auditbench-cli demo-data: --out DIR is required</source>
        <translation>auditbench-cli demo-data: --out DIR ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="34"/>
        <source>auditbench-cli demo-data: --records &apos;%1&apos;: expected a whole number of at least %2</source>
        <translation>auditbench-cli demo-data: --records &apos;%1&apos;: ganze Zahl von mindestens %2 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="43"/>
        <source>auditbench-cli demo-data: --seed &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli demo-data: --seed &apos;%1&apos;: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="49"/>
        <source>Wrote %1 gateway records (%2 in the tampered copy), %3 agent runtime audit entries, %4 OCSF events and %5 compliance bundles to %6</source>
        <translation>%1 Gateway-Datensätze (%2 in der manipulierten Kopie), %3 Prüfpfadeinträge der Agenten-Laufzeit, %4 OCSF-Ereignisse und %5 Compliance-Bundles nach %6 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="60"/>
        <source>auditbench-cli demo-data: %1</source>
        <translation>auditbench-cli demo-data: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="72"/>
        <source>Write deterministic synthetic evidence for demos and benchmarks</source>
        <translation>Deterministische synthetische Nachweise für Demos und Benchmarks schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="18"/>
        <source>Output: ndjson (one event per line) or json (an array of events); default: json for a FILE ending in .json, else ndjson.</source>
        <translation>Ausgabe: ndjson (ein Ereignis je Zeile) oder json (ein Array von Ereignissen); Vorgabe: json für eine FILE mit Endung .json, sonst ndjson.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="20"/>
        <source>ndjson|json</source>
        <translation>ndjson|json</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="22"/>
        <source>The file to write (complete or not at all).</source>
        <translation>Die zu schreibende Datei (vollständig oder gar nicht).</translation>
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
        <translation>Schreibt die Gateway-Datensätze, die den Filtern entsprechen, als OCSF-v1.1-Ereignisse, eines je Datensatz, dessen Kategorie eine OCSF-Klasse hat, und gibt aus, wie viele je Klasse geschrieben und je Kategorie übersprungen wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="37"/>
        <source>auditbench-cli export-ocsf: give the file to write with --out FILE</source>
        <translation>auditbench-cli export-ocsf: die zu schreibende Datei mit --out FILE angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="46"/>
        <source>auditbench-cli export-ocsf: --format &apos;%1&apos;: expected ndjson or json</source>
        <translation>auditbench-cli export-ocsf: --format &apos;%1&apos;: ndjson oder json erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="73"/>
        <source>Export a workspace&apos;s gateway records as OCSF v1.1 events</source>
        <translation>Die Gateway-Datensätze eines Arbeitsbereichs als OCSF-v1.1-Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="10"/>
        <source>Only records of this framework (e.g. pci_dss).</source>
        <translation>Nur Datensätze dieses Rahmenwerks (z. B. pci_dss).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="10"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="12"/>
        <source>Only records with this action (e.g. block).</source>
        <translation>Nur Datensätze mit dieser Aktion (z. B. block).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="12"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="14"/>
        <source>Only records with one of these entity types (comma list).</source>
        <translation>Nur Datensätze mit einem dieser Entitätstypen (kommagetrennte Liste).</translation>
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
        <translation>Nur Datensätze dieser Kategorie (z. B. authentication).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="17"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="18"/>
        <source>Only records at or after this instant (RFC 3339).</source>
        <translation>Nur Datensätze zu oder nach diesem Zeitpunkt (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="86"/>
        <source>Imported OCSF events instead of gateway records.</source>
        <translation>Importierte OCSF-Ereignisse statt Gateway-Datensätzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="88"/>
        <source>Agent runtime audit entries instead of gateway records.</source>
        <translation>Prüfpfadeinträge der Agenten-Laufzeit statt Gateway-Datensätzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="90"/>
        <source>--ocsf: only events of these class_uids (comma list, e.g. 2001,3002).</source>
        <translation>--ocsf: nur Ereignisse dieser class_uids (Kommaliste, z. B. 2001,3002).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="91"/>
        <source>N1,N2</source>
        <translation>N1,N2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="93"/>
        <source>--ocsf: only events with this activity_id or activity_name (comma list).</source>
        <translation>--ocsf: nur Ereignisse mit dieser activity_id oder activity_name (Kommaliste).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="94"/>
        <source>A1,A2</source>
        <translation>A1,A2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="96"/>
        <source>--ocsf: only events whose metadata.framework_reference contains S.</source>
        <translation>--ocsf: nur Ereignisse, deren metadata.framework_reference S enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="99"/>
        <source>--runtime: only entries of these agent ids (comma list).</source>
        <translation>--runtime: nur Einträge dieser Agenten-IDs (Kommaliste).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="100"/>
        <source>ID1,ID2</source>
        <translation>ID1,ID2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="102"/>
        <source>--runtime: only entries of these action types (comma list).</source>
        <translation>--runtime: nur Einträge dieser Aktionstypen (Kommaliste).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="105"/>
        <source>--runtime: only entries of these connectors (comma list).</source>
        <translation>--runtime: nur Einträge dieser Konnektoren (Kommaliste).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="106"/>
        <source>C1,C2</source>
        <translation>C1,C2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="108"/>
        <source>--runtime: only entries with these decisions (comma list).</source>
        <translation>--runtime: nur Einträge mit diesen Entscheidungen (Kommaliste).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="109"/>
        <source>D1,D2</source>
        <translation>D1,D2</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="129"/>
        <source>auditbench-cli %1: --%2 does not apply to --%3</source>
        <translation>auditbench-cli %1: --%2 gilt nicht für --%3</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="152"/>
        <source>auditbench-cli %1: give --ocsf or --runtime, not both</source>
        <translation>auditbench-cli %1: geben Sie --ocsf oder --runtime an, nicht beide</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="160"/>
        <source>auditbench-cli %1: --%2 needs --ocsf</source>
        <translation>auditbench-cli %1: --%2 braucht --ocsf</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="166"/>
        <source>auditbench-cli %1: --%2 needs --runtime</source>
        <translation>auditbench-cli %1: --%2 braucht --runtime</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="190"/>
        <source>auditbench-cli %1: --class &apos;%2&apos;: expected class_uid numbers such as 2001</source>
        <translation>auditbench-cli %1: --class &apos;%2&apos;: class_uid-Zahlen wie 2001 erwartet</translation>
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
        <translation>Nur Datensätze zu oder vor diesem Zeitpunkt (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="22"/>
        <source>Only records whose user_id or user_email is U.</source>
        <translation>Nur Datensätze, deren user_id oder user_email U ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="23"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="25"/>
        <source>Only records whose JSON contains S.</source>
        <translation>Nur Datensätze, deren JSON S enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="28"/>
        <source>At most N records (default: all).</source>
        <translation>Höchstens N Datensätze (Vorgabe: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="30"/>
        <source>Skip the first K matching records.</source>
        <translation>Die ersten K passenden Datensätze überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="30"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="57"/>
        <source>auditbench-cli %1: --%2 &apos;%3&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>auditbench-cli %1: --%2 &apos;%3&apos;: RFC-3339-Zeitstempel wie 2025-01-01T00:00:00Z erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="73"/>
        <source>auditbench-cli %1: --%2 &apos;%3&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli %1: --%2 &apos;%3&apos;: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="13"/>
        <source>A time gap is a silence longer than this many hours (default 24).</source>
        <translation>Eine Zeitlücke ist eine Stille, die länger als so viele Stunden dauert (Vorgabe 24).</translation>
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
        <translation>Gibt die Vollständigkeitsbefunde der Gateway-Datensätze eines Arbeitsbereichs aus (JSON): fehlende Sequenznummern innerhalb jeder Quelle und über alle Quellen, Stillen zwischen aufeinanderfolgenden Datensätzen länger als --max-gap Stunden und Datensätze mit gleicher ID, aber anderem Inhalt. Höchstens %1 Lücken werden aufgeführt; gap_count zählt alle.</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="29"/>
        <source>auditbench-cli gaps: --max-gap &apos;%1&apos;: expected a whole number of hours from 1 to 1000000</source>
        <translation>auditbench-cli gaps: --max-gap &apos;%1&apos;: ganze Zahl von Stunden von 1 bis 1000000 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="48"/>
        <source>Find sequence gaps, time gaps and conflicting duplicate records in a workspace</source>
        <translation>Sequenzlücken, Zeitlücken und widersprüchliche doppelte Datensätze in einem Arbeitsbereich finden</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="16"/>
        <source>Evidence files: gateway audit exports, agent runtime exports, compliance packages, compliance bundle exports, OCSF v1.1 events (gzip accepted).</source>
        <translation>Nachweisdateien: Audit-Exporte des Gateways, Exporte der Agenten-Laufzeit, Compliance-Pakete, Compliance-Bundle-Exporte, OCSF-v1.1-Ereignisse (gzip wird akzeptiert).</translation>
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
        <translation>Importiert Nachweisdateien in einer Transaktion in einen Arbeitsbereich (wird angelegt, falls er fehlt): ist eine Datei unbrauchbar, wird nichts importiert.
Gibt je Datei ein JSON-Objekt (format, records, sha256, status) als JSON-Array aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="31"/>
        <source>auditbench-cli import: expected at least one FILE (see --help)</source>
        <translation>auditbench-cli import: mindestens eine FILE erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="51"/>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (nichts wurde importiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="59"/>
        <source>Import evidence files into a workspace (all or nothing)</source>
        <translation>Nachweisdateien in einen Arbeitsbereich importieren (alles oder nichts)</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="15"/>
        <source>cannot open result: %1</source>
        <translation>Ergebnis kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="23"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="90"/>
        <source>List at most N errors (default 1000); error_count counts all.</source>
        <translation>Höchstens N Fehler aufführen (Vorgabe 1000); error_count zählt alle.</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="27"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="98"/>
        <source>Exit with status 4 when there are no errors but the coverage is incomplete.</source>
        <translation>Mit Status 4 beenden, wenn keine Fehler vorliegen, die Abdeckung aber unvollständig ist.</translation>
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
        <translation>Ergebnisse von &apos;auditbench-cli verify&apos; für aufeinanderfolgende Segmente einer Kette, in Kettenreihenfolge.</translation>
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
        <translation>Führt die Verifizierungsergebnisse aufeinanderfolgender Segmente eines Archivs (getrennt verifiziert, z. B. parallel) zu einem Ergebnis zusammen, prüft die Nahtstellen dazwischen und gibt es als JSON aus.
Verifizieren Sie jedes Segment mit demselben Schlüsselbund und --max-gap; das Ergebnis eines Segments ankert am previous_hmac seines ersten Datensatzes, daher ist kein --anchor nötig.
Exit-Status wie bei verify: 0 gültig mit verifizierten MACs, 1 Fehler gefunden (in einem Segment oder an einer gebrochenen Nahtstelle), 3 gültige Verkettung, aber ein Segment ohne Schlüsselbund verifiziert, 2 unbrauchbare Eingabe oder Argumente, 4 (mit --require-coverage) keine Fehler, aber unvollständige Abdeckung.</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="54"/>
        <source>auditbench-cli join: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli join: --max-errors &apos;%1&apos;: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="59"/>
        <source>auditbench-cli join: expected at least one RESULT.json (see --help)</source>
        <translation>auditbench-cli join: mindestens eine RESULT.json erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="77"/>
        <source>Join the verification results of an archive&apos;s segments into one, checking the seams</source>
        <translation>Die Verifizierungsergebnisse der Segmente eines Archivs zu einem zusammenführen und die Nahtstellen prüfen</translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="12"/>
        <source>Prints a workspace&apos;s activity log (JSON, oldest first): who imported, verified, generated, exported or printed what, and when.
With --verify: checks the hash chain; exit status 0 intact, 1 broken (the first broken row is named).</source>
        <translation>Gibt das Aktivitätsprotokoll eines Arbeitsbereichs aus (JSON, älteste zuerst): wer was wann importiert, verifiziert, erzeugt, exportiert oder gedruckt hat.
Mit --verify: prüft die Hash-Kette; Exit-Status 0 intakt, 1 gebrochen (die erste gebrochene Zeile wird genannt).</translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="18"/>
        <source>Check the log&apos;s SHA-256 hash chain and report the first broken row.</source>
        <translation>Die SHA-256-Hash-Kette des Protokolls prüfen und die erste gebrochene Zeile melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="49"/>
        <source>Print a workspace&apos;s activity log or check its hash chain</source>
        <translation>Das Aktivitätsprotokoll eines Arbeitsbereichs ausgeben oder seine Hash-Kette prüfen</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="30"/>
        <source>auditbench-cli package: cannot write %1 (%2)</source>
        <translation>auditbench-cli package: %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="76"/>
        <source>An agent runtime export file (instead of a workspace).</source>
        <translation>Eine Exportdatei der Agenten-Laufzeit (statt eines Arbeitsbereichs).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="78"/>
        <source>The agent id.</source>
        <translation>Die Agenten-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="80"/>
        <source>Also write the package JSON to FILE.</source>
        <translation>Das Paket-JSON zusätzlich in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="81"/>
        <source>Write the data flow diagram&apos;s DOT source to FILE.</source>
        <translation>Die DOT-Quelle des Datenflussdiagramms in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="84"/>
        <source>Write the data flow diagram as SVG to FILE.</source>
        <translation>Das Datenflussdiagramm als SVG in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="86"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="34"/>
        <source>A sub-processor registry file extending or overriding the shipped one.</source>
        <translation>Eine Registerdatei der Unterauftragsverarbeiter, die das ausgelieferte Register erweitert oder überschreibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="89"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="39"/>
        <source>Identity recorded as generated_by (default: the auditor identity).</source>
        <translation>Als generated_by erfasste Identität (Vorgabe: die Identität des Prüfers).</translation>
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
        <translation>Erzeugt ein Compliance-Paket für einen Agenten aus einem Export der Agenten-Laufzeit (alle Prüfpfadeinträge, ohne Obergrenze) und gibt seine Paket-ID aus. Mit --workspace wird das Paket als unveränderliche Version im Arbeitsbereich gespeichert, und die Monitoring-Antwort zitiert die neueste gespeicherte Verifizierung der Kette der Agenten-Laufzeit, die die Einträge des Agenten abdeckt (&apos;verify --workspace W --chain runtime&apos;), oder sagt, dass keine gespeichert war.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="103"/>
        <source>auditbench-cli package: expected --agent ID (see --help)</source>
        <translation>auditbench-cli package: --agent ID erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="106"/>
        <source>auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE</source>
        <translation>auditbench-cli package: genau eines von --workspace W oder --runtime-export FILE erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="152"/>
        <source>Generate an agent&apos;s compliance package from its runtime export</source>
        <translation>Das Compliance-Paket eines Agenten aus seinem Laufzeitexport erzeugen</translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="13"/>
        <source>Lists the compliance packages stored in a workspace (generated here or imported from the platform), newest generated_at first, as JSON.</source>
        <translation>Listet die in einem Arbeitsbereich gespeicherten Compliance-Pakete (hier erzeugt oder von der Plattform importiert), neuestes generated_at zuerst, als JSON auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="17"/>
        <source>Only the packages of this agent.</source>
        <translation>Nur die Pakete dieses Agenten.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="46"/>
        <source>List the compliance packages stored in a workspace</source>
        <translation>Die in einem Arbeitsbereich gespeicherten Compliance-Pakete auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="22"/>
        <source>auditbench-cli pdf: %1: cannot be read (%2)</source>
        <translation>auditbench-cli pdf: %1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="31"/>
        <source>Compliance package JSON file to print.</source>
        <translation>Zu druckende JSON-Datei des Compliance-Pakets.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="34"/>
        <source>Chain verification result JSON (as &apos;verify&apos; prints) to print; with --package-json, the verification of the agent runtime chain the package&apos;s cover reports.</source>
        <translation>Zu druckendes JSON-Ergebnis der Kettenverifizierung (wie &apos;verify&apos; es ausgibt); mit --package-json die Verifizierung der Kette der Agenten-Laufzeit, über die das Deckblatt des Pakets berichtet.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="40"/>
        <source>With --workspace: the stored compliance package to print.</source>
        <translation>Mit --workspace: das zu druckende gespeicherte Compliance-Paket.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="43"/>
        <source>With --workspace: the verification run to print (see &apos;runs&apos;).</source>
        <translation>Mit --workspace: der zu druckende Verifizierungslauf (siehe &apos;runs&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="17"/>
        <source>The PDF to write (complete or not at all).</source>
        <translation>Die zu schreibende PDF (vollständig oder gar nicht).</translation>
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
        <translation>Gestaltungs-JSON (organisation, logo, accent_colour, footer).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="23"/>
        <source>Who printed it, for the cover (default: the auditor&apos;s identity).</source>
        <translation>Wer sie gedruckt hat, für das Deckblatt (Vorgabe: die Identität des Prüfers).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="28"/>
        <source>Prints the records a filter selects (gateway records; --ocsf events; --runtime entries) as a branded PDF: filter and period on the cover, counts, monthly charts, the records with their compliance fields and every override&apos;s justification. Prints what was written as JSON and records it in the workspace&apos;s activity log.</source>
        <translation>Druckt die Datensätze, die ein Filter auswählt (Gateway-Datensätze; --ocsf Ereignisse; --runtime Einträge), als PDF mit Branding: Filter und Zeitraum auf dem Deckblatt, Anzahlen, Monatsdiagramme, die Datensätze mit ihren Compliance-Feldern und die Begründung jeder Übersteuerung. Gibt das Geschriebene als JSON aus und erfasst es im Aktivitätsprotokoll des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="59"/>
        <source>auditbench-cli listing: expected --out FILE.pdf</source>
        <translation>auditbench-cli listing: --out FILE.pdf erwartet</translation>
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
        <translation>Eine gefilterte Ansicht als PDF-Liste mit Branding drucken</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="51"/>
        <source>Without --workspace: who prints the report (PDF author; default: AUDITBENCH_USER or the OS user).</source>
        <translation>Ohne --workspace: wer den Bericht druckt (PDF-Autor; Vorgabe: AUDITBENCH_USER oder der Benutzer des Betriebssystems).</translation>
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
        <translation>Paket: JSON der Prüferurteile {answer key: {verdict, comment, by, at}}.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="60"/>
        <source>Prints a compliance package or a chain verification result as a branded PDF and reports its SHA-256 as JSON on stdout.</source>
        <translation>Gibt ein Compliance-Paket oder ein Ergebnis der Kettenverifizierung als gestaltetes PDF aus und meldet seinen SHA-256 als JSON auf stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="72"/>
        <source>auditbench-cli pdf: expected exactly one of --package-json (optionally with --verification-json), --verification-json, --package or --verification (see --help)</source>
        <translation>auditbench-cli pdf: genau eines von --package-json (optional mit --verification-json), --verification-json, --package oder --verification erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="75"/>
        <source>auditbench-cli pdf: --package and --verification need --workspace W; the JSON forms take none</source>
        <translation>auditbench-cli pdf: --package und --verification brauchen --workspace W; die JSON-Formen nehmen keinen</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="79"/>
        <source>auditbench-cli pdf: expected --out FILE.pdf</source>
        <translation>auditbench-cli pdf: --out FILE.pdf erwartet</translation>
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
        <translation>auditbench-cli pdf: --verification &apos;%1&apos;: Lauf-ID erwartet (siehe &apos;runs&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="133"/>
        <location filename="../app/cli/PdfCommand.cpp" line="161"/>
        <source>auditbench-cli pdf: %1: expected a chain verification result as &apos;auditbench-cli verify&apos; prints</source>
        <translation>auditbench-cli pdf: %1: Ergebnis einer Kettenverifizierung erwartet, wie &apos;auditbench-cli verify&apos; es ausgibt</translation>
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
        <translation>Ein Compliance-Paket oder ein Verifizierungsergebnis als gestaltetes PDF drucken</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="177"/>
        <source>Print only the number of matching records.</source>
        <translation>Nur die Anzahl der passenden Datensätze ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="36"/>
        <source>auditbench-cli query: the workspace is read-only: this query is not recorded in its activity log</source>
        <translation>auditbench-cli query: der Arbeitsbereich ist schreibgeschützt: diese Abfrage wird nicht in seinem Aktivitätsprotokoll erfasst</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="180"/>
        <source>Output: json (an array of the records as imported, default), ndjson, csv or xlsx (an Excel workbook; needs --out). --ocsf and --runtime: json or ndjson.</source>
        <translation>Ausgabe: json (ein Array der Datensätze wie importiert, Vorgabe), ndjson, csv oder xlsx (eine Excel-Arbeitsmappe; braucht --out). --ocsf und --runtime: json oder ndjson.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="182"/>
        <source>json|ndjson|csv|xlsx</source>
        <translation>json|ndjson|csv|xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="185"/>
        <source>Write the records to FILE (complete or not at all) and print what was written (JSON: file, format, records, bytes, sha256) instead of the records.</source>
        <translation>Die Datensätze in FILE schreiben (vollständig oder gar nicht) und statt der Datensätze ausgeben, was geschrieben wurde (JSON: file, format, records, bytes, sha256).</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="191"/>
        <source>Prints the gateway audit records of a workspace that match the filters of the platform&apos;s audit-log API, ordered by timestamp; with --ocsf the imported OCSF events, with --runtime the agent runtime audit entries. Every query is recorded in the workspace&apos;s activity log.</source>
        <translation>Gibt die Prüfdatensätze des Gateways in einem Arbeitsbereich aus, die den Filtern der Audit-Log-API der Plattform entsprechen, nach Zeitstempel geordnet; mit --ocsf die importierten OCSF-Ereignisse, mit --runtime die Prüfpfadeinträge der Agenten-Laufzeit. Jede Abfrage wird im Aktivitätsprotokoll des Arbeitsbereichs erfasst.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="226"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: --%2 writes json or ndjson</source>
        <translation>auditbench-cli query: --format &apos;%1&apos;: --%2 schreibt json oder ndjson</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="251"/>
        <source>Query a workspace&apos;s gateway audit records (or OCSF events, runtime entries) with filters</source>
        <translation>Die Prüfdatensätze des Gateways in einem Arbeitsbereich (oder OCSF-Ereignisse, Laufzeiteinträge) mit Filtern abfragen</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="213"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: expected json, ndjson, csv or xlsx</source>
        <translation>auditbench-cli query: --format &apos;%1&apos;: json, ndjson, csv oder xlsx erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="217"/>
        <source>auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx</source>
        <translation>auditbench-cli query: --format xlsx schreibt eine Datei: mit --out FILE.xlsx angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="155"/>
        <source>auditbench-cli query: cannot write to standard output: %1</source>
        <translation>auditbench-cli query: kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunsCommand.cpp" line="12"/>
        <source>Lists the verification runs stored in a workspace, newest first (JSON): each with when, by whom, its scope and the verification result as it was printed.</source>
        <translation>Listet die in einem Arbeitsbereich gespeicherten Verifizierungsläufe auf, neueste zuerst (JSON): jeweils mit Zeitpunkt, Person, Umfang und dem Verifizierungsergebnis, wie es ausgegeben wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunsCommand.cpp" line="31"/>
        <source>List the verification runs stored in a workspace</source>
        <translation>Die in einem Arbeitsbereich gespeicherten Verifizierungsläufe auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="14"/>
        <source>How many records to draw.</source>
        <translation>Wie viele Datensätze gezogen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="16"/>
        <source>The seed: a whole number from 0 to 9007199254740991 (2^53 - 1).</source>
        <translation>Der Startwert: eine ganze Zahl von 0 bis 9007199254740991 (2^53 - 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="18"/>
        <source>A name for the sample (default: sample ID).</source>
        <translation>Ein Name für die Stichprobe (Vorgabe: Stichprobe ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="23"/>
        <source>Draws N distinct records uniformly from exactly the records the filters select (the population, in the order &apos;query&apos; lists it: by time, then import order), stores the sample immutably with its population, seed and algorithm, logs it, and prints it (JSON). The generator is SplitMix64 with an unbiased rejection draw and a partial Fisher-Yates shuffle, so the same population and seed give the same records on any machine, and a larger N with the same seed starts with the records of a smaller one.</source>
        <translation>Zieht N verschiedene Datensätze gleichverteilt aus genau den Datensätzen, die die Filter auswählen (die Grundgesamtheit, in der Reihenfolge, in der &apos;query&apos; sie auflistet: nach Zeit, dann Importreihenfolge), speichert die Stichprobe unveränderlich mit Grundgesamtheit, Startwert und Algorithmus, protokolliert sie und gibt sie aus (JSON). Der Generator ist SplitMix64 mit unverzerrter Verwerfungsziehung und partiellem Fisher-Yates-Mischen, sodass dieselbe Grundgesamtheit und derselbe Startwert auf jedem Rechner dieselben Datensätze ergeben und ein größeres N mit demselben Startwert mit den Datensätzen eines kleineren beginnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="39"/>
        <source>auditbench-cli sample: --size &apos;%1&apos;: expected a whole number of 1 or more</source>
        <translation>auditbench-cli sample: --size &apos;%1&apos;: ganze Zahl von 1 oder mehr erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="43"/>
        <source>auditbench-cli sample: --seed &apos;%1&apos;: expected a whole number from 0 to 9007199254740991</source>
        <translation>auditbench-cli sample: --seed &apos;%1&apos;: ganze Zahl von 0 bis 9007199254740991 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="65"/>
        <source>Draw a seeded, reproducible sample of the records the filters select and store it</source>
        <translation>Eine Stichprobe mit Startwert, reproduzierbar, aus den von den Filtern ausgewählten Datensätzen ziehen und speichern</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="13"/>
        <source>Confidence in percent, 1 - the risk of overreliance (e.g. 90, 95 or 99).</source>
        <translation>Konfidenz in Prozent, 1 - das Risiko zu hohen Vertrauens (z. B. 90, 95 oder 99).</translation>
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
        <translation>Tolerierbare Abweichungsrate in Prozent (z. B. 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="18"/>
        <source>Expected population deviation rate in percent (default 0).</source>
        <translation>Erwartete Abweichungsrate der Grundgesamtheit in Prozent (Vorgabe 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="23"/>
        <source>Prints the sample size of an attribute test of controls (JSON), from the binomial distribution: the smallest n such that P(X &lt;= k | n, tolerable) &lt;= 1 - confidence, where k = ceil(n x expected) deviations are allowed. This reproduces the AICPA Audit Sampling guide&apos;s tables (95 %, 5 % tolerable, 0 % expected: 59 items, 0 deviations allowed; 1 % expected: 93 items, 1 allowed).</source>
        <translation>Gibt den Stichprobenumfang eines Merkmalstests von Kontrollen aus (JSON), aus der Binomialverteilung: das kleinste n, für das P(X &lt;= k | n, tolerierbar) &lt;= 1 - Konfidenz gilt, wobei k = ceil(n x erwartet) Abweichungen zulässig sind. Dies reproduziert die Tabellen des AICPA-Leitfadens Audit Sampling (95 %, 5 % tolerierbar, 0 % erwartet: 59 Elemente, 0 Abweichungen zulässig; 1 % erwartet: 93 Elemente, 1 zulässig).</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="36"/>
        <source>auditbench-cli sample-size: --confidence &apos;%1&apos;: expected a percentage between 0 and 100 such as 95</source>
        <translation>auditbench-cli sample-size: --confidence &apos;%1&apos;: Prozentsatz zwischen 0 und 100 wie 95 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="40"/>
        <source>auditbench-cli sample-size: --tolerable is required (e.g. --tolerable 5)</source>
        <translation>auditbench-cli sample-size: --tolerable ist erforderlich (z. B. --tolerable 5)</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="43"/>
        <source>auditbench-cli sample-size: --tolerable &apos;%1&apos;: expected a percentage above 0 with at most two decimals such as 5</source>
        <translation>auditbench-cli sample-size: --tolerable &apos;%1&apos;: Prozentsatz über 0 mit höchstens zwei Dezimalstellen wie 5 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="48"/>
        <source>auditbench-cli sample-size: --expected &apos;%1&apos;: expected a percentage with at most two decimals such as 0.5</source>
        <translation>auditbench-cli sample-size: --expected &apos;%1&apos;: Prozentsatz mit höchstens zwei Dezimalstellen wie 0.5 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="53"/>
        <source>auditbench-cli sample-size: the expected rate (%1 %) must be below the tolerable rate (%2 %)</source>
        <translation>auditbench-cli sample-size: die erwartete Rate (%1 %) muss unter der tolerierbaren Rate (%2 %) liegen</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="61"/>
        <source>auditbench-cli sample-size: no sample of up to 100000 items reaches %1 % confidence with these rates; the expected rate is too close to the tolerable rate</source>
        <translation>auditbench-cli sample-size: keine Stichprobe bis 100000 Elemente erreicht %1 % Konfidenz mit diesen Raten; die erwartete Rate liegt zu nah an der tolerierbaren</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="84"/>
        <source>Size an attribute sample for a test of controls (binomial, AICPA tables)</source>
        <translation>Eine Merkmalsstichprobe für einen Kontrolltest bemessen (binomial, AICPA-Tabellen)</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="13"/>
        <source>Lists the samples stored in a workspace, oldest first (JSON): each as `sample` printed it, with the records in draw order. With --sample ID --xlsx FILE.xlsx, writes that sample as an Excel workbook instead (one row per drawn record with every column of the CSV export, and its population), logs the export and prints what was written.</source>
        <translation>Listet die in einem Arbeitsbereich gespeicherten Stichproben auf, älteste zuerst (JSON): jeweils wie `sample` sie ausgegeben hat, mit den Datensätzen in Ziehungsreihenfolge. Mit --sample ID --xlsx FILE.xlsx wird stattdessen diese Stichprobe als Excel-Arbeitsmappe geschrieben (eine Zeile je gezogenem Datensatz mit allen Spalten des CSV-Exports, und ihre Grundgesamtheit), der Export protokolliert und das Geschriebene ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="18"/>
        <source>The sample to export.</source>
        <translation>Die zu exportierende Stichprobe.</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="19"/>
        <source>Write the sample to this Excel file.</source>
        <translation>Die Stichprobe in diese Excel-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="20"/>
        <source>FILE.xlsx</source>
        <translation>FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="28"/>
        <source>auditbench-cli samples: --sample &apos;%1&apos;: no such sample in %2</source>
        <translation>auditbench-cli samples: --sample &apos;%1&apos;: keine solche Stichprobe in %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="58"/>
        <source>List the samples stored in a workspace</source>
        <translation>Die in einem Arbeitsbereich gespeicherten Stichproben auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="12"/>
        <source>Lists the evidence files a workspace holds (JSON): file name, format, records, SHA-256, size, when and by whom imported.</source>
        <translation>Listet die Nachweisdateien eines Arbeitsbereichs auf (JSON): Dateiname, Format, Datensätze, SHA-256, Größe, wann und von wem importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="33"/>
        <source>List the evidence files a workspace holds</source>
        <translation>Die Nachweisdateien eines Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>auditbench-cli verify: --%1 &apos;%2&apos;: RFC-3339-Zeitstempel wie 2025-01-01T00:00:00Z erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="40"/>
        <source>auditbench-cli verify: --end is before --start</source>
        <translation>auditbench-cli verify: --end liegt vor --start</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="49"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected 64 hex digits (an hmac)</source>
        <translation>auditbench-cli verify: --%1 &apos;%2&apos;: 64 Hex-Ziffern erwartet (ein hmac)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="58"/>
        <source>auditbench-cli verify: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli verify: --max-errors &apos;%1&apos;: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="66"/>
        <source>auditbench-cli verify: --max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation>auditbench-cli verify: --max-gap &apos;%1&apos;: ganze Zahl von Stunden erwartet (0 oder mehr)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="77"/>
        <source>Keyring file with the HMAC keys (without it only linkage is checked).</source>
        <translation>Schlüsselbunddatei mit den HMAC-Schlüsseln (ohne sie wird nur die Verkettung geprüft).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="20"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="80"/>
        <source>Start of the examination period (RFC 3339, inclusive).</source>
        <translation>Beginn des Prüfzeitraums (RFC 3339, einschließlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="22"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="82"/>
        <source>End of the examination period (RFC 3339, inclusive).</source>
        <translation>Ende des Prüfzeitraums (RFC 3339, einschließlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="24"/>
        <source>Frameworks in scope, a comma list (e.g. pci_dss,hipaa,sox,soc2).</source>
        <translation>Rahmenwerke im Umfang, als Kommaliste (z. B. pci_dss,hipaa,sox,soc2).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="25"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="26"/>
        <source>The pack&apos;s folder (must not exist, or be empty).</source>
        <translation>Der Ordner des Pakets (darf nicht existieren oder muss leer sein).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="29"/>
        <source>Keyring file with the HMAC keys (without it the MACs are not verified).</source>
        <translation>Schlüsselbund-Datei mit den HMAC-Schlüsseln (ohne sie werden die MACs nicht verifiziert).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="33"/>
        <source>Ed25519 private key (PKCS#8 PEM, openssl genpkey -algorithm ed25519) to sign MANIFEST.json with; it is read into memory only.</source>
        <translation>Privater Ed25519-Schlüssel (PKCS#8 PEM, openssl genpkey -algorithm ed25519), mit dem MANIFEST.json signiert wird; er wird nur in den Speicher gelesen.</translation>
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
        <translation>Für einen verschlüsselten --sign-key: eine Datei, deren erste Zeile die Passphrase ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="40"/>
        <source>Also write the period&apos;s records as OCSF 1.1 (ocsf/).</source>
        <translation>Die Datensätze des Zeitraums auch als OCSF 1.1 schreiben (ocsf/).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="46"/>
        <source>The policy chain export to carry in the pack (policy-chain/).</source>
        <translation>Der Export der Richtlinienkette, der dem Paket beigefügt wird (policy-chain/).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="49"/>
        <source>Evidence recipes extending or overriding the shipped ones.</source>
        <translation>Nachweisrezepte, die die mitgelieferten erweitern oder ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="52"/>
        <source>Retention rules extending or overriding the shipped ones.</source>
        <translation>Aufbewahrungsregeln, die die mitgelieferten erweitern oder ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="55"/>
        <source>Branding JSON for report.pdf (organisation, logo, accent_colour, footer).</source>
        <translation>Branding-JSON für report.pdf (organisation, logo, accent_colour, footer).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="64"/>
        <source>auditbench-cli evidence-pack: cannot read %1: %2</source>
        <translation>auditbench-cli evidence-pack: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="100"/>
        <source>Writes the examination evidence pack for a period (docs/spec/formats.md 6): the chain verification, the bundle definitions, one file per evidence query of each framework, checklist.json, report.pdf, MANIFEST.json, SHA256SUMS and, with --sign-key, the Ed25519 signature. Prints a JSON summary.
Exit status: 0 written, 2 unusable input (nothing is left behind).</source>
        <translation>Schreibt das Nachweispaket für die Prüfung eines Zeitraums (docs/spec/formats.md 6): die Kettenverifizierung, die Bundle-Definitionen, eine Datei je Nachweisabfrage jedes Rahmenwerks, checklist.json, report.pdf, MANIFEST.json, SHA256SUMS und, mit --sign-key, die Ed25519-Signatur. Gibt eine JSON-Zusammenfassung aus.
Exit-Status: 0 geschrieben, 2 unbrauchbare Eingabe (es bleibt nichts zurück).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="115"/>
        <source>--%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>--%1 &apos;%2&apos;: RFC-3339-Zeitstempel wie 2025-01-01T00:00:00Z erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="123"/>
        <source>expected --framework LIST (e.g. pci_dss,hipaa,sox,soc2)</source>
        <translation>--framework LIST erwartet (z. B. pci_dss,hipaa,sox,soc2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="126"/>
        <source>expected --out DIR</source>
        <translation>--out DIR erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="131"/>
        <source>--max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation>--max-gap &apos;%1&apos;: ganze Zahl von Stunden erwartet (0 oder mehr)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="179"/>
        <source>Write a signed examination evidence pack for a period</source>
        <translation>Ein signiertes Nachweispaket für die Prüfung eines Zeitraums schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="84"/>
        <source>The hmac the first record must link to (e.g. last period&apos;s head).</source>
        <translation>Der hmac, mit dem der erste Datensatz verkettet sein muss (z. B. der Kopf des vorigen Zeitraums).</translation>
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
        <translation>Der aus einer früheren Verifizierung notierte Kopf-hmac (erkennt Kürzungen).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="42"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="93"/>
        <source>Report a silence of more than HOURS between records as a coverage gap (default 24).</source>
        <translation>Eine Stille von mehr als HOURS zwischen Datensätzen als Abdeckungslücke melden (Vorgabe 24).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="105"/>
        <source>auditbench-cli verify: give either --workspace or FILEs, not both</source>
        <translation>auditbench-cli verify: entweder --workspace oder FILEs angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>auditbench-cli verify: --chain &apos;%1&apos;: expected gateway or runtime</source>
        <translation>auditbench-cli verify: --chain &apos;%1&apos;: gateway oder runtime erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="117"/>
        <source>%1: the workspace failed its check (%n finding(s)), nothing was verified: %2; &apos;auditbench-cli check&apos; lists them all</source>
        <translation>
            <numerusform>%1: der Arbeitsbereich hat seine Prüfung nicht bestanden (%n Befund), es wurde nichts verifiziert: %2; &apos;auditbench-cli check&apos; listet alle auf</numerusform>
            <numerusform>%1: der Arbeitsbereich hat seine Prüfung nicht bestanden (%n Befunde), es wurde nichts verifiziert: %2; &apos;auditbench-cli check&apos; listet alle auf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="141"/>
        <source>Verify a chain the workspace holds (instead of FILEs) and store the run there.</source>
        <translation>Eine Kette aus dem Arbeitsbereich verifizieren (statt FILEs) und den Lauf dort speichern.</translation>
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
        <translation>Mit --workspace: die zu verifizierende Kette, gateway (das Prüfprotokoll des Gateways, Vorgabe) oder runtime (die audit_entries aller Exporte der Agenten-Laufzeit als eine Kette).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="147"/>
        <source>CHAIN</source>
        <translation>CHAIN</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="151"/>
        <source>Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted).</source>
        <translation>Audit-Exportdateien, die eine Kette bilden (JSON-Array, Seitenobjekte, NDJSON; gzip wird akzeptiert).</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="156"/>
        <source>Verifies an exported audit log&apos;s HMAC chain offline and prints the result as JSON.
Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, 2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete coverage.</source>
        <translation>Verifiziert die HMAC-Kette eines exportierten Prüfprotokolls offline und gibt das Ergebnis als JSON aus.
Exit-Status: 0 gültig mit verifizierten MACs, 1 Fehler gefunden, 3 gültige Verkettung ohne Schlüsselbund, 2 unbrauchbare Eingabe oder Argumente, 4 (mit --require-coverage) keine Fehler, aber unvollständige Abdeckung.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="170"/>
        <source>auditbench-cli verify: --chain needs --workspace W (FILEs form one chain)</source>
        <translation>auditbench-cli verify: --chain braucht --workspace W (FILEs bilden eine Kette)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="174"/>
        <source>auditbench-cli verify: expected at least one FILE (see --help)</source>
        <translation>auditbench-cli verify: mindestens eine FILE erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="194"/>
        <source>Verify the HMAC chain of audit export files (or of a workspace)</source>
        <translation>Die HMAC-Kette von Audit-Exportdateien (oder eines Arbeitsbereichs) verifizieren</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.cpp" line="15"/>
        <source>auditbench-cli %1: expected --workspace W (see --help)</source>
        <translation>auditbench-cli %1: --workspace W erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>auditbench-cli: expected a COMMAND (see auditbench-cli --help)</source>
        <translation>auditbench-cli: COMMAND erwartet (siehe auditbench-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation>Aufruf: auditbench-cli COMMAND [OPTIONS] [ARGS]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>
Run &apos;auditbench-cli COMMAND --help&apos; for a command&apos;s options; --version prints the version.
</source>
        <translation>
Für die Optionen eines Befehls &apos;auditbench-cli COMMAND --help&apos; aufrufen; --version gibt die Version aus.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>auditbench-cli: unknown command &apos;%1&apos; (see auditbench-cli --help)</source>
        <translation>auditbench-cli: unbekannter Befehl &apos;%1&apos; (siehe auditbench-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentsCommand.cpp" line="13"/>
        <source>Lists the agents of the agent runtime exports in a workspace (JSON), sorted by id: id, name, status, owner, deployed_at, audit entries, connectors, drift events, the export they come from (the newest listing them) and their latest stored package.</source>
        <translation>Listet die Agenten der Laufzeit-Exporte in einem Arbeitsbereich auf (JSON), nach ID sortiert: id, name, status, owner, deployed_at, Prüfpfadeinträge, Konnektoren, Drift-Ereignisse, der Export, aus dem sie stammen (der neueste, der sie aufführt), und ihr neuestes gespeichertes Paket.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgentsCommand.cpp" line="27"/>
        <source>List the agents of a workspace with their profile</source>
        <translation>Die Agenten eines Arbeitsbereichs mit ihrem Profil auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/BundlesCommand.cpp" line="14"/>
        <source>Lists the compliance bundle definitions imported into a workspace (name, framework, version, enabled, rule mappings, exported_at and the file they came from), in import order, as JSON.</source>
        <translation>Listet die in einen Arbeitsbereich importierten Definitionen der Compliance-Bundles auf (name, framework, version, enabled, Regelzuordnungen, exported_at und die Datei, aus der sie stammen), in Importreihenfolge, als JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BundlesCommand.cpp" line="43"/>
        <source>List the compliance bundle definitions in a workspace</source>
        <translation>Die Definitionen der Compliance-Bundles in einem Arbeitsbereich auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="13"/>
        <source>Checks a workspace (JSON): SQLite&apos;s integrity check, every stored original re-hashed, every stored record compared with the original (text and query columns), rows per source, duplicates, and every source, verification run and package matched against the activity-log entry that recorded it. Prints the activity log&apos;s head (rows and last hash) to compare with the one printed on reports. A gzip original imported with raised limits (--max-inflated-size, --max-inflated-ratio) is read again only with the same options; without them it is a check_incomplete finding.
Exit status: 0 intact, 1 findings (each with what and where), 2 the workspace cannot be opened.</source>
        <translation>Prüft einen Arbeitsbereich (JSON): die Integritätsprüfung von SQLite, jedes gespeicherte Original neu gehasht, jeder gespeicherte Datensatz mit dem Original verglichen (Text- und Abfragespalten), Zeilen je Quelle, Duplikate, und jede Quelle, jeder Verifizierungslauf und jedes Paket mit dem Eintrag im Aktivitätsprotokoll abgeglichen, der sie erfasst hat. Gibt den Kopf des Aktivitätsprotokolls aus (Zeilen und letzter Hash), zum Vergleich mit dem auf Berichten gedruckten. Ein gzip-Original, das mit erhöhten Grenzen importiert wurde (--max-inflated-size, --max-inflated-ratio), wird nur mit denselben Optionen erneut gelesen; ohne sie ist es ein check_incomplete-Befund.
Exit-Status: 0 intakt, 1 Befunde (jeweils mit Was und Wo), 2 der Arbeitsbereich kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="24"/>
        <source>Leave out the integrity check and re-reading the originals (what verify --workspace checks before it trusts the workspace).</source>
        <translation>Die Integritätsprüfung und das erneute Lesen der Originale auslassen (was verify --workspace prüft, bevor es dem Arbeitsbereich vertraut).</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="43"/>
        <source>Check a workspace for damage and tampering</source>
        <translation>Einen Arbeitsbereich auf Beschädigung und Manipulation prüfen</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="47"/>
        <source>Refuse a gzip file that inflates to more than SIZE bytes (K, M, G suffixes; default 2G).</source>
        <translation>Eine gzip-Datei ablehnen, die sich auf mehr als SIZE Bytes entpackt (Suffixe K, M, G; Vorgabe 2G).</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="49"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="51"/>
        <source>Refuse a gzip file that inflates to more than N times its size once past 16M (default 100; 0: no ratio limit).</source>
        <translation>Eine gzip-Datei ablehnen, die sich ab 16M auf mehr als das N-Fache ihrer Größe entpackt (Vorgabe 100; 0: keine Verhältnisgrenze).</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="20"/>
        <source>auditbench-cli %1: --max-inflated-size &apos;%2&apos;: expected a size in bytes greater than 0, such as 4096, 512M or 4G</source>
        <translation>auditbench-cli %1: --max-inflated-size &apos;%2&apos;: Größe in Bytes größer als 0 erwartet, etwa 4096, 512M oder 4G</translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="32"/>
        <source>auditbench-cli %1: --max-inflated-ratio &apos;%2&apos;: expected a whole number of 0 or more</source>
        <translation>auditbench-cli %1: --max-inflated-ratio &apos;%2&apos;: ganze Zahl von 0 oder mehr erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="16"/>
        <source>The folder to write the portfolio into (created).</source>
        <translation>Der Ordner, in den das Portfolio geschrieben wird (wird angelegt).</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="19"/>
        <source>Start of the period (RFC 3339), inclusive.</source>
        <translation>Beginn des Zeitraums (RFC 3339), einschließlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="21"/>
        <source>End of the period (RFC 3339), inclusive.</source>
        <translation>Ende des Zeitraums (RFC 3339), einschließlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="23"/>
        <source>Verify the agent runtime chain with this keyring first; every package cites the stored run.</source>
        <translation>Zuerst die Kette der Agenten-Laufzeit mit diesem Schlüsselbund verifizieren; jedes Paket zitiert den gespeicherten Lauf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="27"/>
        <source>Also generate packages for agents that are not active.</source>
        <translation>Auch Pakete für nicht aktive Agenten erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="30"/>
        <source>An inherited-controls file extending or overriding the shipped one (e.g. with the provider&apos;s report period).</source>
        <translation>Eine Datei übernommener Kontrollen, die die mitgelieferte erweitert oder ersetzt (z. B. mit dem Berichtszeitraum des Anbieters).</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="36"/>
        <source>A branding JSON file for portfolio.pdf.</source>
        <translation>Eine Branding-JSON-Datei für portfolio.pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="44"/>
        <source>Builds the SOC 2 evidence portfolio of a workspace: verifies the agent runtime chain first when --keyring is given, generates a compliance package for every active agent (every agent with --include-inactive), lists the agents left out with their status, and writes DIR/portfolio.json, DIR/portfolio.pdf, DIR/oscal-assessment-results.json (OSCAL 1.1.2) with DIR/oscal-assessment-plan.json, and DIR/packages/. The portfolio and its packages are stored in the workspace as immutable records and logged. Prints the portfolio id and its content_sha256.</source>
        <translation>Erstellt das SOC-2-Nachweisportfolio eines Arbeitsbereichs: verifiziert zuerst die Kette der Agenten-Laufzeit, wenn --keyring angegeben ist, erzeugt ein Compliance-Paket für jeden aktiven Agenten (jeden Agenten mit --include-inactive), listet die ausgelassenen Agenten mit ihrem Status auf und schreibt DIR/portfolio.json, DIR/portfolio.pdf, DIR/oscal-assessment-results.json (OSCAL 1.1.2) mit DIR/oscal-assessment-plan.json, und DIR/packages/. Das Portfolio und seine Pakete werden im Arbeitsbereich als unveränderliche Datensätze gespeichert und protokolliert. Gibt die Portfolio-ID und ihren content_sha256 aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="55"/>
        <source>auditbench-cli portfolio: expected --out DIR (see --help)</source>
        <translation>auditbench-cli portfolio: --out DIR erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="64"/>
        <source>auditbench-cli portfolio: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation>auditbench-cli portfolio: --%1 &apos;%2&apos;: RFC-3339-Zeitstempel wie 2025-01-01T00:00:00Z erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="71"/>
        <source>auditbench-cli portfolio: --end is before --start</source>
        <translation>auditbench-cli portfolio: --end liegt vor --start</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="95"/>
        <source>auditbench-cli portfolio: %1</source>
        <translation>auditbench-cli portfolio: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="116"/>
        <source>Build the SOC 2 evidence portfolio: a package per active agent, matrix, OSCAL, PDF</source>
        <translation>Das SOC-2-Nachweisportfolio erstellen: ein Paket je aktivem Agenten, Matrix, OSCAL, PDF</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="29"/>
        <source>auditbench-cli summary: cannot write %1: %2</source>
        <translation>auditbench-cli summary: %1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Die Spalte, nach der gezählt wird (Zeilen): %1.</translation>
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
        <translation>Eine zweite Spalte (die Spalten der Pivot-Tabelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="77"/>
        <source>Across UTC months (the same as --across month).</source>
        <translation>Über UTC-Monate (dasselbe wie --across month).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="79"/>
        <source>json (default), csv, xlsx or pdf.</source>
        <translation>json (Vorgabe), csv, xlsx oder pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="79"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="80"/>
        <source>The file to write (needed for xlsx and pdf).</source>
        <translation>Die zu schreibende Datei (nötig für xlsx und pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="83"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="215"/>
        <source>pdf: branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation>pdf: Branding-JSON (organisation, logo, accent_colour, footer).</translation>
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
        <translation>Zählt die Datensätze, die die Filter auswählen, nach einer Spalte, wahlweise über eine zweite Spalte oder über Monate: eine Pivot-Tabelle mit Zeilen- und Spaltensummen und dem angegebenen Filter (in Worten und als JSON). JSON und CSV gehen nach stdout oder --out; xlsx und ein druckbares pdf brauchen --out, werden im Aktivitätsprotokoll erfasst, und der Befehl gibt dann das Geschriebene aus. Datensätze ohne den Wert zählen unter &quot;(none)&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="101"/>
        <source>auditbench-cli summary: expected --by COLUMN (one of %1)</source>
        <translation>auditbench-cli summary: --by COLUMN erwartet (eine der Spalten %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="103"/>
        <source>auditbench-cli summary: give --by-month or --across, not both</source>
        <translation>auditbench-cli summary: geben Sie --by-month oder --across an, nicht beide</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="112"/>
        <source>auditbench-cli summary: --format &apos;%1&apos;: expected json, csv, xlsx or pdf</source>
        <translation>auditbench-cli summary: --format &apos;%1&apos;: json, csv, xlsx oder pdf erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="115"/>
        <source>auditbench-cli summary: --format %1 writes a file: give it with --out FILE</source>
        <translation>auditbench-cli summary: --format %1 schreibt eine Datei: mit --out FILE angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="132"/>
        <source>Count the records the filters select by a column, across another or by month (pivot)</source>
        <translation>Die Datensätze, die die Filter auswählen, nach einer Spalte zählen, über eine andere oder nach Monat (Pivot)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="13"/>
        <source>The auditor&apos;s Ed25519 public key (PEM) the pack must be signed with.</source>
        <translation>Der öffentliche Ed25519-Schlüssel (PEM) des Prüfers, mit dem das Paket signiert sein muss.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="15"/>
        <source>The evidence pack&apos;s folder.</source>
        <translation>Der Ordner des Nachweispakets.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="19"/>
        <source>Re-hashes every file of an evidence pack against MANIFEST.json, reports files missing, changed or added, and checks the Ed25519 signature (and that it was made with --public-key when given). Prints one line per problem.
Exit status: 0 intact, 1 not intact, 2 unusable input.</source>
        <translation>Hasht jede Datei eines Nachweispakets neu gegen MANIFEST.json, meldet fehlende, geänderte oder hinzugefügte Dateien und prüft die Ed25519-Signatur (und dass sie mit --public-key erstellt wurde, falls angegeben). Gibt eine Zeile je Problem aus.
Exit-Status: 0 intakt, 1 nicht intakt, 2 unbrauchbare Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="26"/>
        <source>auditbench-cli verify-pack: expected one DIR (see --help)</source>
        <translation>auditbench-cli verify-pack: ein DIR erwartet (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="46"/>
        <source>Check an evidence pack&apos;s files and signature</source>
        <translation>Die Dateien und die Signatur eines Nachweispakets prüfen</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="29"/>
        <source>auditbench-cli workpaper: --%1 &apos;%2&apos;: expected %3</source>
        <translation>auditbench-cli workpaper: --%1 &apos;%2&apos;: %3 erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="45"/>
        <source>a sample id (see &apos;samples&apos;)</source>
        <translation>eine Stichproben-ID (siehe &apos;samples&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="53"/>
        <source>a percentage above 0 and below 100 such as 95</source>
        <translation>ein Prozentsatz über 0 und unter 100 wie 95</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="56"/>
        <source>auditbench-cli workpaper create: --tolerable is required (e.g. --tolerable 5)</source>
        <translation>auditbench-cli workpaper create: --tolerable ist erforderlich (z. B. --tolerable 5)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="60"/>
        <source>a percentage above 0 with at most two decimals such as 5</source>
        <translation>ein Prozentsatz über 0 mit höchstens zwei Nachkommastellen wie 5</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="71"/>
        <source>an item number from 1 (as &apos;workpaper show&apos; numbers them)</source>
        <translation>eine Punktnummer ab 1 (wie &apos;workpaper show&apos; sie nummeriert)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="75"/>
        <source>exception, no-exception or not-applicable</source>
        <translation>exception, no-exception oder not-applicable</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="80"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="163"/>
        <source>a version number from 1</source>
        <translation>eine Versionsnummer ab 1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="94"/>
        <source>auditbench-cli workpaper %1: expected --out FILE</source>
        <translation>auditbench-cli workpaper %1: --out FILE erwartet</translation>
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
        <translation>auditbench-cli workpaper: %1 hat kein Arbeitspapier %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="144"/>
        <source>a workpaper id (see &apos;workpapers&apos;)</source>
        <translation>eine Arbeitspapier-ID (siehe &apos;workpapers&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="170"/>
        <source>auditbench-cli workpaper: %1 has no workpaper %2%3</source>
        <translation>auditbench-cli workpaper: %1 hat kein Arbeitspapier %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="173"/>
        <source> version %1</source>
        <translation> Version %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="185"/>
        <source>create, record, review-note, sign, show, pdf or xlsx.</source>
        <translation>create, record, review-note, sign, show, pdf oder xlsx.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="187"/>
        <source>create: the sample tested (see &apos;samples&apos;).</source>
        <translation>create: die getestete Stichprobe (siehe &apos;samples&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="190"/>
        <source>create: a name for the workpaper (default: workpaper ID); sign: the signer&apos;s name.</source>
        <translation>create: ein Name für das Arbeitspapier (Vorgabe: Arbeitspapier-ID); sign: der Name des Freigebenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="195"/>
        <source>create: the confidence for the upper deviation limit, in percent (default 95).</source>
        <translation>create: das Konfidenzniveau für die obere Abweichungsgrenze, in Prozent (Vorgabe 95).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="198"/>
        <source>create: the tolerable deviation rate, in percent (e.g. 5).</source>
        <translation>create: die tolerierbare Abweichungsrate, in Prozent (z. B. 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="201"/>
        <source>The workpaper (see &apos;workpapers&apos;).</source>
        <translation>Das Arbeitspapier (siehe &apos;workpapers&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="203"/>
        <source>record: the item, numbered from 1 in the sample&apos;s draw order.</source>
        <translation>record: der Punkt, ab 1 in der Ziehungsreihenfolge der Stichprobe nummeriert.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="206"/>
        <source>record: exception, no-exception or not-applicable.</source>
        <translation>record: exception, no-exception oder not-applicable.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="207"/>
        <source>record: the auditor&apos;s note; review-note: the note.</source>
        <translation>record: die Notiz des Prüfers; review-note: der Hinweis.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="208"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="210"/>
        <source>record: change exactly this version (refused when it is signed or not the latest); show: this version instead of the latest.</source>
        <translation>record: genau diese Version ändern (abgelehnt, wenn sie freigegeben oder nicht die neueste ist); show: diese Version statt der neuesten.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="212"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="213"/>
        <source>pdf, xlsx: the file to write.</source>
        <translation>pdf, xlsx: die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="217"/>
        <source>sign: preparer or reviewer.</source>
        <translation>sign: preparer oder reviewer.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="217"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="219"/>
        <source>sign: the content SHA-256 (or its first 8+ digits) the signer read; refused when the workpaper differs.</source>
        <translation>sign: der Inhalts-SHA-256 (oder seine ersten 8+ Ziffern), den der Freigebende gelesen hat; abgelehnt, wenn das Arbeitspapier abweicht.</translation>
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
        <translation>Ein Arbeitspapier für Kontrolltests über eine gespeicherte Stichprobe. Jede Aktion gibt das Arbeitspapier aus (JSON): jeden Punkt mit Ergebnis, Notiz und den Angaben des Datensatzes, die Auswertung (Abweichungsrate, obere Abweichungsgrenze beim Konfidenzniveau, Schlussfolgerung gegenüber der tolerierbaren Rate), Review-Hinweise, Freigaben und content_sha256, den SHA-256 des kanonischen (RFC 8785) Inhalts des Arbeitspapiers, den Freigaben binden.
create --sample ID --tolerable PCT [--confidence PCT] [--name NAME]
record --workpaper ID --item N --result exception|no-exception|not-applicable [--note TEXT] [--version V]
review-note --workpaper ID --note TEXT
sign --workpaper ID --role preparer|reviewer --name NAME [--sha256 HEX]
show --workpaper ID [--version V]
pdf --workpaper ID --out FILE.pdf [--version V] [--branding FILE.json]
xlsx --workpaper ID --out FILE.xlsx [--version V]
Eine freigegebene Version ändert sich nie: ein darauf erfasstes Ergebnis erzeugt die nächste Version, die erneut freigegeben werden muss. Der Ersteller gibt frei, wenn kein Punkt mehr aussteht; der Reviewer, eine andere Person, gibt frei, was der Ersteller freigegeben hat. Jede Änderung, jedes PDF und jede Arbeitsmappe steht im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="253"/>
        <source>auditbench-cli workpaper: expected one action: create, record, review-note, sign, show, pdf or xlsx (see --help)</source>
        <translation>auditbench-cli workpaper: genau eine Aktion erwartet: create, record, review-note, sign, show, pdf oder xlsx (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="267"/>
        <source>Tests-of-controls workpaper over a sample: results, conclusion, review notes, sign-off</source>
        <translation>Arbeitspapier für Kontrolltests über eine Stichprobe: Ergebnisse, Schlussfolgerung, Review-Hinweise, Freigabe</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpapersCommand.cpp" line="12"/>
        <source>Lists the workpapers stored in a workspace, oldest first (JSON): id, name, sample, latest version, its content SHA-256, conclusion and sign-offs.</source>
        <translation>Listet die in einem Arbeitsbereich gespeicherten Arbeitspapiere auf, älteste zuerst (JSON): ID, Name, Stichprobe, neueste Version, ihr Inhalts-SHA-256, Schlussfolgerung und Freigaben.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpapersCommand.cpp" line="44"/>
        <source>List the workpapers stored in a workspace</source>
        <translation>Die in einem Arbeitsbereich gespeicherten Arbeitspapiere auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="19"/>
        <source>auditbench-cli %1: --kind &apos;%2&apos;: expected gateway, runtime or ocsf</source>
        <translation>auditbench-cli %1: --kind &apos;%2&apos;: gateway, runtime oder ocsf erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="30"/>
        <source>The record: a gateway record&apos;s id, a runtime entry&apos;s id or an OCSF event&apos;s metadata.uid.</source>
        <translation>Der Datensatz: die ID eines Gateway-Datensatzes, die ID eines Laufzeiteintrags oder die metadata.uid eines OCSF-Ereignisses.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="34"/>
        <source>What the record is: gateway (default), runtime or ocsf.</source>
        <translation>Art des Datensatzes: gateway (Standard), runtime oder ocsf.</translation>
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
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="38"/>
        <source>A tag (repeatable): exception, follow-up or a tickmark of your own.</source>
        <translation>Ein Tag (wiederholbar): exception, follow-up oder ein eigenes Prüfzeichen.</translation>
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
        <translation>Fügt einem Datensatz eines Arbeitsbereichs eine Notiz mit Tags hinzu, nur anhängend gespeichert mit Wer und Wann und protokolliert; eine Notiz zu einem Datensatz, der bereits eine hat, ersetzt diese (die frühere Notiz bleibt erhalten). Gibt die Notiz aus (JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="52"/>
        <source>auditbench-cli note: --record is required</source>
        <translation>auditbench-cli note: --record ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="73"/>
        <source>Lists the notes on a workspace&apos;s records, oldest first (JSON {&quot;notes&quot;: [...]}): the current note of each record, or with --all every note including those a later one superseded.</source>
        <translation>Listet die Notizen zu den Datensätzen eines Arbeitsbereichs auf, älteste zuerst (JSON {&quot;notes&quot;: [...]}): die aktuelle Notiz jedes Datensatzes oder mit --all jede Notiz, auch solche, die eine spätere ersetzt hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="78"/>
        <source>Only notes carrying this tag.</source>
        <translation>Nur Notizen mit diesem Tag.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="80"/>
        <source>Only notes on gateway, runtime or ocsf records.</source>
        <translation>Nur Notizen zu gateway-, runtime- oder ocsf-Datensätzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="83"/>
        <source>Only notes on this record.</source>
        <translation>Nur Notizen zu diesem Datensatz.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="84"/>
        <source>Include superseded notes.</source>
        <translation>Ersetzte Notizen einbeziehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="92"/>
        <source>auditbench-cli notes: --kind &apos;%1&apos;: expected gateway, runtime or ocsf</source>
        <translation>auditbench-cli notes: --kind &apos;%1&apos;: gateway, runtime oder ocsf erwartet</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="113"/>
        <source>Add a note with tags to a record of a workspace</source>
        <translation>Einem Datensatz eines Arbeitsbereichs eine Notiz mit Tags hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="116"/>
        <source>List the notes on a workspace&apos;s records</source>
        <translation>Die Notizen zu den Datensätzen eines Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.h" line="16"/>
        <source>The workspace file (*.auditbench).</source>
        <translation>Die Arbeitsbereichsdatei (*.auditbench).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.h" line="18"/>
        <source>Open the workspace read-only (chosen by itself on read-only media): anything that would write to it fails.</source>
        <translation>Den Arbeitsbereich schreibgeschützt öffnen (auf schreibgeschützten Medien von selbst gewählt): alles, was hineinschreiben würde, schlägt fehl.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Offline workbench for AI-platform audit evidence.</source>
        <translation>Offline-Werkbank für Prüfnachweise von KI-Plattformen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>The workspace to open (*.auditbench).</source>
        <translation>Der zu öffnende Arbeitsbereich (*.auditbench).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Open the demo workspace (created on first run).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird beim ersten Start angelegt).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Where the demo evidence lives (default demo-data).</source>
        <translation>Wo die Demo-Nachweise liegen (Vorgabe demo-data).</translation>
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
        <translation>FILE nach dem Öffnen in den Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Save a picture of every page into DIR and quit.</source>
        <translation>Ein Bild jeder Seite in DIR speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Run in LANGUAGE (%1) without changing the setting.</source>
        <translation>In LANGUAGE (%1) ausführen, ohne die Einstellung zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
</context>
</TS>
