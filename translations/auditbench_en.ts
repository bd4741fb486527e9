<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceReaderTr</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="58"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeExportTr</name>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="171"/>
        <source>expected a JSON object (an agent runtime export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="180"/>
        <source>expected an array for &quot;audit_entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedWorkGuard</name>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="25"/>
        <source>%Ln unsaved questionnaire answer(s) in package %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="27"/>
        <source>%Ln answer(s) in package %1 cannot be saved: no verdict is chosen, or an exception has no comment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="32"/>
        <source>%Ln unsaved workpaper result(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="34"/>
        <source>%Ln workpaper result(s) in %1 cannot be saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="44"/>
        <source>Save All stores the complete ones and discards these; Cancel to complete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="45"/>
        <source>Discard them, or Cancel to complete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="65"/>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="67"/>
        <source>Save All stores them as the Save buttons do (recorded in the activity log); Discard drops them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/UnsavedWorkGuard.cpp" line="69"/>
        <source>Discard drops them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AgentsPage</name>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="22"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="30"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Deployed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="31"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="32"/>
        <source>Drift events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="32"/>
        <source>Latest package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="51"/>
        <source>Open a workspace to list its agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="58"/>
        <source>The agents could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="70"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="76"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/AgentsPage.cpp" line="77"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolio/AgentsPage.cpp" line="87"/>
        <source>%Ln agent(s), %1 active.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="20"/>
        <source>Workpapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="21"/>
        <source>Gaps and Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/AnalyticsView.cpp" line="22"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="20"/>
        <source>CSV, every column (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="21"/>
        <source>JSON, the records as imported (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="22"/>
        <source>NDJSON, one record per line (*.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="26"/>
        <source>Export the visible records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="52"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="129"/>
        <source>the workspace %1 is no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="133"/>
        <source>Exported, but the activity log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="74"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="101"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="155"/>
        <source>the search was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="359"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="361"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="363"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="365"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="367"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="369"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="371"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="373"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="375"/>
        <source>Seq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="377"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="379"/>
        <source>Framework reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="381"/>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="383"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="385"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="387"/>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="389"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogOcsfExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="15"/>
        <source>OCSF events, one per line (*.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="16"/>
        <source>OCSF events as a JSON array (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="19"/>
        <source>Export OCSF events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="35"/>
        <source>Exporting OCSF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="62"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogOcsfExport.cpp" line="68"/>
        <source>Exported %Ln OCSF event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AuditLogTableMenus</name>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="49"/>
        <source>Export Visible Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="52"/>
        <source>Export OCSF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogTableMenus.cpp" line="56"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogView</name>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="37"/>
        <source>Print Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="38"/>
        <source>Preview Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="39"/>
        <source>Export Listing as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="61"/>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="62"/>
        <source>e.g. email,ssn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="63"/>
        <source>Search the records&apos; JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="34"/>
        <source>Listin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="68"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="70"/>
        <source>Sa&amp;mple…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="76"/>
        <source>F&amp;ramework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="77"/>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="78"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="79"/>
        <source>&amp;Entity types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="80"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="82"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="121"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="122"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="151"/>
        <source>The charts could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="155"/>
        <source>The audit log filter could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="212"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="213"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="214"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="302"/>
        <source>Searching %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="304"/>
        <source>Filter failed (see Issues): %1 records not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="306"/>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="344"/>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="346"/>
        <source>Source: %1, record %2 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="350"/>
        <source>Chain fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="355"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="358"/>
        <source>Record as imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditorDialog</name>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="17"/>
        <source>Who Is Auditing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="18"/>
        <source>Your name goes onto every import, verification, package and report this workbench records. It is asked once and can be changed in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="35"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditorDialog.cpp" line="36"/>
        <source>F&amp;irm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::BundlesView</name>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Rule mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="24"/>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="25"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bundles/BundlesView.cpp" line="83"/>
        <source>%Ln bundle(s), %1 enabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="96"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundles/BundlesView.cpp" line="96"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ChainInput</name>
    <message>
        <location filename="../core/chain/ChainInput.cpp" line="30"/>
        <source>the file was changed (truncated or rewritten) while it was being verified: nothing from this run can be trusted; verify it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ChainVerifier</name>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="161"/>
        <source>a record larger than 4 GiB: expected smaller records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="264"/>
        <source>Parsing and authenticating records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="121"/>
        <source>Checking the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="361"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ComplianceData</name>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="27"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="38"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="41"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="65"/>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="78"/>
        <source>%1[%2]: expected a non-empty &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="146"/>
        <source>cannot read the sub-processor registry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/ComplianceData.cpp" line="189"/>
        <source>mappings[%1]: expected &quot;action_type&quot; and a non-empty &quot;controls&quot; array of criterion ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::CoverageTimeline</name>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="66"/>
        <source>Coverage time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="112"/>
        <source>Requested period %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="113"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="114"/>
        <source>No period requested: the whole export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="115"/>
        <source>Covered by the records from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="117"/>
        <source>No record verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="119"/>
        <source>Coverage complete: no gap longer than %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="121"/>
        <source>Not covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="124"/>
        <source>Use the arrow keys to choose a gap and Enter to show the record after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="171"/>
        <source>Gap %1 of %2: %3 (%4 s) without a record
after %5 at %6
before %7 at %8
Click (or Enter) to show the record after the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="193"/>
        <source>No evidence from %1 to %2: the period starts more than %3 h before the first record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="197"/>
        <source>No evidence from %1 to %2: the last record is more than %3 h before the period end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="200"/>
        <source>Covered: records from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="305"/>
        <source>covered by records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="306"/>
        <source>gap / no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="312"/>
        <source>requested period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="320"/>
        <source>No record verified: nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="339"/>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="424"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>first record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>last record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="438"/>
        <source>period from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="438"/>
        <source>period to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::DemoDataGenerator</name>
    <message>
        <location filename="../demo/GatewayAuditLog.cpp" line="121"/>
        <source>Writing gateway audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/AgentRuntimeExport.cpp" line="257"/>
        <source>Writing agent runtime audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="38"/>
        <source>--records %1: expected at least %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="43"/>
        <source>--records %1: expected at most 1000000000 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/DemoDataGenerator.cpp" line="45"/>
        <source>%1: cannot create the output directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="24"/>
        <source>%1: cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="51"/>
        <location filename="../demo/OutFile.h" line="61"/>
        <source>%1: cannot write (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../demo/OutFile.h" line="67"/>
        <source>%1: cannot rename to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::DfdRenderer</name>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="157"/>
        <source>Graphviz could not create a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="293"/>
        <source>could not open a memory stream for the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="299"/>
        <source>Graphviz could not write the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="310"/>
        <source>Graphviz could not create a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="313"/>
        <source>Graphviz could not lay out the diagram with the dot engine (is the dot layout plugin installed and registered in config6?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="325"/>
        <source>Graphviz could not render the diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::DfdView</name>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="120"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="123"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="126"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="129"/>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="130"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="132"/>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="133"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="134"/>
        <source>Export DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="144"/>
        <source>No data-flow diagram: generate or open a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="157"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="210"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="211"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="212"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="213"/>
        <source>Export the data-flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/DfdView.cpp" line="223"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::DropZone</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="124"/>
        <source>Drop export files here: you choose whether to create a workspace and import them, or only verify their chains without keeping them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="17"/>
        <location filename="../core/common/Error.cpp" line="23"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EventCharts</name>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="54"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="68"/>
        <source>events per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="68"/>
        <source>events per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="94"/>
        <source>Enforcement events by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="95"/>
        <source>Enforcement events by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="129"/>
        <source>Counting enforcement events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="147"/>
        <source>the counting was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="154"/>
        <source>No enforcement events under the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="162"/>
        <location filename="../ui/auditlog/EventCharts.cpp" line="163"/>
        <source>The workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EvidenceListing</name>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="46"/>
        <source>all records (no period set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="127"/>
        <source>Evidence listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="132"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="133"/>
        <location filename="../core/report/EvidenceListing.cpp" line="146"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="137"/>
        <source>Evidence Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="139"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="140"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="141"/>
        <location filename="../core/report/EvidenceListing.cpp" line="201"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="143"/>
        <location filename="../core/report/EvidenceListing.cpp" line="175"/>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="145"/>
        <location filename="../core/report/EvidenceListing.cpp" line="189"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="147"/>
        <source>Printed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="149"/>
        <source>Printed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="154"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/EvidenceListing.cpp" line="155"/>
        <source>%n record(s) match the filter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="156"/>
        <location filename="../core/report/EvidenceListing.cpp" line="158"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="161"/>
        <source>Frequency per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="166"/>
        <source>No record with a time: nothing to chart by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="170"/>
        <source>Records per month by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="171"/>
        <source>Records per month (UTC) by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="177"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="45"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="122"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="178"/>
        <location filename="../core/report/EvidenceListing.cpp" line="191"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="46"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="179"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="51"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="95"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="180"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="183"/>
        <source>No override among these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="192"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="193"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="194"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="195"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="198"/>
        <source>No note on these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="204"/>
        <source>No record matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListing.cpp" line="250"/>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="42"/>
        <source>Gateway audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="43"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="87"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="44"/>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="47"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="92"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="48"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="49"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="93"/>
        <source>Framework reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="50"/>
        <location filename="../core/report/EvidenceListingData.cpp" line="94"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="52"/>
        <source>Rule / policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="53"/>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="54"/>
        <source>Override justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="86"/>
        <source>OCSF events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="88"/>
        <source>framework reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="89"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="90"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="91"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="96"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="97"/>
        <source>metadata.uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="119"/>
        <source>Agent runtime entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="120"/>
        <source>action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="121"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="122"/>
        <source>Entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="123"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="123"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="124"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="124"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="125"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidenceListingData.cpp" line="125"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EvidencePackReport</name>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="39"/>
        <source>all records of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="45"/>
        <source>Pre-examination checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="47"/>
        <source>Computed from the workspace when the pack was made (checklist.json holds the same items). Statuses: done, open (to be completed or explained), failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="51"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="57"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="59"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="160"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="60"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="61"/>
        <source>Evidence needed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="62"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="64"/>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="66"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="85"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="164"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="66"/>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="78"/>
        <source>Chain verification for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="81"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="122"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="82"/>
        <source>Events checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="83"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="84"/>
        <source>MACs verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="85"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="164"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="86"/>
        <source>Head HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="95"/>
        <source>Files by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="97"/>
        <source>Each query file holds the records the query selects in the period, exactly as imported; SHA-256 shows the first 16 hex digits (SHA256SUMS has them in full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="102"/>
        <source>File and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="103"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="104"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="124"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="105"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="125"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="114"/>
        <source>chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="117"/>
        <source>%1 (folder %2/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="120"/>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="123"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="134"/>
        <source>Override exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="136"/>
        <source>%1 allow_with_override record(s) in the period; %2 without an override_reason or a user identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="141"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="142"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="143"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="144"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="145"/>
        <source>None: every override carries a reason and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="151"/>
        <source>user identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="157"/>
        <source>Compliance bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="159"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="161"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="162"/>
        <source>No compliance bundle export was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="177"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="178"/>
        <source>Examination Evidence Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="179"/>
        <source>Evidence pack, period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="182"/>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="183"/>
        <location filename="../core/report/EvidencePackReport.cpp" line="197"/>
        <source>Files digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="192"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="193"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="194"/>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="195"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="195"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="196"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="198"/>
        <source>Signing key SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReport.cpp" line="199"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EvidencePackReportGuide</name>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="21"/>
        <source>Talking points for the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="23"/>
        <source>Could the audit log have been altered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="24"/>
        <source>Each record carries an HMAC-SHA256 over its content and the previous record&apos;s HMAC. Changing, removing or reordering a record breaks the chain, whoever has database access. The chain in this pack was re-verified offline by the auditor with the auditor&apos;s own copy of the keys, not by asking the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="29"/>
        <source>Does the audit log itself hold sensitive data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="30"/>
        <source>Records keep what was detected (an entity type such as credit_card) and what was done (block, redact), not the matched text; prompts and completions are not logged. The one free text kept is the justification a user writes when overriding a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="34"/>
        <source>Were controls operating all period, not only at audit time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="35"/>
        <source>Events are written when each request is handled. The coverage section shows whether the verified records span the whole period without long silences; the OCSF export, when included, is the same stream a SIEM receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="39"/>
        <source>What happens when a user overrides a policy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="40"/>
        <source>A block cannot be overridden. Where a policy allows an override, the user must give a reason, and the reason and the user&apos;s identity are logged before the request proceeds. The override exceptions section lists every override record lacking either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="52"/>
        <source>Checking this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="53"/>
        <source>Nothing here needs AuditBench. In the pack&apos;s folder, check every file against SHA256SUMS (each line must end in OK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="57"/>
        <source>Check that MANIFEST.json is the one the auditor signed (the tool prints &quot;Signature Verified Successfully&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="62"/>
        <source>Check that signing-key.pub.pem is the auditor&apos;s key: its SHA-256 must equal the signing key SHA-256 on the cover, obtained from the auditor separately:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="66"/>
        <source>This pack is not signed: its integrity rests on SHA256SUMS reaching you unaltered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="71"/>
        <source>This report is one of the pack&apos;s files, so it cannot name MANIFEST.json&apos;s own SHA-256. It names the files digest instead: the SHA-256 of the SHA256SUMS lines of every file except report.pdf and MANIFEST.json. Recompute it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/EvidencePackReportGuide.cpp" line="76"/>
        <source>Then check that MANIFEST.json lists the same files and hashes. AuditBench users can run all of this at once: auditbench-cli verify-pack FOLDER --public-key KEY.pem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EvidencePages</name>
    <message>
        <location filename="../ui/views/EvidencePages.cpp" line="15"/>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EvidencePages.cpp" line="16"/>
        <source>OCSF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EvidencePages.cpp" line="17"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EvidenceReader</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="199"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="279"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="406"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="253"/>
        <source>expected end of input after the %1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="315"/>
        <source>compliance package: expected string members &quot;package_id&quot; and &quot;agent_id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="351"/>
        <source>expected a compliance bundle object with &quot;regulatory_framework&quot; and a &quot;seed_rule_mappings&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="424"/>
        <source>OCSF class_uid %1 is not supported: expected 2001, 2003, 2004, 3001 or 3002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="427"/>
        <source>expected an OCSF v1.1 event with an integer &quot;class_uid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="470"/>
        <source>not a recognised evidence file: expected a gateway audit export (records with hmac_key_id, previous_hmac, hmac), an agent runtime export or compliance package (&quot;format&quot; member), compliance bundles (regulatory_framework, seed_rule_mappings) or OCSF v1.1 events (class_uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="552"/>
        <source>agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="557"/>
        <source>compliance package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="566"/>
        <source>&quot;format&quot;: &quot;%1&quot; is not a format AuditBench imports: expected &quot;arx-runtime-export&quot; or &quot;arx-compliance-package&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="594"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="603"/>
        <source>expected a compliance package object, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="607"/>
        <source>expected a compliance package object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ExaminationView</name>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="42"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="45"/>
        <source>Period (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="57"/>
        <source>Frameworks in scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="58"/>
        <source>Keyring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="58"/>
        <source>Keyring (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="59"/>
        <source>Signing key (Ed25519 PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="60"/>
        <source>PEM key (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="62"/>
        <source>Policy chain export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="62"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="63"/>
        <source>Include the period&apos;s records as OCSF 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="69"/>
        <source>Pre-examination checklist (computed from the workspace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="83"/>
        <source>Build pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="85"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="87"/>
        <source>Verify a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/examination/ExaminationView.cpp" line="180"/>
        <source>Computed from workspace %1 (%Ln source(s)); chain: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="183"/>
        <source>no stored verification run of this period (the build verifies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="184"/>
        <source>stored verification run %1 of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="201"/>
        <source>Signing key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="202"/>
        <source>Passphrase for %1 (used once, never stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="238"/>
        <source>Build cancelled: the signing key needs its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="251"/>
        <source>Building the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="255"/>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="271"/>
        <source>Pack written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="274"/>
        <source>Cancelled: no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationView.cpp" line="288"/>
        <source>Evidence pack folder (new or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="39"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="40"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/ExaminationWidgets.cpp" line="56"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ExportReader</name>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="88"/>
        <source>expected a record object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="310"/>
        <source>expected a JSON array, a page object or NDJSON records, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="325"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="331"/>
        <source>expected &apos;[&apos; or &apos;{&apos; (a JSON array, a page object or NDJSON records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="355"/>
        <source>expected a record object or a page object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::GapsPanel</name>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="20"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="21"/>
        <source>&amp;Find Gaps and Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="23"/>
        <source>&amp;Jump to Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="26"/>
        <source>Silences longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="33"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="40"/>
        <location filename="../ui/analytics/GapsPanel.cpp" line="125"/>
        <source>Describes the records as stored; it needs no keyring and proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="103"/>
        <source>Sequence gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="103"/>
        <location filename="../ui/analytics/GapsPanel.cpp" line="112"/>
        <source>all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="105"/>
        <source>sequence %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="106"/>
        <source>sequences %1 to %2 missing (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="112"/>
        <source>Time gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="113"/>
        <source>%1 to %2: %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="118"/>
        <source>%1 #%2 (%3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="119"/>
        <source>Duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/GapsPanel.cpp" line="120"/>
        <source>different content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/GapsPanel.cpp" line="122"/>
        <source>%Ln gap(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/GapsPanel.cpp" line="123"/>
        <source>%Ln duplicated id(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ImportChoiceDialog</name>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="60"/>
        <source>Import without a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="62"/>
        <source>No workspace is open. Create one and import these files into it, or only verify the chain files among them (nothing is stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="73"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="78"/>
        <source>New &amp;workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="82"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="89"/>
        <source>&amp;Create workspace and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="93"/>
        <source>&amp;Only verify the chain files (%1 of %Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="96"/>
        <source>Gateway audit exports go to the Verification page; the other files are left out (they can only be imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="109"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="110"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="141"/>
        <source>gateway audit export (a chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="143"/>
        <source>agent runtime export (import only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="145"/>
        <source>compliance package (import only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="147"/>
        <source>compliance bundles (import only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="149"/>
        <source>OCSF events (import only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportChoiceDialog.cpp" line="150"/>
        <source>not recognised (the import will say why)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::InflateLimitsBox</name>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="27"/>
        <source>Compressed evidence (gzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="38"/>
        <source>Largest &amp;inflated size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="39"/>
        <source>Large&amp;st inflation ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="41"/>
        <source>A gzip file that inflates beyond these is refused as a possible gzip bomb, at import and whenever a stored original is read again (the check, the runtime chain&apos;s verification). Raise them only for an export you know to be genuine (sizes with K, M, G; ratio 0: none). They hold until the workbench closes; it starts with 2G and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="65"/>
        <source>Largest inflated size &apos;%1&apos;: expected a size in bytes greater than 0, such as 4096, 512M or 4G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/InflateLimitsBox.cpp" line="70"/>
        <source>Largest inflation ratio &apos;%1&apos;: expected a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::InputFile</name>
    <message>
        <location filename="../core/common/InputFile.cpp" line="34"/>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="36"/>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="38"/>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="40"/>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="42"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="44"/>
        <source>a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="46"/>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="53"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="68"/>
        <source>expected a regular file, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="90"/>
        <source>%1 of %2 bytes: expected at most %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/InputFile.cpp" line="104"/>
        <location filename="../core/common/InputFile.cpp" line="121"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::IssueModel</name>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="23"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="25"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="27"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="36"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="38"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="40"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="42"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="44"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="56"/>
        <source>Event %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="59"/>
        <source>Verification run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="61"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="106"/>
        <source>Double-click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="118"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="120"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="122"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="124"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::IssuesDock</name>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="14"/>
        <location filename="../ui/issues/IssuesDock.cpp" line="90"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="26"/>
        <source>Jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="27"/>
        <source>Show the record, run or file this issue is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="28"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="29"/>
        <source>Remove every issue from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="92"/>
        <source>Issues (%1 errors, %2 warnings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::JsonDiagnostics</name>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="29"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="31"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="33"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="35"/>
        <source>expected &apos;,&apos; between values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="37"/>
        <source>expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="39"/>
        <source>expected more input after a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="41"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="178"/>
        <source>expected a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="43"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="138"/>
        <source>expected a valid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="45"/>
        <source>expected valid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="47"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="132"/>
        <source>expected &apos;&quot;&apos; to close the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="49"/>
        <source>expected an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="51"/>
        <source>expected at most 1024 levels of nesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="53"/>
        <source>document too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="55"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="135"/>
        <source>expected an escaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="206"/>
        <source>expected a JSON value, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="239"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="244"/>
        <source>duplicate member name &quot;%1&quot;: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::Keyring</name>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="69"/>
        <source>expected an even number of hex digits after &apos;hex:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="77"/>
        <source>expected only hex digits after &apos;hex:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="90"/>
        <source>expected base64 data after &apos;base64:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="98"/>
        <source>expected the secret to start with &apos;hex:&apos; or &apos;base64:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="108"/>
        <source>keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="149"/>
        <source>expected a keyring object {&quot;keys&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="161"/>
        <source>expected &quot;keys&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="168"/>
        <source>expected a key object {&quot;id&quot;: ..., &quot;secret&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="189"/>
        <source>expected &quot;id&quot; to be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="195"/>
        <source>expected &quot;secret&quot; to be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="213"/>
        <source>expected an &quot;id&quot; member in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="215"/>
        <source>expected a &quot;secret&quot; member in key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="218"/>
        <source>duplicate key id &apos;%1&apos;: expected each id once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="228"/>
        <source>expected &quot;%1&quot; of key &apos;%2&apos; to be an RFC 3339 timestamp such as 2025-06-30T23:59:59Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="233"/>
        <source>key &apos;%1&apos;: &quot;not_after&quot; is before &quot;not_before&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="245"/>
        <source>expected a &quot;keys&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ListingDispatcher</name>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="34"/>
        <source>Open a workspace to print a listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="42"/>
        <source>Export Listing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="43"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ListingDispatcher.cpp" line="55"/>
        <source>Exported, but the provenance file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>the workspace&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Record Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Select a record to see its JSON and chain fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="36"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="37"/>
        <source>Create a new workspace file for an engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="38"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="39"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="41"/>
        <source>&amp;Import Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="42"/>
        <source>Import export files into the workspace (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="43"/>
        <source>&amp;Export Visible Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="45"/>
        <source>E&amp;xport OCSF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>Write the audit log&apos;s filtered records as OCSF v1.1 events for a SIEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="49"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="52"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="58"/>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>Verify the HMAC chain with the settings of the Verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>&amp;Generate Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>&amp;Filter Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>Write a consistent copy of the workspace as one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="101"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="104"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="120"/>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="126"/>
        <source>Sample Si&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="128"/>
        <source>&amp;Sample the Filtered Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="64"/>
        <source>Save a Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="131"/>
        <source>Find Gaps and &amp;Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="140"/>
        <source>Overv&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="145"/>
        <source>&amp;Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="145"/>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="146"/>
        <source>&amp;Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="147"/>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="147"/>
        <source>P&amp;ortfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="148"/>
        <source>A&amp;nalytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="148"/>
        <source>&amp;Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="149"/>
        <source>O&amp;CSF Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="149"/>
        <source>&amp;Runtime Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="166"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="169"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="173"/>
        <source>&amp;About AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="176"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="192"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="197"/>
        <source>This workspace is read-only (read-only media): it can be read, searched, checked and copied, but nothing can be imported, verified, generated or printed into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="223"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="226"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Auditor not set (File ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Auditor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="457"/>
        <source>Record %1 is not in this workspace&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>About AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="513"/>
        <source>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Offline workbench for AI-platform audit evidence: verify HMAC-chained audit exports, regenerate compliance packages, print reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>A task is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>A background task is still running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::NewWorkpaperDialog</name>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="19"/>
        <source>New Workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="23"/>
        <source>%1: %2 (%3 of %4 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="31"/>
        <source>e.g. Override approvals, Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="35"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="41"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="44"/>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="45"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="46"/>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperDialogs.cpp" line="47"/>
        <source>&amp;Tolerable deviation rate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::NoteActions</name>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="22"/>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="26"/>
        <source>Add a note and tags to the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="54"/>
        <source>Note by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteActions.cpp" line="56"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::NoteDialog</name>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="22"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="25"/>
        <source>Note on the %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="36"/>
        <source>Current note (%1, by %2): %3. The new note supersedes it; the current one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="48"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="51"/>
        <source>&amp;Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="53"/>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="59"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="62"/>
        <source>your own tickmarks, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="63"/>
        <source>&amp;Other tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="76"/>
        <source>&amp;Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="87"/>
        <source>runtime entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="89"/>
        <source>OCSF event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes/NoteDialog.cpp" line="93"/>
        <source>gateway record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::OcsfView</name>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="30"/>
        <source>Framework reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>metadata.uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="31"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="43"/>
        <source>id or name, e.g. 1,dlp_block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="45"/>
        <source>contains, e.g. Requirement 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="46"/>
        <source>e.g. credit_card,ssn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="47"/>
        <source>e.g. block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="48"/>
        <source>e-mail, uid or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="52"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="53"/>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="54"/>
        <source>Ac&amp;tivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="55"/>
        <source>Framework &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="56"/>
        <source>&amp;Entity types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="57"/>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="58"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ocsf/OcsfView.cpp" line="87"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ocsf/OcsfView.cpp" line="149"/>
        <source>%1 of %Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="54"/>
        <source>Open or create a workspace to see the engagement&apos;s overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="59"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="60"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="61"/>
        <source>Activity Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="70"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="73"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="98"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="74"/>
        <source>Gateway records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="75"/>
        <source>Runtime entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="76"/>
        <source>OCSF events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="77"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="78"/>
        <source>Evidence packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="79"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="80"/>
        <source>Workpapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="81"/>
        <source>Open notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="92"/>
        <source>Verification: the newest run of each chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="94"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="95"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="95"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="101"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="113"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="118"/>
        <source>record id or words of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="119"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="127"/>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="146"/>
        <source>action, user or words of the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="147"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="153"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="186"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="188"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="209"/>
        <source>%Ln error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="217"/>
        <source>incomplete: %Ln gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/OverviewPage.cpp" line="264"/>
        <source>Hash chain intact: %Ln row(s) checked, as log --verify checks them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="210"/>
        <source>intact, every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="211"/>
        <source>linkage intact, MACs not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="213"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="215"/>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="216"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="218"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="268"/>
        <source>Hash chain broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PackageComparer</name>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="31"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="33"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="287"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="333"/>
        <source>Comparing %1 (package %2) with %3 (package %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageComparer.cpp" line="336"/>
        <source>No differences in the compared sections.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageComparer.cpp" line="339"/>
        <source>%n difference(s):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::PackageGenerator</name>
    <message>
        <location filename="../core/package/sections/AuditSummary.cpp" line="93"/>
        <source>Summarising audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="125"/>
        <source>no agent &quot;%1&quot; in the export (agents: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="126"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="142"/>
        <source>Drawing the data flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="157"/>
        <source>Writing the compliance package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PackageReport</name>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="31"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="62"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="62"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="128"/>
        <location filename="../core/report/PackageReport.cpp" line="159"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="139"/>
        <location filename="../core/report/PackageReport.cpp" line="152"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="159"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="183"/>
        <source>Execution Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="185"/>
        <source>What the agent did, derived from its audit trail rather than from documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="187"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="188"/>
        <source>First entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="189"/>
        <source>Last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="190"/>
        <source>Input SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="194"/>
        <source>Execution graph: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="198"/>
        <source>Actions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="200"/>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="201"/>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="202"/>
        <source>Action counts: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="210"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="213"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <location filename="../core/report/PackageReport.cpp" line="333"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="218"/>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="218"/>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="219"/>
        <source>Connectors: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="239"/>
        <source>Data Flow Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="241"/>
        <source>How data moves between the agent, the policy engine, the audit trail and external systems. Every flow passes through the policy engine; flows crossing a trust boundary are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="248"/>
        <source>Figure: the package&apos;s data_flow.svg. DOT source: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="249"/>
        <source>Figure: the package&apos;s data_flow.svg, drawn as vector graphics. DOT source SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="254"/>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="270"/>
        <source>Vendor Security Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="271"/>
        <source>CAIQ v4 style answers derived from runtime data, with the evidence each answer rests on, every exception found, and the auditor&apos;s verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="276"/>
        <source>Questionnaire answers: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="280"/>
        <source>Answer (category not provided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="282"/>
        <source>CAIQ v4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="284"/>
        <source>Answer: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="287"/>
        <location filename="../core/report/PackageReport.cpp" line="290"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="294"/>
        <source>Exceptions: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="296"/>
        <source>Exceptions: %n listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="298"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="305"/>
        <source>Auditor verdict: not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="314"/>
        <source>Reviewed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="318"/>
        <source>Auditor verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="327"/>
        <source>Sub-Processor List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <location filename="../core/report/PackageReport.cpp" line="458"/>
        <source>Data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <source>SOC 2 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="333"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="334"/>
        <source>Sub-processors: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="343"/>
        <source>none (always included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="349"/>
        <source>UNMAPPED: not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="350"/>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="353"/>
        <source>%n third-party service(s) process data on behalf of the agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="357"/>
        <source>%n sub-processor(s) are not in the connector registry: vendor, service and SOC 2 status need confirming by hand (marked UNMAPPED).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="367"/>
        <source>SOC 2 Control Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="369"/>
        <source>Observed action types mapped to SOC 2 Trust Services Criteria, with the evidence count and first and last occurrence in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="372"/>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <location filename="../core/report/PackageReport.cpp" line="390"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="377"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="377"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="378"/>
        <source>Mappings: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="392"/>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="393"/>
        <source>Evidence count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="394"/>
        <location filename="../core/report/PackageReport.cpp" line="440"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="395"/>
        <source>Controls: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="401"/>
        <source>NO EVIDENCE in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="401"/>
        <source>evidence observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="406"/>
        <source>Unmapped action types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="412"/>
        <source>Every observed action type maps to at least one control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="414"/>
        <source>Observed but mapped to no control: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="425"/>
        <source>Agent Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="428"/>
        <source>Agent profile: not provided (the package was generated before packages recorded the agent&apos;s status, owner and intent manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="438"/>
        <source>The agent as the runtime export described it when the package was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="441"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="442"/>
        <source>Deployed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="444"/>
        <source>Intent manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="447"/>
        <source>The agent declared no intent manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="453"/>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="456"/>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="457"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="474"/>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="476"/>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="480"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="491"/>
        <location filename="../core/report/PackageReport.cpp" line="530"/>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="492"/>
        <source>expected an object of answer key -&gt; {verdict, comment, by, at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="510"/>
        <source>answer &apos;%1&apos;: verdict &apos;%2&apos;: expected agree, exception or not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="531"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="539"/>
        <source>agent name not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="543"/>
        <source>Compliance Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="544"/>
        <source>SOC 2 evidence: compliance package %1 for agent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="548"/>
        <source>%1: Compliance Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="549"/>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="558"/>
        <source>(cannot be computed: not canonical JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="562"/>
        <location filename="../core/report/PackageReport.cpp" line="585"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="563"/>
        <source>Content SHA-256 NOT matching the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="569"/>
        <source>Compliance Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="572"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="573"/>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="574"/>
        <source>Status at generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="578"/>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="579"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="580"/>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="581"/>
        <source>Built from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="583"/>
        <source>%1 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="586"/>
        <source>Content check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="587"/>
        <source>no content_sha256 to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="588"/>
        <source>the content matches its content_sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="589"/>
        <source>NOT matching: the content hashes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="590"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="592"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="595"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="597"/>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="602"/>
        <source>CONTENT NOT MATCHING its content_sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="603"/>
        <source>The package claims content SHA-256 %1, but its content hashes to %2: it was changed after it was generated, or generated wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PackageTrail</name>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="18"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageTrail.cpp" line="24"/>
        <source>Coverage: %1 to %2, %n gap(s), %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="27"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="27"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="32"/>
        <source>The package cites run %1 of the agent runtime chain (result SHA-256 %2, verified %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="34"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="35"/>
        <source>at a time not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="49"/>
        <source>From the verification result given when printing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="52"/>
        <source>The package itself cites no verification of its agent runtime chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="59"/>
        <source>CITATION DOES NOT MATCH: the cited verification cannot be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="64"/>
        <source>No verification of the agent runtime chain was stored when this package was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="74"/>
        <source>It matches the run stored in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="80"/>
        <source>NOT RE-CHECKED: the package cites &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageTrail.cpp" line="84"/>
        <source>The citation was not checked against a stored run or a verification result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PackagesView</name>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="26"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="61"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="26"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="30"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="48"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="30"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="31"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="31"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="32"/>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="32"/>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="36"/>
        <source>Execution Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="40"/>
        <source>Data Flow Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="44"/>
        <source>Vendor Security Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="48"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="49"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="49"/>
        <source>Data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="50"/>
        <source>SOC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="50"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="52"/>
        <source>Sub-Processor List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="61"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="63"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="66"/>
        <source>SOC 2 Control Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="159"/>
        <location filename="../ui/packages/PackageWidgets.cpp" line="44"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="160"/>
        <source>no: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="165"/>
        <source>Not in any sub-processor registry: needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="211"/>
        <source>Coverage: %1 of %2 mapped controls have evidence in the period.
Controls without evidence: %3
Action types observed but unmapped: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="215"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="216"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="223"/>
        <source>Platform bookkeeping (not mapped to controls): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageWidgets.cpp" line="44"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="50"/>
        <location filename="../ui/packages/PackagesView.cpp" line="163"/>
        <source>Select a package version, or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="56"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="58"/>
        <source>Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="60"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="148"/>
        <source>Agent runtime chain: no verification was stored when this package was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="151"/>
        <source>linkage only, MACs not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="152"/>
        <source>intact, coverage incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="153"/>
        <source>verified, coverage complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="154"/>
        <source>Agent runtime chain: run %1 cited (%2), result SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="306"/>
        <source>The content SHA-256 stated in this package does not match its content: it was changed after it was generated, or generated wrongly. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="16"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="16"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/EvidenceTree.cpp" line="51"/>
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="164"/>
        <source>Open or create a workspace to generate and review packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — package %2&lt;br&gt;generated %3 by %4 from %5 audit entries; content SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="33"/>
        <source>exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="150"/>
        <source>%Ln error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="226"/>
        <source>Import an agent runtime export first: packages are generated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="227"/>
        <source>Choose the agent to generate a package for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="232"/>
        <source>Generating package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="262"/>
        <source>Select exactly two package versions to compare (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="272"/>
        <location filename="../ui/packages/PackagesView.cpp" line="273"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="289"/>
        <source>Select a package version to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="25"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="31"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="31"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="45"/>
        <source>Re-performance: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="53"/>
        <source>First: %1, generated %2 by %3, content SHA-256 %4
Second: %5, generated %6 by %7, content SHA-256 %8

%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="56"/>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="58"/>
        <source>%1 (package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="61"/>
        <source>Equivalent: no differences in the compared sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="62"/>
        <source>%Ln difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="66"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="66"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="67"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="68"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="81"/>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="86"/>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="88"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="95"/>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="26"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="28"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="57"/>
        <source>Evidence (double-click an item with an id to look for it in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="62"/>
        <source>Auditor&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="66"/>
        <source>&amp;Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="67"/>
        <source>E&amp;xception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="68"/>
        <source>&amp;Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="78"/>
        <source>Comment (required for an exception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="81"/>
        <source>&amp;Save verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="98"/>
        <source>Choose agree, exception or not applicable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/QuestionnairePage.cpp" line="268"/>
        <source>%1 of %Ln answer(s) reviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/QuestionnairePage.cpp" line="270"/>
        <source>; %Ln unsaved draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="292"/>
        <source>No questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="300"/>
        <source>Answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="301"/>
        <source>%1 — CCM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="314"/>
        <source>No verdict yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="323"/>
        <source>Saved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="332"/>
        <source>Draft, not saved yet: Save verdict stores it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="345"/>
        <source>An exception needs a comment saying what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="224"/>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="355"/>
        <source>The verdict was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="23"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="31"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="31"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="32"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="32"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="33"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="38"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="42"/>
        <source>Generate a new package version from the agent&apos;s runtime data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="43"/>
        <source>Package generation is not built into this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="44"/>
        <source>&amp;Compare two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="46"/>
        <source>Select two versions (e.g. the platform&apos;s and the workbench&apos;s) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="69"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="72"/>
        <source>%1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="98"/>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="99"/>
        <source>workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/VersionsPanel.cpp" line="101"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PeriodFilter</name>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="94"/>
        <source>Ra&amp;nge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="95"/>
        <source>Set the period to a common range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="99"/>
        <source>This &amp;quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="100"/>
        <source>&amp;Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="101"/>
        <source>This &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="102"/>
        <source>Last y&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="103"/>
        <source>The e&amp;xamination period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/PeriodFilter.cpp" line="129"/>
        <source>&amp;Period (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PortfolioPage</name>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="52"/>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="62"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="54"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="58"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="61"/>
        <source>optional: verify the runtime chain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="64"/>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="65"/>
        <source>Keyrings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="69"/>
        <source>Keyring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="71"/>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="73"/>
        <source>optional, RFC 3339</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="74"/>
        <source>Period start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="75"/>
        <source>Period end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="76"/>
        <source>Include agents that are not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="81"/>
        <source>Build Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="85"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Portfolio ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="103"/>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="104"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="126"/>
        <source>Out of date: the inputs changed since this portfolio was built; build again for the inputs now chosen. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="150"/>
        <source>Choose an output folder for the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="162"/>
        <source>&apos;%1&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="174"/>
        <source>Building the portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="200"/>
        <source>Portfolio %1 of workspace %7 written to %2: %3 package(s), %4 agent(s) left out, %5 PDF pages. Content SHA-256 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="211"/>
        <source>Cancelled: no portfolio and no package was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/portfolio/PortfolioPage.cpp" line="213"/>
        <source>The portfolio could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PortfolioReport</name>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="22"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="33"/>
        <source>every entry of the runtime exports (no period given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="34"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="35"/>
        <source>the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="36"/>
        <source>the last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="42"/>
        <location filename="../core/report/PortfolioReport.cpp" line="198"/>
        <source>SOC 2 Evidence Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PortfolioReport.cpp" line="43"/>
        <source>%n agent package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="45"/>
        <source>Portfolio ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="46"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="47"/>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="48"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="49"/>
        <location filename="../core/report/PortfolioReport.cpp" line="83"/>
        <source>Agents included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="50"/>
        <location filename="../core/report/PortfolioReport.cpp" line="86"/>
        <source>Agents left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="51"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="52"/>
        <source>Printed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="57"/>
        <source>Runtime chain verified: valid, MACs verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="58"/>
        <source>Runtime chain verification found problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="59"/>
        <source>Verification run %1 at %2, cited by every package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="64"/>
        <source>Runtime chain not verified for this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="65"/>
        <source>No keyring was given: each package cites the newest stored verification that covers it, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="73"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="76"/>
        <location filename="../core/report/PortfolioReport.cpp" line="89"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="76"/>
        <location filename="../core/report/PortfolioReport.cpp" line="89"/>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="77"/>
        <location filename="../core/report/PortfolioReport.cpp" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="77"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="78"/>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="79"/>
        <source>No agent is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="90"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="91"/>
        <source>None: every agent is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="98"/>
        <source>Inherited from the hosting platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="101"/>
        <location filename="../core/report/PortfolioReport.cpp" line="131"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="101"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="102"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="102"/>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="103"/>
        <source>No criterion is inherited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="107"/>
        <source>to be filled in by the auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="116"/>
        <source>SOC 2 Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="117"/>
        <source>Evidence count per criterion and agent (each package&apos;s SOC 2 control counts), the criteria inherited from the hosting platform, and the criteria mapped but without evidence anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="125"/>
        <source>Agents %1 to %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="139"/>
        <location filename="../core/report/PortfolioReport.cpp" line="159"/>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="140"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="141"/>
        <source>No criterion is mapped or inherited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="146"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="153"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="155"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="158"/>
        <source>With evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="160"/>
        <source>Without evidence (NOT covered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="180"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="193"/>
        <source>SOC 2 Evidence Portfolio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PortfolioReport.cpp" line="194"/>
        <source>SOC 2 evidence portfolio: %n agent package(s) and the inherited controls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="199"/>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PortfolioReport.cpp" line="200"/>
        <source>Portfolio SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::Progress</name>
    <message>
        <location filename="../core/common/Progress.h" line="44"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::RecordViewer</name>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="55"/>
        <source>Record outside the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="76"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="86"/>
        <source>The record&apos;s bytes exactly as in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="101"/>
        <source>%1, line %2 (SHA-256 %3…): this file is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="112"/>
        <source>The workspace holds a record with this id, identical field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/RecordViewer.cpp" line="113"/>
        <source>The workspace holds a record with this id; %Ln field(s) differ (marked ≠):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="118"/>
        <source>The workspace holds no record with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records/RecordViewer.cpp" line="128"/>
        <location filename="../ui/records/RecordViewer.cpp" line="154"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::RecordsExcelExport</name>
    <message>
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="20"/>
        <source>Excel workbook, every column (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="26"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/RecordsExcelExport.cpp" line="50"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ReportBranding</name>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="34"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="45"/>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="48"/>
        <source>%1: logo &apos;%2&apos; cannot be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="55"/>
        <source>%1: logo &apos;%2&apos; is neither an SVG nor a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="68"/>
        <source>Prepared with AuditBench for audit evidence review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="90"/>
        <source>branding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="93"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="107"/>
        <source>%1: offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="111"/>
        <source>%1: expected a JSON object with organisation, logo, accent_colour, footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="127"/>
        <source>%1: accent_colour &apos;%2&apos;: expected a colour such as #2F4F6F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ReportDispatcher</name>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="52"/>
        <source>Nothing to print yet: verify a chain or select a package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="89"/>
        <source>The print was not recorded in the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="109"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ReportDispatcher.cpp" line="110"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ReportOutput</name>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="67"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="82"/>
        <source>Export of %1 cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="94"/>
        <source>Wrote %1 (%Ln page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="106"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="121"/>
        <source>Printing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="137"/>
        <source>Printing to %1 cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="141"/>
        <source>Printing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="147"/>
        <source>Cancel came after the pages were being sent: %Ln page(s) printed to %1 in full.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="151"/>
        <source>Printed %Ln page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="185"/>
        <source>Printed %Ln page(s) from the preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="165"/>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ReportWriter</name>
    <message>
        <location filename="../core/report/render/PageFrame.cpp" line="44"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="148"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="280"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/render/LayoutPass.cpp" line="308"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="130"/>
        <source>Diagram: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="132"/>
        <source>Diagram not drawn: it refers to external images, which reports never embed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/render/SvgBlock.cpp" line="134"/>
        <source>Diagram not drawn: the SVG could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="49"/>
        <source>Printing a report needs fonts, which need a QGuiApplication (use the offscreen platform without a display)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="67"/>
        <source>Laying out the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/ReportWriter.cpp" line="81"/>
        <source>Printing %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="85"/>
        <source>The printer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="146"/>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::RuntimeExport</name>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="60"/>
        <location filename="../core/package/RuntimeExportReader.cpp" line="82"/>
        <source>expected a string for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="101"/>
        <source>expected a whole number for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="109"/>
        <source>expected true or false for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="120"/>
        <source>expected an array of strings for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="129"/>
        <source>expected a string in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="195"/>
        <source>expected an audit entry object in &quot;audit_entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="260"/>
        <location filename="../core/package/RuntimeExport.cpp" line="305"/>
        <source>Reading the agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="33"/>
        <source>expected &quot;version&quot;: 1 (the only agent runtime export version known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="157"/>
        <source>expected &quot;format&quot;: &quot;arx-runtime-export&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="160"/>
        <source>expected an &quot;audit_entries&quot; array in the agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="324"/>
        <source>Reading audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.cpp" line="239"/>
        <source>expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z for &quot;timestamp&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="79"/>
        <source>expected an object for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="103"/>
        <source>expected an array for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="110"/>
        <source>expected an object in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExportReader.h" line="140"/>
        <source>expected a non-empty &quot;%1&quot; in this %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::RuntimeView</name>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="17"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="18"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="39"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="40"/>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="41"/>
        <source>Action &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="42"/>
        <source>&amp;Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="43"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtime/RuntimeView.cpp" line="77"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runtime/RuntimeView.cpp" line="145"/>
        <source>%1 of %Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::SampleDialog</name>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="29"/>
        <source>Sample the Filtered Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/SampleDialog.cpp" line="31"/>
        <source>Population: %Ln record(s) selected by: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="40"/>
        <source>Sample Size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="54"/>
        <source>sample ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="60"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="63"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="66"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleDialog.cpp" line="111"/>
        <source>The seed is a whole number from 0 to 9007199254740991.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SampleSizeDialog</name>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="18"/>
        <source>Sample Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="22"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="30"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="40"/>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="41"/>
        <source>&amp;Tolerable deviation rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="42"/>
        <source>&amp;Expected deviation rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="44"/>
        <source>Attribute sampling from the binomial distribution: the smallest sample for which finding no more than the allowed deviations supports the tolerable rate at this confidence (the AICPA tables&apos; method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="95"/>
        <source>The expected rate must be below the tolerable rate, which must be above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="100"/>
        <source>No sample of up to 100,000 items reaches this confidence: the expected rate is too close to the tolerable rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SampleSizeDialog.cpp" line="106"/>
        <source>Sample size: %1 items; deviations allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SegmentJoiner</name>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="37"/>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="66"/>
        <source>key &apos;%1&apos; has fingerprint %2 here but %3 in %4: segments must be verified with the same keyring to be joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="169"/>
        <source>expected at least one result to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/SegmentJoiner.cpp" line="175"/>
        <source>verified with --max-gap %1 but %2 with --max-gap %3: segments must be verified with the same --max-gap to be joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SettingsDialog</name>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="32"/>
        <source>Auditor identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="36"/>
        <source>e.g. Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="39"/>
        <source>e.g. jane.doe@firm.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="42"/>
        <source>e.g. Doe &amp; Partners LLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="44"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="45"/>
        <source>&amp;Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="47"/>
        <source>Recorded in the workspace&apos;s activity log and printed on packages and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="52"/>
        <location filename="../ui/common/SettingsDialog.cpp" line="191"/>
        <source>Report branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="58"/>
        <source>SVG or PNG file; empty for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="59"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="66"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="72"/>
        <source>Load a branding file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="73"/>
        <source>A JSON file with organisation, logo, accent_colour and footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="79"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="81"/>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="83"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="87"/>
        <source>Foo&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="116"/>
        <source>Same as the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="125"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="126"/>
        <source>&amp;Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="128"/>
        <source>A new language applies at once: the window is rebuilt and reopens the workspace and page. A keyring loaded for verification is held in memory only and must be chosen again. The report language sets printed reports&apos; headings and labels; the evidence they show is never translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="91"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="92"/>
        <source>Images (*.svg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="98"/>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="104"/>
        <source>Load a branding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="104"/>
        <source>Branding (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="109"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="113"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ShortcutsDialog</name>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="40"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="43"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="63"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SourceText</name>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="104"/>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="146"/>
        <source>byte %1: truncated gzip data: expected more compressed input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="151"/>
        <source>byte %1: corrupt gzip data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="158"/>
        <source>gzip data of %1 bytes inflates to more than %2 bytes, the limit for one file (a larger limit: --max-inflated-size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="163"/>
        <source>gzip data of %1 bytes inflates to more than %2 bytes, over %3 times its size (a higher limit: --max-inflated-ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/BoundedInflate.cpp" line="174"/>
        <source>byte %1: expected end of file after the first gzip member, found %2 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="199"/>
        <source>invalid UTF-8 byte 0x%1: expected UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="225"/>
        <location filename="../core/json/SourceText.cpp" line="280"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="239"/>
        <location filename="../core/json/SourceText.cpp" line="255"/>
        <location filename="../core/json/SourceText.cpp" line="284"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SourcesDock</name>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="11"/>
        <location filename="../ui/shell/SourcesDock.cpp" line="50"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="17"/>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="51"/>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SummaryPanel</name>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="31"/>
        <source>(count only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="38"/>
        <source>&amp;Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="40"/>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="42"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="45"/>
        <source>Count by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="47"/>
        <source>across:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="109"/>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="127"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/SummaryPanel.cpp" line="133"/>
        <source>Filter: %1 (%Ln record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="142"/>
        <source>Export the Summary to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="143"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="153"/>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="170"/>
        <source>Summary written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="162"/>
        <source>Export the Summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/SummaryPanel.cpp" line="162"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SummaryReport</name>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="33"/>
        <source>Records by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="34"/>
        <source>Records by %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="38"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="39"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="43"/>
        <location filename="../core/report/SummaryReport.cpp" line="53"/>
        <source>Summary SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="47"/>
        <source>Record Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="50"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="51"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="52"/>
        <source>Records counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="54"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="55"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="60"/>
        <source>Filter: %1 (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="66"/>
        <location filename="../core/report/SummaryReport.cpp" line="78"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="67"/>
        <source>No record matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/SummaryReport.cpp" line="88"/>
        <source>Months are UTC calendar months of each record&apos;s timestamp; &quot;%1&quot; counts the records without the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::TaskPanel</name>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="22"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="23"/>
        <source>Cancel the running task; nothing half-done is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="62"/>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="72"/>
        <source>Cancelling “%1”; nothing half-done is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="75"/>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="98"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::UserGuideDialog</name>
    <message>
        <location filename="../ui/common/HelpDialogs.cpp" line="24"/>
        <source>AuditBench User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerdictBanner</name>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="107"/>
        <source>Verified: chain intact, every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="108"/>
        <source>%1 events checked with the keyring; no errors. The records are authentic and complete between the first and the last event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="125"/>
        <source>Linkage intact — MACs NOT verified (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="120"/>
        <source>%1 events checked for order, sequence and linkage only. Without the keyring the content is not authenticated: choose the keyring file and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="76"/>
        <source>Verify a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="78"/>
        <source>Verify the evidence, keyring and period now chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="114"/>
        <source>Chain intact, every MAC verified — coverage INCOMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="115"/>
        <source>%1 events checked with the keyring; no errors. The records do not cover the whole time: %2. Nothing is proved about what is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="124"/>
        <source>Coverage is incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="130"/>
        <source>Not valid: nothing was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="131"/>
        <source>%1. No record was checked, so the result proves nothing; choose evidence that holds records for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerdictBanner.cpp" line="137"/>
        <source>Verification failed: %Ln error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="138"/>
        <source>%1 events checked. The chain is broken or records were altered; each error below leads to its record in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="147"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="147"/>
        <source>Reading the records and recomputing the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="152"/>
        <source>Not verified: the input is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="160"/>
        <source>Out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="161"/>
        <source>%1 changed since this result was computed; it says nothing about the inputs now chosen. Verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="163"/>
        <source>An input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="168"/>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="169"/>
        <source>Choose the evidence, the keyring and the examination period, then Verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationForm</name>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="58"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="62"/>
        <source>Gateway audit log (workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="63"/>
        <source>Agent runtime chain (workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="64"/>
        <source>Export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="65"/>
        <source>Gateway audit log: the gateway records the workspace holds. Agent runtime chain: the audit entries of every agent runtime export it holds, as one chain, which compliance packages then cite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="77"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="78"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="85"/>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="91"/>
        <source>No keyring: linkage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="92"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="93"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="94"/>
        <source>Wipe the keys from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="106"/>
        <source>Examination period and chain ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="109"/>
        <source>Only records inside the period (UTC, both ends inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="122"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="128"/>
        <source>A&amp;nchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="129"/>
        <source>E&amp;xpected head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="132"/>
        <source>Verif&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="141"/>
        <source>the evidence chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="145"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="149"/>
        <source>the examination period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="150"/>
        <source>the anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="152"/>
        <source>the expected head</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationForm.cpp" line="264"/>
        <source>%Ln key(s) held in memory only:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="123"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="124"/>
        <source>optional: the head of the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="125"/>
        <source>What record 1 must link to, e.g. the head of last year&apos;s verified export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="126"/>
        <source>optional: a head noted online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="127"/>
        <source>The head HMAC from an earlier online verification; detects truncation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="155"/>
        <source>Add audit export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="156"/>
        <source>Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="163"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="219"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="237"/>
        <source>the evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="166"/>
        <source>Choose the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="167"/>
        <source>Keyring (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="256"/>
        <source>%1 (fingerprint %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="266"/>
        <location filename="../ui/verification/VerificationForm.cpp" line="286"/>
        <source>the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="270"/>
        <source>Keyring unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="283"/>
        <source>Without a keyring only order, sequence and linkage are checked; the verdict then says that the MACs were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="352"/>
        <source>The examination period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="364"/>
        <source>The anchor must be 64 hexadecimal characters (an HMAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="366"/>
        <source>The expected head must be 64 hexadecimal characters (an HMAC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationReport</name>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="29"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="47"/>
        <source>VERIFIED: chain intact, every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="48"/>
        <source>Sequence, linkage and structure are intact and every record&apos;s HMAC was recomputed with the keyring and matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="52"/>
        <source>INTACT, COVERAGE INCOMPLETE: every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="53"/>
        <source>Sequence, linkage and every record&apos;s HMAC verify, but the records leave gaps or part of the period uncovered; nothing is proved about what is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="57"/>
        <source>LINKAGE INTACT: MACs NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="58"/>
        <source>No keyring was used: sequence, linkage and structure are intact, but the records&apos; content is not authenticated. This is not a full verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReport.cpp" line="64"/>
        <source>ERRORS FOUND: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="65"/>
        <source>The audit trail does not verify. Every error is listed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="69"/>
        <source>NOT VERIFIED: the audit trail has not been verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="70"/>
        <source>No verification of this agent&apos;s audit trail is recorded in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="79"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="80"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="84"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="80"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="81"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="82"/>
        <source>whole export (no period given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="87"/>
        <location filename="../core/report/VerificationReport.cpp" line="108"/>
        <source>Audit Chain Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="88"/>
        <source>Audit Chain Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="89"/>
        <source>HMAC chain verification result, period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="92"/>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="93"/>
        <location filename="../core/report/VerificationReport.cpp" line="116"/>
        <source>Result SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="99"/>
        <source>No record was checked (%1), so the result proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="105"/>
        <source>Not covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="111"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="112"/>
        <location filename="../core/report/VerificationReport.cpp" line="136"/>
        <source>Events checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <location filename="../core/report/VerificationReport.cpp" line="179"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="114"/>
        <location filename="../core/report/VerificationReport.cpp" line="134"/>
        <source>MACs verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <source>no (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="117"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="119"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="123"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="130"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="137"/>
        <source>Error count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="138"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="139"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="140"/>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="141"/>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="142"/>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="143"/>
        <source>none: the chain starts at its genesis record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="145"/>
        <source>Head HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="146"/>
        <source>Duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="148"/>
        <source>The anchor is the previous_hmac the first checked record links to; note the head HMAC to check the next period&apos;s export against it (--anchor) or to detect truncation (--expect-head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="154"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="155"/>
        <source>Keys are identified by id and fingerprint only; key material never appears in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="158"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="159"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="160"/>
        <location filename="../core/report/VerificationReport.cpp" line="173"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="161"/>
        <source>Validity window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="162"/>
        <source>No keys: the records name no hmac_key_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="165"/>
        <source>not in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="169"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="171"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="172"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="174"/>
        <source>No sources recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="182"/>
        <source>%1 errors were found; the result lists the first %2 (the rest were not kept, see --max-errors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="187"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="188"/>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="22"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="30"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="33"/>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="35"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="36"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="43"/>
        <source>valid from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="45"/>
        <source>valid from %1, no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="47"/>
        <source>valid until %1, no start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="48"/>
        <source>no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="57"/>
        <source>no evidence from %1 to %2 (starts late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="59"/>
        <source>no evidence in the period (starts late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReportSections.cpp" line="61"/>
        <source>%n gap(s) longer than %1 h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="64"/>
        <source>no evidence from %1 to %2 (ends early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="66"/>
        <source>no evidence in the period (ends early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="74"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="76"/>
        <source>An intact chain says nothing about records that were never exported. This section states what the verified records cover of the period asked about, and every silence between two consecutive records longer than the maximum gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="81"/>
        <source>none given (the whole export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="85"/>
        <source>nothing: no record was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="86"/>
        <source>no period start given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="88"/>
        <source>NOT covered (starts late): the first record is more than %1 h after the period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="91"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="97"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="92"/>
        <source>no period end given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="94"/>
        <source>NOT covered (ends early): the last record is more than %1 h before the period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="99"/>
        <source>Requested period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="100"/>
        <source>Covered span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="101"/>
        <source>Maximum gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="101"/>
        <source>%1 h (--max-gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="102"/>
        <source>Gaps over the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="103"/>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="104"/>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="108"/>
        <source>Coverage incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="114"/>
        <source>After record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="115"/>
        <source>Before record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="116"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="117"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="118"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="120"/>
        <source>No gap longer than %1 h between consecutive records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="124"/>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="129"/>
        <source>%1 more gaps are counted but not listed (the result lists at most --max-errors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="137"/>
        <source>How the chain works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="138"/>
        <source>The platform writes its audit log as a chain. Besides its content, every record carries three fields: hmac_key_id (which signing key sealed it), previous_hmac (the seal of the record before it) and hmac (its own seal). The workbench re-performs every check itself, offline; it trusts nothing the platform says about its own log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="143"/>
        <source>The anchor and the links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="144"/>
        <source>The very first record of a chain links to a fixed start value of 64 zeros. An export of a later period begins in the middle of the chain: its first record links to a record that is not in the export, and that value is reported as the anchor. Comparing the anchor with the head HMAC of the previous period&apos;s verified export joins the two periods without a hole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="149"/>
        <source>Every later record stores the seal of the record before it as its previous_hmac. Removing, inserting or reordering a record breaks the link of the record after it; dropping the newest records is caught by comparing the head HMAC with one noted earlier (--expect-head). Linkage alone only shows that the order was not broken, though: anyone who can write to the database can also recompute matching links after an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="156"/>
        <source>The seal of each record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="157"/>
        <source>A record&apos;s hmac is an HMAC-SHA256 over the record&apos;s content written in one canonical form (the JSON Canonicalization Scheme, RFC 8785: members sorted, no white space, every number and string written exactly one way), followed by its previous_hmac. The key belongs to the platform and was handed to the auditor separately, as a keyring; it is never part of an export. The workbench recomputes every seal with that keyring. Because the seal also covers previous_hmac, it fixes the record&apos;s place in the chain as well as its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="164"/>
        <source>Why a database administrator cannot change a record unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="165"/>
        <source>A privileged database user can change any byte of the stored records but does not hold the signing key. Editing a record changes what its seal must be; deleting one breaks the link of the next; inserting one needs a seal only the key can make. Recomputing the links does not help either: the seal of every following record then fails. Only someone holding the key could rewrite the chain consistently. That is why a verification without the keyring (linkage only) is never reported as a full verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="172"/>
        <source>Key validity windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="173"/>
        <source>Keys are rotated. The keyring may state when each key was in use (not_before, not_after). A record sealed with a key outside that window is an error: it catches a record re-sealed later with a retired key that was kept or leaked, and a key used before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="177"/>
        <source>What coverage means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReportSections.cpp" line="178"/>
        <source>An intact chain proves that the exported records were not altered and that none is missing between the first and the last. It says nothing about records that were never exported: before the first, after the last, or in a period the export does not reach. The Coverage section therefore sets the period asked about against the span the records cover and lists every silence longer than the maximum gap. Only a result that is intact, verified with the keyring and complete is reported as verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationResult</name>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="59"/>
        <location filename="../core/chain/VerificationResult.cpp" line="66"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="60"/>
        <location filename="../core/chain/VerificationResult.cpp" line="64"/>
        <location filename="../core/chain/VerificationResult.cpp" line="83"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="63"/>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="68"/>
        <source>an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="70"/>
        <location filename="../core/chain/VerificationResult.cpp" line="72"/>
        <source>an event {&quot;id&quot;, &quot;timestamp&quot;} or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="73"/>
        <location filename="../core/chain/VerificationResult.cpp" line="74"/>
        <source>an hmac or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="82"/>
        <source>an array of keys {&quot;id&quot;, &quot;records&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="86"/>
        <source>an array of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="93"/>
        <source>a coverage object with max_gap_hours, gaps and gap_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="98"/>
        <source>expected &quot;%1&quot; to be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="301"/>
        <source>empty: expected a verification result (what auditbench-cli verify prints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="308"/>
        <source>expected a verification result (JSON): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="310"/>
        <source>expected a verification result object (what auditbench-cli verify prints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="314"/>
        <source>not a verification result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/VerificationResult.cpp" line="317"/>
        <source>not a verification result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationResultPanel</name>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="37"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="51"/>
        <source>Errors (double-click to show the record in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="53"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="55"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="57"/>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="66"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="90"/>
        <source>Copy head HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="92"/>
        <source>Copy anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="94"/>
        <source>Copy result JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="96"/>
        <source>The result object of docs/spec/chain.md, as auditbench-cli verify prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="139"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>After record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>Before record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>Without a record for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="153"/>
        <source>Double-click a gap to show the record after it in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="204"/>
        <source>Stored run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="204"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="206"/>
        <source>Run at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="208"/>
        <source>Run by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="210"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="211"/>
        <source>Events checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="212"/>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>MACs verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="213"/>
        <source>no — no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="215"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="216"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="217"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="220"/>
        <source>First event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="223"/>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="226"/>
        <source>Anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="228"/>
        <source>Head HMAC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="233"/>
        <source>%1: %2 records; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="234"/>
        <source>%1 (%2): %3 records; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="302"/>
        <source>Complete: the records cover the period asked about with no gap longer than %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="304"/>
        <source>Incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="307"/>
        <source>This is what the records claim to cover: the chain has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="310"/>
        <source>This is what the records claim to cover: their MACs were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="333"/>
        <source>%1 more gaps longer than %2 h are counted but not listed (the limit is --max-errors, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="238"/>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="240"/>
        <source>Duplicates merged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="243"/>
        <source>%1 (%2 records, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="246"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="276"/>
        <source>%1 more errors not listed (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="285"/>
        <source>Coverage incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="292"/>
        <source>Linkage intact but MACs not verified: no keyring was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationRunsTable</name>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="13"/>
        <source>Past runs in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="18"/>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="34"/>
        <source>Gateway audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="37"/>
        <source>Agent runtime chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="49"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="51"/>
        <source>Intact, coverage incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="53"/>
        <source>Linkage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationRunsTable.cpp" line="54"/>
        <source>%Ln error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::VerificationView</name>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="92"/>
        <source>the file %1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="264"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="290"/>
        <source>An input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="294"/>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="343"/>
        <source>%1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationView.cpp" line="345"/>
        <source>%Ln more file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="347"/>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="348"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="349"/>
        <source>Evidence: workspace %1, stored run %2; sources: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="350"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="355"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerifyPackDialog</name>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="20"/>
        <source>Verify an Evidence Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="27"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="30"/>
        <source>Evidence pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="31"/>
        <source>Auditor&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="32"/>
        <source>PEM public key (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="40"/>
        <source>Pack folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="41"/>
        <source>Expected public key (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="53"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="74"/>
        <source>INTACT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="75"/>
        <source>NOT INTACT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/examination/VerifyPackDialog.cpp" line="79"/>
        <source>UNUSABLE: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WelcomePage</name>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="44"/>
        <source>&lt;h2&gt;Welcome to AuditBench&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="45"/>
        <source>A workspace holds one engagement&apos;s evidence, verifications, packages and activity log. Create one, open one, or try the demo workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="50"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="52"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="54"/>
        <source>Open the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="56"/>
        <source>Synthetic evidence with a tampered copy, created on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="57"/>
        <source>Verif&amp;y Files Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="59"/>
        <source>Check the chain of export files without keeping them in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="63"/>
        <source>&amp;Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="106"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WelcomePage.cpp" line="111"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkpaperPage</name>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="37"/>
        <source>No exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="39"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="41"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="45"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="53"/>
        <source>Sign the Workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="54"/>
        <source>Preparer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="55"/>
        <source>Reviewer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="59"/>
        <source>Review Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="59"/>
        <source>Note for the preparer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="68"/>
        <source>New Workpaper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="71"/>
        <source>&amp;Workpaper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="80"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="89"/>
        <source>Select an item to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="105"/>
        <source>What was inspected, and what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="106"/>
        <source>&amp;Record Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="109"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="137"/>
        <source>Sign as &amp;Preparer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="139"/>
        <source>Sign as Rev&amp;iewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="140"/>
        <source>Review &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="142"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="143"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="144"/>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="154"/>
        <source>Review notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="195"/>
        <source>%1: %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="256"/>
        <source>No workpaper yet: draw a sample (Audit Log ▸ Sample…), then New Workpaper….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="258"/>
        <source>Open a workspace to test controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="290"/>
        <source>Version %1 of %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="294"/>
        <source>Content SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="298"/>
        <source>Preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="298"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="299"/>
        <source>%1: %2, %3, signed %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="300"/>
        <source>%1: not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="304"/>
        <source>v%1, %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="413"/>
        <source>Version %1 was signed and stays as signed: the change made version %2, which needs signing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="464"/>
        <source>Export the Workpaper as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="465"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="476"/>
        <source>Workpaper written to %1 (%Ln page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="485"/>
        <source>Export the Workpaper to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="486"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analytics/WorkpaperPage.cpp" line="497"/>
        <source>Workpaper written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkpaperReport</name>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="37"/>
        <source>No exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="39"/>
        <source>EXCEPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="41"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="123"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="45"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="124"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="53"/>
        <source>SUPPORTS RELIANCE on the control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="55"/>
        <source>DOES NOT SUPPORT RELIANCE on the control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="59"/>
        <source>INCOMPLETE: no conclusion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="66"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="67"/>
        <source>%1, %2 (SHA-256 %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="81"/>
        <source>Tests of Controls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="82"/>
        <source>Workpaper %1 version %2 over sample %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="88"/>
        <source>Workpaper %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="89"/>
        <source>Workpaper SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="94"/>
        <source>Tests of Controls Workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="97"/>
        <source>Workpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="98"/>
        <source>%1, version %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="99"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="140"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="100"/>
        <source>%1 (%2): %3 of %4 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="103"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="104"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="130"/>
        <source>Tolerable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="105"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="202"/>
        <source>Preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="106"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="203"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="107"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="108"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="109"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="186"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="117"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="120"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="151"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="121"/>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="122"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="125"/>
        <source>Deviation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="126"/>
        <source>Upper deviation limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="127"/>
        <source>%1 at %2 confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="132"/>
        <source>The upper deviation limit is the binomial rate p with P(X &lt;= exceptions | tested, p) = 1 - confidence; not-applicable items are not tested items. The control is relied on when the limit does not exceed the tolerable rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="138"/>
        <source>Sample and population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="141"/>
        <source>Population filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="142"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="143"/>
        <source>Verification run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="144"/>
        <source>none covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="145"/>
        <source>Head HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="146"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="147"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="154"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="155"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="156"/>
        <location filename="../core/report/WorkpaperReport.cpp" line="181"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="159"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="160"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="161"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="162"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="175"/>
        <source>Records tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="178"/>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="180"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="182"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="183"/>
        <source>No review notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="189"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="191"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="192"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="193"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="194"/>
        <source>Content SHA-256 signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="195"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="197"/>
        <source>Not signed: this version needs the preparer&apos;s and the reviewer&apos;s sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="205"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="205"/>
        <source>NO: content changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="210"/>
        <source>Each sign-off binds the SHA-256 of the workpaper&apos;s canonical (RFC 8785) content; the full hash is in the footer. Re-compute it with &apos;auditbench-cli workpaper show&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkpaperReport.cpp" line="223"/>
        <source>%1 has no workpaper %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceCheckGate</name>
    <message numerus="yes">
        <location filename="../ui/verification/WorkspaceCheckGate.cpp" line="23"/>
        <source>%1: the workspace failed its check (%Ln finding(s)), so nothing was verified and no verdict is shown: %2. The issues dock lists the findings of the full check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="50"/>
        <source>%1: already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="62"/>
        <source>Import cancelled; the workspace is exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="66"/>
        <source>Import failed, nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="102"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="172"/>
        <source>Workspace check: intact (%Ln source(s), activity log of %1 entries, last hash %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="264"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="194"/>
        <location filename="../ui/shell/WorkspaceController.cpp" line="265"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="51"/>
        <source>%1: imported %Ln record(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="117"/>
        <source>%1 is opened read-only (read-only media): it can be read, searched and checked, but nothing can be imported, verified, generated or printed into it. Save a copy to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="169"/>
        <source>The workspace could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="180"/>
        <source>Workspace check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="192"/>
        <source>Save a copy of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="207"/>
        <source>Saving a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="209"/>
        <source>Another task is running; save the copy when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="225"/>
        <source>Saved a copy of the workspace as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="229"/>
        <source>Saving the copy was cancelled; no copy was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="272"/>
        <location filename="../ui/shell/WorkspaceController.cpp" line="400"/>
        <source>%1 already exists: open it instead, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="281"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="282"/>
        <source>AuditBench workspace (*.auditbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="290"/>
        <source>Import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="290"/>
        <source>Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="335"/>
        <source>Creating demo evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="362"/>
        <source>The workspace is read-only: save a copy and import into the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="366"/>
        <source>Importing %Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="422"/>
        <source>%Ln chain file(s) added to the verification; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="368"/>
        <source>Another task is running; import the files when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="416"/>
        <source>%1 is not verified: %2. Create a workspace to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="450"/>
        <source>The verification runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspacePackages</name>
    <message>
        <location filename="../core/package/WorkspacePackages.cpp" line="66"/>
        <source>%1: no imported agent runtime export lists agent &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceReports</name>
    <message numerus="yes">
        <location filename="../core/report/WorkspaceReports.cpp" line="26"/>
        <source>%n entries, last hash %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="52"/>
        <source>The package cites run %1 with a verdict or coverage other than the result stored for run %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="56"/>
        <source>The package cites run %1 with result SHA-256 %2, but the result stored for run %1 in this workspace has SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="60"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="66"/>
        <source>The package cites run %1, which is not stored in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="109"/>
        <source>%1: no compliance package &apos;%2&apos; in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="143"/>
        <source>run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="149"/>
        <source>%1: no verification run %2 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceStore</name>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="45"/>
        <source>activity details for &apos;%1&apos; are not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="49"/>
        <source>activity details for &apos;%1&apos;: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="111"/>
        <source>Activity log row %1 is missing (the next row is %2): rows were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="116"/>
        <source>Activity log row %1: prev_hash does not match the hash of row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="127"/>
        <source>Activity log row %1: content does not match its hash (the row was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/ActivityLog.cpp" line="133"/>
        <source>Activity log intact: %n row(s), hash chain verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="62"/>
        <source>compliance package %1 is already in the workspace with different content: packages are immutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="85"/>
        <source>package origin &apos;%1&apos;: expected workbench or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="88"/>
        <source>compliance package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/PackageStore.cpp" line="157"/>
        <source>verdict &apos;%1&apos;: expected agree, exception or not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/HashingWriter.cpp" line="15"/>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ocsf/OcsfExport.cpp" line="67"/>
        <source>Exporting OCSF events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ocsf/OcsfExport.cpp" line="82"/>
        <source>record %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="25"/>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="37"/>
        <source>Cannot write %1: %2 records do not fit in one Excel sheet (at most %3); narrow the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="43"/>
        <location filename="../core/workspace/RecordExport.cpp" line="162"/>
        <source>Exporting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="44"/>
        <source>cannot add a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExportWorkbook.cpp" line="91"/>
        <source>Cannot write %1: cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ExportProvenance.cpp" line="30"/>
        <location filename="../core/export/ExportProvenance.cpp" line="37"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="167"/>
        <source>daily counts can be split by action or framework, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="196"/>
        <source>no filter column named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="46"/>
        <source>%1: the workspace holds no gateway audit export to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="49"/>
        <location filename="../core/workspace/RunStore.cpp" line="105"/>
        <source>Reading %1 from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="100"/>
        <source>%1: the workspace holds no agent runtime export to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="120"/>
        <source>%1: source %2 is not an agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="75"/>
        <source>%1: no source %2 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="93"/>
        <source>%1: the stored original of %2 does not match its SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="119"/>
        <source>Storing the original of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="91"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="177"/>
        <source>%1: cannot open the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="97"/>
        <source>%1: not an AuditBench workspace (not a SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="132"/>
        <source>%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with a newer AuditBench. The workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="148"/>
        <source>%1: is a directory, expected a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="150"/>
        <source>%1: no such workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="158"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="190"/>
        <source>%1: not an AuditBench workspace (another application&apos;s SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="198"/>
        <source>%1: the workspace has schema version %2 and must be upgraded to %3 before this AuditBench can read it, which a read-only workspace does not allow: open a writable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="260"/>
        <source>%1; its changes are kept in %2, which must stay beside it until it is opened again with enough free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceImport.cpp" line="209"/>
        <source>the file was changed (truncated or rewritten) while it was being imported: nothing was imported; import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="32"/>
        <location filename="../core/workspace/SqlSession.cpp" line="18"/>
        <source>%1: the workspace file is damaged and cannot be read (%2); &apos;auditbench-cli check&apos; tells what is affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="40"/>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="56"/>
        <source>the stored original of %1 has no bytes %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/OriginalBlocks.cpp" line="62"/>
        <source>block %1 of the stored original of %2 cannot be decompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="22"/>
        <source>%1: the disk is full: the workspace could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="25"/>
        <source>%1: the workspace is read-only: nothing can be written to it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="29"/>
        <source>%1: the workspace is in use by another program (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="32"/>
        <source>%1: the workspace could not be read or written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="34"/>
        <source>%1: the workspace refused the change (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="36"/>
        <source>%1: workspace error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="25"/>
        <source>... and %1 more findings of the kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="44"/>
        <source>%1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="62"/>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="63"/>
        <source>The evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="65"/>
        <source>The activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="69"/>
        <source>activity_log row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheck.cpp" line="73"/>
        <source>The runs and packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="27"/>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="103"/>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="19"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="99"/>
        <source>%1: record %2 (id %3) of the original is missing from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="130"/>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="140"/>
        <source>gateway_records row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="131"/>
        <source>%1: gateway_records row %2 (record %3) is not a record of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="146"/>
        <source>%1: record %2 (gateway_records row %3): its span %4..%5 is outside the stored original (%6 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="160"/>
        <source>%1: record %2 (gateway_records row %3): the stored text differs from the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="173"/>
        <source>%1: record %2 (gateway_records row %3): the query column %4 says %5, the record says %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="264"/>
        <source>%1: its records were not compared with the original: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="272"/>
        <source>%1: the original is a %2 file, its source row says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="281"/>
        <source>Checking the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="288"/>
        <source>The workspace file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="300"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="90"/>
        <source>source %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="304"/>
        <source>%1: unknown format &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="314"/>
        <source>%1: the workspace holds %2 of its records, its source row says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="327"/>
        <source>%1: record %2 is stored %3 times in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="336"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckEvidence.cpp" line="346"/>
        <source>%1: the original has %2 bytes, its source row says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="94"/>
        <source>%1: no activity-log entry records its import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="104"/>
        <source>%1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="113"/>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="114"/>
        <source>Activity-log row %1 records the import of source %2 (%3), which is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="129"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="187"/>
        <source>verification run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="134"/>
        <source>Verification run %1 (%2) has no activity-log entry: AuditBench did not record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="145"/>
        <source>Verification run %1: its stored result is not a verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="175"/>
        <source>Verification run %1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="188"/>
        <source>Activity-log row %1 records verification run %2, which is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="203"/>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="251"/>
        <source>package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="211"/>
        <source>Package %1: its content_sha256 column is &apos;%2&apos;, the package says &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="218"/>
        <source>(not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="222"/>
        <source>Package %1: its content does not match its content_sha256 %2 (the content hashes to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="231"/>
        <source>Package %1 has no activity-log entry: AuditBench did not store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="242"/>
        <source>Package %1: its %2 is &apos;%3&apos;, the activity log (row %4) recorded &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckLog.cpp" line="252"/>
        <source>Activity-log row %1 records package %2, which is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="71"/>
        <source>%1: could not save a copy as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="96"/>
        <source>Saving a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="122"/>
        <source>that is the workspace itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="147"/>
        <source>the existing file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCopy.cpp" line="151"/>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="101"/>
        <source>%1: record %2 of the original is missing from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="117"/>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="146"/>
        <source>%1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="120"/>
        <source>%1: record %2 (%3 row %4): the stored text differs from the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="133"/>
        <source>%1: record %2 (%3 row %4): the query column %5 says %6, the record says %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCheckRows.cpp" line="147"/>
        <source>%1: %2 row %3 (record %4) is not a record of the original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::analytics::SampleStore</name>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="179"/>
        <source>a sample is drawn from every record the filters select: a limit or offset does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="183"/>
        <source>the seed %1 is above the largest allowed, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="185"/>
        <source>the sample size must be 1 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SampleStore.cpp" line="195"/>
        <source>%1: the sample size %2 is larger than the population: the filters select %3 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::analytics::Summary</name>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="179"/>
        <source>a summary counts by one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="182"/>
        <source>a summary counts &apos;%1&apos; across another column, not itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Summary.cpp" line="184"/>
        <source>a summary counts every record the filters select: a limit or offset does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::analytics::WorkpaperStore</name>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="119"/>
        <source>%1: there is no workpaper %2 (see &apos;workpapers&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="164"/>
        <source>the confidence must be above 0 % and below 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="166"/>
        <source>the tolerable rate must be above 0 % and at most 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="171"/>
        <source>%1: there is no sample %2 (see &apos;samples&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="195"/>
        <source>a result is no exception, exception or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="200"/>
        <source>workpaper %1 has items 1 to %2: there is no item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="206"/>
        <source>workpaper %1: version %2 is not the latest (%3): only the latest version changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="213"/>
        <source>workpaper %1 version %2 is signed and cannot change: record the change without a version to make version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="256"/>
        <source>a review note needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="262"/>
        <source>workpaper %1 version %2 is signed by its reviewer: review notes on it are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="280"/>
        <source>the role is preparer or reviewer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="283"/>
        <source>a sign-off needs the signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="291"/>
        <source>workpaper %1 version %2 has content SHA-256 %3, not %4: the workpaper changed since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="297"/>
        <source>workpaper %1 version %2: %3 item(s) have no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="302"/>
        <source>workpaper %1 version %2 is already signed by its %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="310"/>
        <source>workpaper %1 version %2: the reviewer signs after the preparer signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/WorkpaperStore.cpp" line="316"/>
        <source>workpaper %1: the reviewer must be someone other than the preparer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::annotations::NoteStore</name>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="27"/>
        <source>runtime entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="29"/>
        <source>OCSF event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="33"/>
        <source>gateway record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="180"/>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="183"/>
        <source>the tag &apos;%1&apos; holds a comma or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="200"/>
        <source>a note needs a text or at least one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/annotations/NoteStore.cpp" line="204"/>
        <source>%1: the workspace holds no %2 with the id &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::crypto::Ed25519</name>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="51"/>
        <source>%1: cannot read the key file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="80"/>
        <source>%1: not a public key PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="84"/>
        <source>%1: not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="156"/>
        <source>%1: the key is encrypted: the passphrase is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="157"/>
        <source>%1: not a private key PEM (PKCS#8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="162"/>
        <source>%1: not an Ed25519 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="183"/>
        <source>Ed25519 signing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Ed25519.cpp" line="197"/>
        <source>Ed25519: cannot derive the public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::EvidencePackBuilder</name>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="57"/>
        <source>The period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="59"/>
        <source>Give at least one framework in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="63"/>
        <source>No evidence recipe for the framework &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="70"/>
        <source>Two recipes write %1: give one of them another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="169"/>
        <source>Verifying the chain for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="185"/>
        <source>Copying the compliance bundle exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="204"/>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="229"/>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="246"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="257"/>
        <source>Writing notes.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="266"/>
        <source>Writing checklist.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="277"/>
        <source>Writing report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="291"/>
        <source>Cannot write report.pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidencePackBuilder.cpp" line="297"/>
        <source>Writing MANIFEST.json and SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::EvidenceRecipes</name>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="31"/>
        <source>recipes[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="36"/>
        <source>expected a non-empty &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="47"/>
        <source>&quot;folder&quot; &apos;%1&apos; must be one plain folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="49"/>
        <source>&quot;file&quot; &apos;%1&apos; must be one plain file name ending in .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="54"/>
        <source>&quot;kind&quot; &apos;%1&apos;: expected query or verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="57"/>
        <source>expected &quot;query&quot; to be an object of seed API filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="61"/>
        <source>unknown filter &quot;%1&quot; (expected framework, action, entity_type or category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="64"/>
        <source>filter &quot;%1&quot;: expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="68"/>
        <source>a verification recipe takes no filters (it covers the whole chain for the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="122"/>
        <source>expected &quot;recipes&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="127"/>
        <source>recipes[%1]: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="131"/>
        <source>recipes[%1]: the id &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/EvidenceRecipes.cpp" line="139"/>
        <source>cannot read the evidence recipes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::PackData</name>
    <message>
        <location filename="../core/pack/PackData.cpp" line="25"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="33"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="44"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackData.cpp" line="47"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::PackFolder</name>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="26"/>
        <source>%1 exists and is not an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="29"/>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="33"/>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="43"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="51"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackFolder.cpp" line="66"/>
        <source>Cannot move the finished pack to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::PackManifest</name>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="95"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="99"/>
        <source>not an evidence pack manifest (expected &quot;format&quot;: &quot;auditbench-evidence-pack&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="102"/>
        <source>unsupported manifest version (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="124"/>
        <source>expected &quot;files&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackManifest.cpp" line="136"/>
        <source>files[%1]: expected a relative &quot;path&quot; inside the pack and a &quot;sha256&quot; of 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::PackVerifier</name>
    <message>
        <location filename="../core/pack/PackVerifier.cpp" line="131"/>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/PackVerifier.cpp" line="136"/>
        <source>cannot read the pack&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::pack::RetentionRules</name>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="28"/>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="33"/>
        <source>%1[%2]: expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pack/RetentionRules.cpp" line="107"/>
        <source>cannot read the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::portfolio::InheritedControls</name>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="45"/>
        <source>the data shipped with AuditBench is missing (build error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="60"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="64"/>
        <source>expected an object with a &quot;controls&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="76"/>
        <source>controls[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="79"/>
        <source>&quot;%1&quot; is not a Trust Services Criteria id (e.g. CC6.4, A1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="81"/>
        <source>expected a non-empty &quot;provider&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="83"/>
        <source>expected a non-empty &quot;basis&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/InheritedControls.cpp" line="85"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::portfolio::PortfolioBuilder</name>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="51"/>
        <source>cannot write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="93"/>
        <source>Generating the package of %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="125"/>
        <source>Printing portfolio.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="129"/>
        <source>cannot print portfolio.pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/portfolio/PortfolioBuilder.cpp" line="144"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::portfolio::PortfolioStore</name>
    <message>
        <location filename="../core/portfolio/PortfolioStore.cpp" line="69"/>
        <source>%1: portfolio %2 is already in the workspace with different content: portfolios are immutable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>auditbench_cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="64"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="44"/>
        <location filename="../app/cli/CliCommon.cpp" line="69"/>
        <source>auditbench-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="16"/>
        <source>Directory to write the evidence into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="16"/>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="27"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="17"/>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="15"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="18"/>
        <source>Number of gateway audit records (default 100000).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="19"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="19"/>
        <location filename="../app/cli/FilterOptions.cpp" line="25"/>
        <location filename="../app/cli/FilterOptions.cpp" line="97"/>
        <location filename="../app/cli/SampleCommand.cpp" line="17"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="22"/>
        <source>Writes deterministic synthetic evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="28"/>
        <source>auditbench-cli demo-data: --out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="34"/>
        <source>auditbench-cli demo-data: --records &apos;%1&apos;: expected a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="43"/>
        <source>auditbench-cli demo-data: --seed &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="49"/>
        <source>Wrote %1 gateway records (%2 in the tampered copy), %3 agent runtime audit entries, %4 OCSF events and %5 compliance bundles to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="60"/>
        <source>auditbench-cli demo-data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="72"/>
        <source>Write deterministic synthetic evidence for demos and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="40"/>
        <source>auditbench-cli verify: --end is before --start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="49"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected 64 hex digits (an hmac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="58"/>
        <source>auditbench-cli verify: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="66"/>
        <source>auditbench-cli verify: --max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="77"/>
        <source>Keyring file with the HMAC keys (without it only linkage is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>auditbench-cli verify: --chain &apos;%1&apos;: expected gateway or runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="117"/>
        <source>%1: the workspace failed its check (%n finding(s)), nothing was verified: %2; &apos;auditbench-cli check&apos; lists them all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="141"/>
        <source>Verify a chain the workspace holds (instead of FILEs) and store the run there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="170"/>
        <source>auditbench-cli verify: --chain needs --workspace W (FILEs form one chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="18"/>
        <source>Output: ndjson (one event per line) or json (an array of events); default: json for a FILE ending in .json, else ndjson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="20"/>
        <source>ndjson|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="24"/>
        <source>Frameworks in scope, a comma list (e.g. pci_dss,hipaa,sox,soc2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="25"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="26"/>
        <source>The pack&apos;s folder (must not exist, or be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="29"/>
        <source>Keyring file with the HMAC keys (without it the MACs are not verified).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="33"/>
        <source>Ed25519 private key (PKCS#8 PEM, openssl genpkey -algorithm ed25519) to sign MANIFEST.json with; it is read into memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="35"/>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="14"/>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="37"/>
        <source>For an encrypted --sign-key: a file whose first line is the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="40"/>
        <source>Also write the period&apos;s records as OCSF 1.1 (ocsf/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="46"/>
        <source>The policy chain export to carry in the pack (policy-chain/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="49"/>
        <source>Evidence recipes extending or overriding the shipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="52"/>
        <source>Retention rules extending or overriding the shipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="55"/>
        <source>Branding JSON for report.pdf (organisation, logo, accent_colour, footer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="64"/>
        <source>auditbench-cli evidence-pack: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="100"/>
        <source>Writes the examination evidence pack for a period (docs/spec/formats.md 6): the chain verification, the bundle definitions, one file per evidence query of each framework, checklist.json, report.pdf, MANIFEST.json, SHA256SUMS and, with --sign-key, the Ed25519 signature. Prints a JSON summary.
Exit status: 0 written, 2 unusable input (nothing is left behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="115"/>
        <source>--%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="123"/>
        <source>expected --framework LIST (e.g. pci_dss,hipaa,sox,soc2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="126"/>
        <source>expected --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="131"/>
        <source>--max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="179"/>
        <source>Write a signed examination evidence pack for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="22"/>
        <source>The file to write (complete or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="26"/>
        <source>Writes the gateway records that match the filters as OCSF v1.1 events, one per record whose category has an OCSF class, and prints how many were written by class and skipped by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="37"/>
        <source>auditbench-cli export-ocsf: give the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="46"/>
        <source>auditbench-cli export-ocsf: --format &apos;%1&apos;: expected ndjson or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="73"/>
        <source>Export a workspace&apos;s gateway records as OCSF v1.1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="16"/>
        <source>Evidence files: gateway audit exports, agent runtime exports, compliance packages, compliance bundle exports, OCSF v1.1 events (gzip accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="22"/>
        <source>Imports evidence files into a workspace (created when missing) in one transaction: if any file is unusable nothing is imported.
Prints one JSON object per file (format, records, sha256, status) as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="31"/>
        <source>auditbench-cli import: expected at least one FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="51"/>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="59"/>
        <source>Import evidence files into a workspace (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="20"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="80"/>
        <source>Start of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="10"/>
        <source>Only records of this framework (e.g. pci_dss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="10"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="12"/>
        <source>Only records with this action (e.g. block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="12"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="14"/>
        <source>Only records with one of these entity types (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="15"/>
        <location filename="../app/cli/FilterOptions.cpp" line="103"/>
        <source>T1,T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="17"/>
        <source>Only records of this category (e.g. authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="17"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="18"/>
        <source>Only records at or after this instant (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="86"/>
        <source>Imported OCSF events instead of gateway records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="88"/>
        <source>Agent runtime audit entries instead of gateway records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="90"/>
        <source>--ocsf: only events of these class_uids (comma list, e.g. 2001,3002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="91"/>
        <source>N1,N2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="93"/>
        <source>--ocsf: only events with this activity_id or activity_name (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="94"/>
        <source>A1,A2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="96"/>
        <source>--ocsf: only events whose metadata.framework_reference contains S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="99"/>
        <source>--runtime: only entries of these agent ids (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="100"/>
        <source>ID1,ID2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="102"/>
        <source>--runtime: only entries of these action types (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="105"/>
        <source>--runtime: only entries of these connectors (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="106"/>
        <source>C1,C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="108"/>
        <source>--runtime: only entries with these decisions (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="109"/>
        <source>D1,D2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="129"/>
        <source>auditbench-cli %1: --%2 does not apply to --%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="152"/>
        <source>auditbench-cli %1: give --ocsf or --runtime, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="160"/>
        <source>auditbench-cli %1: --%2 needs --ocsf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="166"/>
        <source>auditbench-cli %1: --%2 needs --runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="190"/>
        <source>auditbench-cli %1: --class &apos;%2&apos;: expected class_uid numbers such as 2001</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="20"/>
        <source>Only records at or before this instant (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="22"/>
        <source>Only records whose user_id or user_email is U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="23"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="25"/>
        <source>Only records whose JSON contains S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="28"/>
        <source>At most N records (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="30"/>
        <source>Skip the first K matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="30"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="57"/>
        <source>auditbench-cli %1: --%2 &apos;%3&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FilterOptions.cpp" line="73"/>
        <source>auditbench-cli %1: --%2 &apos;%3&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="177"/>
        <source>Print only the number of matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="36"/>
        <source>auditbench-cli query: the workspace is read-only: this query is not recorded in its activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="180"/>
        <source>Output: json (an array of the records as imported, default), ndjson, csv or xlsx (an Excel workbook; needs --out). --ocsf and --runtime: json or ndjson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="182"/>
        <source>json|ndjson|csv|xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="185"/>
        <source>Write the records to FILE (complete or not at all) and print what was written (JSON: file, format, records, bytes, sha256) instead of the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="191"/>
        <source>Prints the gateway audit records of a workspace that match the filters of the platform&apos;s audit-log API, ordered by timestamp; with --ocsf the imported OCSF events, with --runtime the agent runtime audit entries. Every query is recorded in the workspace&apos;s activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="213"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: expected json, ndjson, csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="217"/>
        <source>auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="226"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: --%2 writes json or ndjson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="251"/>
        <source>Query a workspace&apos;s gateway audit records (or OCSF events, runtime entries) with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="155"/>
        <source>auditbench-cli query: cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="22"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="82"/>
        <source>End of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="84"/>
        <source>The hmac the first record must link to (e.g. last period&apos;s head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="85"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="88"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="221"/>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="87"/>
        <source>The head hmac noted from an earlier verification (detects truncation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="15"/>
        <source>cannot open result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="23"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="90"/>
        <source>List at most N errors (default 1000); error_count counts all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="29"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="206"/>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="30"/>
        <source>Results of &apos;auditbench-cli verify&apos; for consecutive segments of one chain, in chain order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="32"/>
        <source>RESULT.json...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="36"/>
        <source>Joins the verification results of an archive&apos;s consecutive segments (verified separately, e.g. in parallel) into one result, checks the seams between them and prints it as JSON.
Verify every segment with the same keyring and --max-gap; a segment&apos;s result anchors on its first record&apos;s previous_hmac, so no --anchor is needed.
Exit status as for verify: 0 valid with MACs verified, 1 errors found (a segment&apos;s own or a broken seam), 3 valid linkage but some segment verified without a keyring, 2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="54"/>
        <source>auditbench-cli join: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="59"/>
        <source>auditbench-cli join: expected at least one RESULT.json (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="77"/>
        <source>Join the verification results of an archive&apos;s segments into one, checking the seams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="42"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="93"/>
        <source>Report a silence of more than HOURS between records as a coverage gap (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="13"/>
        <source>A time gap is a silence longer than this many hours (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EvidencePackCommand.cpp" line="44"/>
        <location filename="../app/cli/GapsCommand.cpp" line="14"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="95"/>
        <source>HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="17"/>
        <source>Prints the completeness findings of a workspace&apos;s gateway records (JSON): sequence numbers missing within each source and across all sources, silences between consecutive records longer than --max-gap hours, and records sharing an id with different content. At most %1 gaps are listed; gap_count counts them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="29"/>
        <source>auditbench-cli gaps: --max-gap &apos;%1&apos;: expected a whole number of hours from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="48"/>
        <source>Find sequence gaps, time gaps and conflicting duplicate records in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="27"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="98"/>
        <source>Exit with status 4 when there are no errors but the coverage is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="105"/>
        <source>auditbench-cli verify: give either --workspace or FILEs, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="142"/>
        <location filename="../app/cli/WorkspaceCli.h" line="16"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="145"/>
        <source>With --workspace: the chain to verify, gateway (the gateway audit log, default) or runtime (the audit_entries of every agent runtime export, as one chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="147"/>
        <source>CHAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="151"/>
        <source>Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="156"/>
        <source>Verifies an exported audit log&apos;s HMAC chain offline and prints the result as JSON.
Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, 2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="18"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="152"/>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="174"/>
        <source>auditbench-cli verify: expected at least one FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="194"/>
        <source>Verify the HMAC chain of audit export files (or of a workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>auditbench-cli: expected a COMMAND (see auditbench-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>
Run &apos;auditbench-cli COMMAND --help&apos; for a command&apos;s options; --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>auditbench-cli: unknown command &apos;%1&apos; (see auditbench-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="16"/>
        <source>The first package: an id in the workspace, or a file without --workspace.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="19"/>
        <source>The second package (id or file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="20"/>
        <source>Print the differences as text instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="24"/>
        <source>Compares two compliance packages section by section (action counts, connectors, operations, decisions, SOC 2 counts, sub-processors, VSQ exceptions) and prints the differences. Exit status: 0 equivalent, 1 differences found, 2 unusable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="32"/>
        <source>auditbench-cli compare: expected --package and --with (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="44"/>
        <source>auditbench-cli compare: %1: no package &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="50"/>
        <source>auditbench-cli compare: cannot read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="67"/>
        <source>Compare two compliance packages (re-performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="18"/>
        <source>Check the log&apos;s SHA-256 hash chain and report the first broken row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="12"/>
        <source>Prints a workspace&apos;s activity log (JSON, oldest first): who imported, verified, generated, exported or printed what, and when.
With --verify: checks the hash chain; exit status 0 intact, 1 broken (the first broken row is named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="49"/>
        <source>Print a workspace&apos;s activity log or check its hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="30"/>
        <source>auditbench-cli package: cannot write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="76"/>
        <source>An agent runtime export file (instead of a workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="78"/>
        <source>The agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="80"/>
        <source>Also write the package JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="81"/>
        <source>Write the data flow diagram&apos;s DOT source to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="84"/>
        <source>Write the data flow diagram as SVG to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="86"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="34"/>
        <source>A sub-processor registry file extending or overriding the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="89"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="39"/>
        <source>Identity recorded as generated_by (default: the auditor identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="90"/>
        <location filename="../app/cli/PortfolioCommand.cpp" line="40"/>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="94"/>
        <source>Generates a compliance package for one agent from an agent runtime export (all audit entries, no cap) and prints its package id. With --workspace the package is stored in the workspace as an immutable version and the Monitoring answer cites the newest stored verification of the agent runtime chain that covers the agent&apos;s entries (&apos;verify --workspace W --chain runtime&apos;), or says that none was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="103"/>
        <source>auditbench-cli package: expected --agent ID (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="106"/>
        <source>auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="152"/>
        <source>Generate an agent&apos;s compliance package from its runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="17"/>
        <source>Only the packages of this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="13"/>
        <source>Lists the compliance packages stored in a workspace (generated here or imported from the platform), newest generated_at first, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="46"/>
        <source>List the compliance packages stored in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="22"/>
        <source>auditbench-cli pdf: %1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="31"/>
        <source>Compliance package JSON file to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="40"/>
        <source>With --workspace: the stored compliance package to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="43"/>
        <source>With --workspace: the verification run to print (see &apos;runs&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="17"/>
        <source>The PDF to write (complete or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="18"/>
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="20"/>
        <location filename="../app/cli/PdfCommand.cpp" line="47"/>
        <source>Branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="23"/>
        <source>Who printed it, for the cover (default: the auditor&apos;s identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="28"/>
        <source>Prints the records a filter selects (gateway records; --ocsf events; --runtime entries) as a branded PDF: filter and period on the cover, counts, monthly charts, the records with their compliance fields and every override&apos;s justification. Prints what was written as JSON and records it in the workspace&apos;s activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="59"/>
        <source>auditbench-cli listing: expected --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="64"/>
        <location filename="../app/cli/ListingCommand.cpp" line="77"/>
        <source>auditbench-cli listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="102"/>
        <source>Print a filtered view as a branded PDF listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="51"/>
        <source>Without --workspace: who prints the report (PDF author; default: AUDITBENCH_USER or the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ListingCommand.cpp" line="24"/>
        <location filename="../app/cli/PdfCommand.cpp" line="53"/>
        <location filename="../app/cli/SampleCommand.cpp" line="19"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="192"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="55"/>
        <source>Package: auditor verdicts JSON {answer key: {verdict, comment, by, at}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="60"/>
        <source>Prints a compliance package or a chain verification result as a branded PDF and reports its SHA-256 as JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="75"/>
        <source>auditbench-cli pdf: --package and --verification need --workspace W; the JSON forms take none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="79"/>
        <source>auditbench-cli pdf: expected --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="88"/>
        <location filename="../app/cli/PdfCommand.cpp" line="175"/>
        <source>auditbench-cli pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="111"/>
        <source>auditbench-cli pdf: --verification &apos;%1&apos;: expected a run id (see &apos;runs&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="147"/>
        <location filename="../app/cli/PdfCommand.cpp" line="152"/>
        <source>auditbench-cli pdf: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="133"/>
        <location filename="../app/cli/PdfCommand.cpp" line="161"/>
        <source>auditbench-cli pdf: %1: expected a chain verification result as &apos;auditbench-cli verify&apos; prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="34"/>
        <source>Chain verification result JSON (as &apos;verify&apos; prints) to print; with --package-json, the verification of the agent runtime chain the package&apos;s cover reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="72"/>
        <source>auditbench-cli pdf: expected exactly one of --package-json (optionally with --verification-json), --verification-json, --package or --verification (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="137"/>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="193"/>
        <source>Print a compliance package or a verification result as a branded PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RunsCommand.cpp" line="12"/>
        <source>Lists the verification runs stored in a workspace, newest first (JSON): each with when, by whom, its scope and the verification result as it was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RunsCommand.cpp" line="31"/>
        <source>List the verification runs stored in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="12"/>
        <source>Lists the evidence files a workspace holds (JSON): file name, format, records, SHA-256, size, when and by whom imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="33"/>
        <source>List the evidence files a workspace holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.cpp" line="15"/>
        <source>auditbench-cli %1: expected --workspace W (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="14"/>
        <source>How many records to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="16"/>
        <source>The seed: a whole number from 0 to 9007199254740991 (2^53 - 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="18"/>
        <source>A name for the sample (default: sample ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="23"/>
        <source>Draws N distinct records uniformly from exactly the records the filters select (the population, in the order &apos;query&apos; lists it: by time, then import order), stores the sample immutably with its population, seed and algorithm, logs it, and prints it (JSON). The generator is SplitMix64 with an unbiased rejection draw and a partial Fisher-Yates shuffle, so the same population and seed give the same records on any machine, and a larger N with the same seed starts with the records of a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="39"/>
        <source>auditbench-cli sample: --size &apos;%1&apos;: expected a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="43"/>
        <source>auditbench-cli sample: --seed &apos;%1&apos;: expected a whole number from 0 to 9007199254740991</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleCommand.cpp" line="65"/>
        <source>Draw a seeded, reproducible sample of the records the filters select and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="13"/>
        <source>Confidence in percent, 1 - the risk of overreliance (e.g. 90, 95 or 99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="14"/>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="16"/>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="19"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="196"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="199"/>
        <source>PCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="15"/>
        <source>Tolerable deviation rate in percent (e.g. 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="18"/>
        <source>Expected population deviation rate in percent (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="23"/>
        <source>Prints the sample size of an attribute test of controls (JSON), from the binomial distribution: the smallest n such that P(X &lt;= k | n, tolerable) &lt;= 1 - confidence, where k = ceil(n x expected) deviations are allowed. This reproduces the AICPA Audit Sampling guide&apos;s tables (95 %, 5 % tolerable, 0 % expected: 59 items, 0 deviations allowed; 1 % expected: 93 items, 1 allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="36"/>
        <source>auditbench-cli sample-size: --confidence &apos;%1&apos;: expected a percentage between 0 and 100 such as 95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="40"/>
        <source>auditbench-cli sample-size: --tolerable is required (e.g. --tolerable 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="43"/>
        <source>auditbench-cli sample-size: --tolerable &apos;%1&apos;: expected a percentage above 0 with at most two decimals such as 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="48"/>
        <source>auditbench-cli sample-size: --expected &apos;%1&apos;: expected a percentage with at most two decimals such as 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="53"/>
        <source>auditbench-cli sample-size: the expected rate (%1 %) must be below the tolerable rate (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="61"/>
        <source>auditbench-cli sample-size: no sample of up to 100000 items reaches %1 % confidence with these rates; the expected rate is too close to the tolerable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SampleSizeCommand.cpp" line="84"/>
        <source>Size an attribute sample for a test of controls (binomial, AICPA tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="13"/>
        <source>Lists the samples stored in a workspace, oldest first (JSON): each as `sample` printed it, with the records in draw order. With --sample ID --xlsx FILE.xlsx, writes that sample as an Excel workbook instead (one row per drawn record with every column of the CSV export, and its population), logs the export and prints what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="18"/>
        <source>The sample to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="19"/>
        <source>Write the sample to this Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="20"/>
        <source>FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="28"/>
        <source>auditbench-cli samples: --sample &apos;%1&apos;: no such sample in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="58"/>
        <source>List the samples stored in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentsCommand.cpp" line="13"/>
        <source>Lists the agents of the agent runtime exports in a workspace (JSON), sorted by id: id, name, status, owner, deployed_at, audit entries, connectors, drift events, the export they come from (the newest listing them) and their latest stored package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AgentsCommand.cpp" line="27"/>
        <source>List the agents of a workspace with their profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BundlesCommand.cpp" line="14"/>
        <source>Lists the compliance bundle definitions imported into a workspace (name, framework, version, enabled, rule mappings, exported_at and the file they came from), in import order, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BundlesCommand.cpp" line="43"/>
        <source>List the compliance bundle definitions in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="13"/>
        <source>Checks a workspace (JSON): SQLite&apos;s integrity check, every stored original re-hashed, every stored record compared with the original (text and query columns), rows per source, duplicates, and every source, verification run and package matched against the activity-log entry that recorded it. Prints the activity log&apos;s head (rows and last hash) to compare with the one printed on reports. A gzip original imported with raised limits (--max-inflated-size, --max-inflated-ratio) is read again only with the same options; without them it is a check_incomplete finding.
Exit status: 0 intact, 1 findings (each with what and where), 2 the workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="24"/>
        <source>Leave out the integrity check and re-reading the originals (what verify --workspace checks before it trusts the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="43"/>
        <source>Check a workspace for damage and tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="47"/>
        <source>Refuse a gzip file that inflates to more than SIZE bytes (K, M, G suffixes; default 2G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="49"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="51"/>
        <source>Refuse a gzip file that inflates to more than N times its size once past 16M (default 100; 0: no ratio limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="20"/>
        <source>auditbench-cli %1: --max-inflated-size &apos;%2&apos;: expected a size in bytes greater than 0, such as 4096, 512M or 4G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InflateOptions.cpp" line="32"/>
        <source>auditbench-cli %1: --max-inflated-ratio &apos;%2&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="16"/>
        <source>The folder to write the portfolio into (created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="19"/>
        <source>Start of the period (RFC 3339), inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="21"/>
        <source>End of the period (RFC 3339), inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="23"/>
        <source>Verify the agent runtime chain with this keyring first; every package cites the stored run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="27"/>
        <source>Also generate packages for agents that are not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="30"/>
        <source>An inherited-controls file extending or overriding the shipped one (e.g. with the provider&apos;s report period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="36"/>
        <source>A branding JSON file for portfolio.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="44"/>
        <source>Builds the SOC 2 evidence portfolio of a workspace: verifies the agent runtime chain first when --keyring is given, generates a compliance package for every active agent (every agent with --include-inactive), lists the agents left out with their status, and writes DIR/portfolio.json, DIR/portfolio.pdf, DIR/oscal-assessment-results.json (OSCAL 1.1.2) with DIR/oscal-assessment-plan.json, and DIR/packages/. The portfolio and its packages are stored in the workspace as immutable records and logged. Prints the portfolio id and its content_sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="55"/>
        <source>auditbench-cli portfolio: expected --out DIR (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="64"/>
        <source>auditbench-cli portfolio: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="71"/>
        <source>auditbench-cli portfolio: --end is before --start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="95"/>
        <source>auditbench-cli portfolio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PortfolioCommand.cpp" line="116"/>
        <source>Build the SOC 2 evidence portfolio: a package per active agent, matrix, OSCAL, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="29"/>
        <source>auditbench-cli summary: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="48"/>
        <location filename="../app/cli/SummaryCommand.cpp" line="53"/>
        <source>auditbench-cli summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="72"/>
        <source>The column counted by (rows): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="73"/>
        <location filename="../app/cli/SummaryCommand.cpp" line="75"/>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="75"/>
        <source>A second column (the pivot&apos;s columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="77"/>
        <source>Across UTC months (the same as --across month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="79"/>
        <source>json (default), csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="79"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="80"/>
        <source>The file to write (needed for xlsx and pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="83"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="215"/>
        <source>pdf: branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="84"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="216"/>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="88"/>
        <source>Counts the records the filters select by one column, optionally across a second column or across months: a pivot with row and column totals and the filter stated (in words and as JSON). JSON and CSV go to stdout or --out; xlsx and a printable pdf need --out, are logged in the activity log, and the command then prints what was written. Records without the value count under &quot;(none)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="101"/>
        <source>auditbench-cli summary: expected --by COLUMN (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="103"/>
        <source>auditbench-cli summary: give --by-month or --across, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="112"/>
        <source>auditbench-cli summary: --format &apos;%1&apos;: expected json, csv, xlsx or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="115"/>
        <source>auditbench-cli summary: --format %1 writes a file: give it with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="132"/>
        <source>Count the records the filters select by a column, across another or by month (pivot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="13"/>
        <source>The auditor&apos;s Ed25519 public key (PEM) the pack must be signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="15"/>
        <source>The evidence pack&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="19"/>
        <source>Re-hashes every file of an evidence pack against MANIFEST.json, reports files missing, changed or added, and checks the Ed25519 signature (and that it was made with --public-key when given). Prints one line per problem.
Exit status: 0 intact, 1 not intact, 2 unusable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="26"/>
        <source>auditbench-cli verify-pack: expected one DIR (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyPackCommand.cpp" line="46"/>
        <source>Check an evidence pack&apos;s files and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="29"/>
        <source>auditbench-cli workpaper: --%1 &apos;%2&apos;: expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="45"/>
        <source>a sample id (see &apos;samples&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="53"/>
        <source>a percentage above 0 and below 100 such as 95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="56"/>
        <source>auditbench-cli workpaper create: --tolerable is required (e.g. --tolerable 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="60"/>
        <source>a percentage above 0 with at most two decimals such as 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="71"/>
        <source>an item number from 1 (as &apos;workpaper show&apos; numbers them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="75"/>
        <source>exception, no-exception or not-applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="80"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="163"/>
        <source>a version number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="94"/>
        <source>auditbench-cli workpaper %1: expected --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="105"/>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="111"/>
        <source>auditbench-cli workpaper pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="119"/>
        <source>auditbench-cli workpaper: %1 has no workpaper %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="144"/>
        <source>a workpaper id (see &apos;workpapers&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="170"/>
        <source>auditbench-cli workpaper: %1 has no workpaper %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="173"/>
        <source> version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="185"/>
        <source>create, record, review-note, sign, show, pdf or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="187"/>
        <source>create: the sample tested (see &apos;samples&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="190"/>
        <source>create: a name for the workpaper (default: workpaper ID); sign: the signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="195"/>
        <source>create: the confidence for the upper deviation limit, in percent (default 95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="198"/>
        <source>create: the tolerable deviation rate, in percent (e.g. 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="201"/>
        <source>The workpaper (see &apos;workpapers&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="203"/>
        <source>record: the item, numbered from 1 in the sample&apos;s draw order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="206"/>
        <source>record: exception, no-exception or not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="207"/>
        <source>record: the auditor&apos;s note; review-note: the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="208"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="210"/>
        <source>record: change exactly this version (refused when it is signed or not the latest); show: this version instead of the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="212"/>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="213"/>
        <source>pdf, xlsx: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="217"/>
        <source>sign: preparer or reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="217"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="219"/>
        <source>sign: the content SHA-256 (or its first 8+ digits) the signer read; refused when the workpaper differs.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="253"/>
        <source>auditbench-cli workpaper: expected one action: create, record, review-note, sign, show, pdf or xlsx (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpaperCommand.cpp" line="267"/>
        <source>Tests-of-controls workpaper over a sample: results, conclusion, review notes, sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpapersCommand.cpp" line="12"/>
        <source>Lists the workpapers stored in a workspace, oldest first (JSON): id, name, sample, latest version, its content SHA-256, conclusion and sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkpapersCommand.cpp" line="44"/>
        <source>List the workpapers stored in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="19"/>
        <source>auditbench-cli %1: --kind &apos;%2&apos;: expected gateway, runtime or ocsf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="30"/>
        <source>The record: a gateway record&apos;s id, a runtime entry&apos;s id or an OCSF event&apos;s metadata.uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="34"/>
        <source>What the record is: gateway (default), runtime or ocsf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="35"/>
        <location filename="../app/cli/NoteCommand.cpp" line="81"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="36"/>
        <source>The note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="38"/>
        <source>A tag (repeatable): exception, follow-up or a tickmark of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="39"/>
        <location filename="../app/cli/NoteCommand.cpp" line="78"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="43"/>
        <source>Adds a note with tags to a record of a workspace, stored append-only with who and when and logged; a note on a record that has one supersedes it (the earlier note is kept). Prints the note (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="52"/>
        <source>auditbench-cli note: --record is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="73"/>
        <source>Lists the notes on a workspace&apos;s records, oldest first (JSON {&quot;notes&quot;: [...]}): the current note of each record, or with --all every note including those a later one superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="78"/>
        <source>Only notes carrying this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="80"/>
        <source>Only notes on gateway, runtime or ocsf records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="83"/>
        <source>Only notes on this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="84"/>
        <source>Include superseded notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="92"/>
        <source>auditbench-cli notes: --kind &apos;%1&apos;: expected gateway, runtime or ocsf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="113"/>
        <source>Add a note with tags to a record of a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NoteCommand.cpp" line="116"/>
        <source>List the notes on a workspace&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.h" line="16"/>
        <source>The workspace file (*.auditbench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCli.h" line="18"/>
        <source>Open the workspace read-only (chosen by itself on read-only media): anything that would write to it fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Offline workbench for AI-platform audit evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>The workspace to open (*.auditbench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Open the demo workspace (created on first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Where the demo evidence lives (default demo-data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Import FILE into the workspace after opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Save a picture of every page into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Run in LANGUAGE (%1) without changing the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
