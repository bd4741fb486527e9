<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceReaderTr</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="68"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogExport</name>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="17"/>
        <source>CSV, every column (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="18"/>
        <source>JSON, the records as imported (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="19"/>
        <source>NDJSON, one record per line (*.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="22"/>
        <source>Export the visible records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="43"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="67"/>
        <source>the workspace %1 is no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="71"/>
        <source>Exported, but the activity log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogExport.cpp" line="75"/>
        <source>Exported %n record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="62"/>
        <source>the search was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="168"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="170"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="172"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="174"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="176"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="178"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="180"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="182"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="184"/>
        <source>Seq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogModel.cpp" line="186"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogView</name>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="54"/>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="57"/>
        <source>e.g. email,ssn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="61"/>
        <source>Search the records&apos; JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="63"/>
        <source>Period (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="76"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="81"/>
        <source>Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="83"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="85"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="87"/>
        <source>Entity types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="89"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="130"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="131"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="165"/>
        <source>The audit log filter could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="220"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="221"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="222"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="312"/>
        <source>Searching %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="314"/>
        <source>Filter failed (see Issues): %1 records not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="316"/>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="354"/>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="356"/>
        <source>Source: %1, record %2 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="358"/>
        <source>Chain fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="363"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="366"/>
        <source>Record as imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ChainVerifier</name>
    <message>
        <location filename="../core/chain/ChainRecords.cpp" line="182"/>
        <source>Parsing and authenticating records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="45"/>
        <source>Checking the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="264"/>
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
        <location filename="../ui/verification/CoverageTimeline.cpp" line="65"/>
        <source>Coverage time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="111"/>
        <source>Requested period %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="112"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="113"/>
        <source>No period requested: the whole export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="114"/>
        <source>Covered by the records from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="116"/>
        <source>No record verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="118"/>
        <source>Coverage complete: no gap longer than %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="120"/>
        <source>Not covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="123"/>
        <source>Use the arrow keys to choose a gap and Enter to show the record after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="170"/>
        <source>Gap %1 of %2: %3 (%4 s) without a record
after %5 at %6
before %7 at %8
Click (or Enter) to show the record after the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="192"/>
        <source>No evidence from %1 to %2: the period starts more than %3 h before the first record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="196"/>
        <source>No evidence from %1 to %2: the last record is more than %3 h before the period end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="199"/>
        <source>Covered: records from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="304"/>
        <source>covered by records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="305"/>
        <source>gap / no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="311"/>
        <source>requested period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="319"/>
        <source>No record verified: nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="338"/>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="423"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="436"/>
        <source>first record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="436"/>
        <source>last record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
        <source>period from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/CoverageTimeline.cpp" line="437"/>
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
</context>
<context>
    <name>ab::DfdRenderer</name>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="157"/>
        <source>Graphviz could not create a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="291"/>
        <source>could not open a memory stream for the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="297"/>
        <source>Graphviz could not write the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="307"/>
        <source>Graphviz could not create a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="310"/>
        <source>Graphviz could not lay out the diagram with the dot engine (is the dot layout plugin installed and registered in config6?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="322"/>
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
        <location filename="../ui/auditlog/EventCharts.cpp" line="49"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="63"/>
        <source>events per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="63"/>
        <source>events per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="89"/>
        <source>Enforcement events by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="90"/>
        <source>Enforcement events by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="99"/>
        <source>No enforcement events under the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::EvidenceReader</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="177"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="255"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="384"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="228"/>
        <source>expected end of input after the %1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="291"/>
        <source>compliance package: expected string members &quot;package_id&quot; and &quot;agent_id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="328"/>
        <source>expected a compliance bundle object with &quot;regulatory_framework&quot; and a &quot;seed_rule_mappings&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="402"/>
        <source>OCSF class_uid %1 is not supported: expected 2001, 2003, 2004, 3001 or 3002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="405"/>
        <source>expected an OCSF v1.1 event with an integer &quot;class_uid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="448"/>
        <source>not a recognised evidence file: expected a gateway audit export (records with hmac_key_id, previous_hmac, hmac), an agent runtime export or compliance package (&quot;format&quot; member), compliance bundles (regulatory_framework, seed_rule_mappings) or OCSF v1.1 events (class_uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="479"/>
        <source>agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="484"/>
        <source>compliance package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="493"/>
        <source>&quot;format&quot;: &quot;%1&quot; is not a format AuditBench imports: expected &quot;arx-runtime-export&quot; or &quot;arx-compliance-package&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="523"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="532"/>
        <source>expected a compliance package object, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="537"/>
        <source>expected a compliance package object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ExportReader</name>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="84"/>
        <source>expected a record object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="207"/>
        <source>expected a JSON array, a page object or NDJSON records, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="222"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="228"/>
        <source>expected &apos;[&apos; or &apos;{&apos; (a JSON array, a page object or NDJSON records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="252"/>
        <source>expected a record object or a page object</source>
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
        <location filename="../ui/issues/IssuesDock.cpp" line="13"/>
        <location filename="../ui/issues/IssuesDock.cpp" line="72"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="25"/>
        <source>Jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="26"/>
        <source>Show the record, run or file this issue is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="27"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="28"/>
        <source>Remove every issue from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="74"/>
        <source>Issues (%1 errors, %2 warnings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::JsonDiagnostics</name>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="28"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="30"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="32"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="34"/>
        <source>expected &apos;,&apos; between values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="36"/>
        <source>expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="38"/>
        <source>expected more input after a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="40"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="182"/>
        <source>expected a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="42"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="142"/>
        <source>expected a valid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="44"/>
        <source>expected valid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="46"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="136"/>
        <source>expected &apos;&quot;&apos; to close the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="48"/>
        <source>expected an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="50"/>
        <source>expected at most 1024 levels of nesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="52"/>
        <source>document too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="54"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="139"/>
        <source>expected an escaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="210"/>
        <source>expected a JSON value, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="243"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="248"/>
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
        <source>cannot open keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="150"/>
        <source>expected a keyring object {&quot;keys&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="162"/>
        <source>expected &quot;keys&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="169"/>
        <source>expected a key object {&quot;id&quot;: ..., &quot;secret&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="190"/>
        <source>expected &quot;id&quot; to be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="196"/>
        <source>expected &quot;secret&quot; to be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="214"/>
        <source>expected an &quot;id&quot; member in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="216"/>
        <source>expected a &quot;secret&quot; member in key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="219"/>
        <source>duplicate key id &apos;%1&apos;: expected each id once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="229"/>
        <source>expected &quot;%1&quot; of key &apos;%2&apos; to be an RFC 3339 timestamp such as 2025-06-30T23:59:59Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="234"/>
        <source>key &apos;%1&apos;: &quot;not_after&quot; is before &quot;not_before&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="246"/>
        <source>expected a &quot;keys&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Record Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Select a record to see its JSON and chain fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="30"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="31"/>
        <source>Create a new workspace file for an engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="32"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="33"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="35"/>
        <source>&amp;Import Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="36"/>
        <source>Import export files into the workspace (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="37"/>
        <source>&amp;Export Visible Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="39"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="40"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="43"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="45"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="49"/>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="51"/>
        <source>Verify the HMAC chain with the settings of the Verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="53"/>
        <source>&amp;Generate Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>&amp;Filter Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="82"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="85"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="99"/>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="104"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="105"/>
        <source>&amp;Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="106"/>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="107"/>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="123"/>
        <source>&amp;About AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="126"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="156"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="159"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Auditor not set (File ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Auditor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Record %1 is not in this workspace&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>About AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Offline workbench for AI-platform audit evidence: verify HMAC-chained audit exports, regenerate compliance packages, print reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>A task is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>A background task is still running. Cancel it and quit?</source>
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
        <location filename="../core/package/sections/AuditSummary.cpp" line="32"/>
        <source>Summarising audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="103"/>
        <source>no agent &quot;%1&quot; in the export (agents: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="104"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="120"/>
        <source>Drawing the data flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="135"/>
        <source>Writing the compliance package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PackageReport</name>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="29"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="60"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="60"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="126"/>
        <location filename="../core/report/PackageReport.cpp" line="157"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="137"/>
        <location filename="../core/report/PackageReport.cpp" line="150"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="157"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="181"/>
        <source>Execution Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="183"/>
        <source>What the agent did, derived from its audit trail rather than from documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="185"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="186"/>
        <source>First entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="187"/>
        <source>Last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="188"/>
        <source>Input SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="192"/>
        <source>Execution graph: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="196"/>
        <source>Actions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="198"/>
        <location filename="../core/report/PackageReport.cpp" line="373"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="199"/>
        <location filename="../core/report/PackageReport.cpp" line="374"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="200"/>
        <source>Action counts: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="208"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="211"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="214"/>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="214"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="215"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="215"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="217"/>
        <source>Connectors: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="237"/>
        <source>Data Flow Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="239"/>
        <source>How data moves between the agent, the policy engine, the audit trail and external systems. Every flow passes through the policy engine; flows crossing a trust boundary are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="246"/>
        <source>Figure: the package&apos;s data_flow.svg. DOT source: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="247"/>
        <source>Figure: the package&apos;s data_flow.svg, drawn as vector graphics. DOT source SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="252"/>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="268"/>
        <source>Vendor Security Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="269"/>
        <source>CAIQ v4 style answers derived from runtime data, with the evidence each answer rests on, every exception found, and the auditor&apos;s verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="274"/>
        <source>Questionnaire answers: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="278"/>
        <source>Answer (category not provided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="280"/>
        <source>CAIQ v4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="282"/>
        <source>Answer: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="285"/>
        <location filename="../core/report/PackageReport.cpp" line="288"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="292"/>
        <source>Exceptions: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="294"/>
        <source>Exceptions: %n listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="296"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="303"/>
        <source>Auditor verdict: not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="312"/>
        <source>Reviewed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="316"/>
        <source>Auditor verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="325"/>
        <source>Sub-Processor List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="329"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="329"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="330"/>
        <source>Data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="330"/>
        <source>SOC 2 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="332"/>
        <source>Sub-processors: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="341"/>
        <source>none (always included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="347"/>
        <source>UNMAPPED: not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="348"/>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="351"/>
        <source>%n third-party service(s) process data on behalf of the agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="355"/>
        <source>%n sub-processor(s) are not in the connector registry: vendor, service and SOC 2 status need confirming by hand (marked UNMAPPED).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="365"/>
        <source>SOC 2 Control Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="367"/>
        <source>Observed action types mapped to SOC 2 Trust Services Criteria, with the evidence count and first and last occurrence in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="370"/>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="373"/>
        <location filename="../core/report/PackageReport.cpp" line="388"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="374"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="376"/>
        <source>Mappings: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="390"/>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="391"/>
        <source>Evidence count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="392"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="393"/>
        <source>Controls: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="399"/>
        <source>NO EVIDENCE in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="399"/>
        <source>evidence observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="404"/>
        <source>Unmapped action types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="410"/>
        <source>Every observed action type maps to at least one control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="412"/>
        <source>Observed but mapped to no control: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="431"/>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="433"/>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="437"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="448"/>
        <location filename="../core/report/PackageReport.cpp" line="487"/>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="449"/>
        <source>expected an object of answer key -&gt; {verdict, comment, by, at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="467"/>
        <source>answer &apos;%1&apos;: verdict &apos;%2&apos;: expected agree, exception or not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="488"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="496"/>
        <source>agent name not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="500"/>
        <source>Compliance Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="501"/>
        <source>SOC 2 evidence: compliance package %1 for agent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="505"/>
        <source>%1: Compliance Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="506"/>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="509"/>
        <location filename="../core/report/PackageReport.cpp" line="527"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="515"/>
        <source>Compliance Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="518"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="519"/>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="520"/>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="521"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="522"/>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="523"/>
        <source>Built from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="525"/>
        <source>%1 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="528"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="530"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="533"/>
        <source>Audit trail: %1</source>
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
    <message numerus="yes">
        <location filename="../ui/packages/EvidenceTree.cpp" line="51"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="49"/>
        <location filename="../ui/packages/PackagesView.cpp" line="159"/>
        <source>Select a package version, or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="55"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="57"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="59"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="144"/>
        <source>Agent runtime chain: no verification was stored when this package was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="146"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="147"/>
        <source>linkage only, MACs not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="148"/>
        <source>intact, coverage incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="149"/>
        <source>verified, coverage complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="150"/>
        <source>Agent runtime chain: run %1 cited (%2), result SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="302"/>
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
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="160"/>
        <source>Open or create a workspace to generate and review packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="165"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — package %2&lt;br&gt;generated %3 by %4 from %5 audit entries; content SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/EvidenceTree.cpp" line="33"/>
        <source>exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="222"/>
        <source>Import an agent runtime export first: packages are generated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="223"/>
        <source>Choose the agent to generate a package for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="228"/>
        <source>Generating package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="258"/>
        <source>Select exactly two package versions to compare (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="268"/>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="285"/>
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
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="51"/>
        <source>First: %1, generated %2 by %3, content SHA-256 %4
Second: %5, generated %6 by %7, content SHA-256 %8

%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="58"/>
        <source>Equivalent: no differences in the compared sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="59"/>
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="63"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="63"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="64"/>
        <location filename="../ui/packages/PackageSectionPages.cpp" line="62"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="65"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="78"/>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="83"/>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="85"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackageComparisonDialog.cpp" line="92"/>
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
        <location filename="../ui/packages/QuestionnairePage.cpp" line="54"/>
        <source>Evidence (double-click an item with an id to look for it in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="59"/>
        <source>Auditor&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="63"/>
        <source>&amp;Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="64"/>
        <source>E&amp;xception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="65"/>
        <source>&amp;Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="75"/>
        <source>Comment (required for an exception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="78"/>
        <source>&amp;Save verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="95"/>
        <source>Choose agree, exception or not applicable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="125"/>
        <source>No questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="133"/>
        <source>Answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="134"/>
        <source>%1 — CCM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="147"/>
        <source>No verdict yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="156"/>
        <source>Saved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="168"/>
        <source>An exception needs a comment saying what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/QuestionnairePage.cpp" line="176"/>
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
    <name>ab::ReportBranding</name>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="27"/>
        <source>%1: logo &apos;%2&apos; cannot be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="35"/>
        <source>%1: logo &apos;%2&apos; is neither an SVG nor a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="48"/>
        <source>Prepared with AuditBench for audit evidence review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="71"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="85"/>
        <source>%1: offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="89"/>
        <source>%1: expected a JSON object with organisation, logo, accent_colour, footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBranding.cpp" line="105"/>
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
        <source>Wrote %1 (%n page(s)).</source>
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
        <source>Cancel came after the pages were being sent: %n page(s) printed to %1 in full.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="151"/>
        <source>Printed %n page(s) to %1.</source>
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
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="185"/>
        <source>Printed %n page(s) from the preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../core/package/RuntimeExport.cpp" line="62"/>
        <source>expected a string for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="81"/>
        <source>expected a whole number for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="89"/>
        <source>expected true or false for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="100"/>
        <source>expected an array of strings for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="109"/>
        <source>expected a string in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="121"/>
        <source>expected an object for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="146"/>
        <source>expected an array for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="153"/>
        <source>expected an object in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="164"/>
        <source>expected an array for &quot;audit_entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="172"/>
        <source>expected an audit entry object in &quot;audit_entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="184"/>
        <source>expected a non-empty &quot;%1&quot; in this %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="219"/>
        <source>Reading the agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="237"/>
        <source>expected a JSON object (an agent runtime export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="250"/>
        <source>expected &quot;version&quot;: 1 (the only agent runtime export version known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="354"/>
        <source>expected &quot;format&quot;: &quot;arx-runtime-export&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="357"/>
        <source>expected an &quot;audit_entries&quot; array in the agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="360"/>
        <source>Reading audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/RuntimeExport.cpp" line="416"/>
        <source>expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z for &quot;timestamp&quot;, found &quot;%1&quot;</source>
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
        <location filename="../ui/common/SettingsDialog.cpp" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="31"/>
        <source>Auditor identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="35"/>
        <source>e.g. Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="38"/>
        <source>e.g. jane.doe@firm.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="41"/>
        <source>e.g. Doe &amp; Partners LLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="42"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="43"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="44"/>
        <source>&amp;Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="46"/>
        <source>Recorded in the workspace&apos;s activity log and printed on packages and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="51"/>
        <location filename="../ui/common/SettingsDialog.cpp" line="187"/>
        <source>Report branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="57"/>
        <source>SVG or PNG file; empty for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="58"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="65"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="71"/>
        <source>Load a branding file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="72"/>
        <source>A JSON file with organisation, logo, accent_colour and footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="78"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="80"/>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="82"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="86"/>
        <source>Foo&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="115"/>
        <source>Same as the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="124"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="125"/>
        <source>&amp;Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="127"/>
        <source>A new language applies at once: the window is rebuilt and reopens the workspace and page. A keyring loaded for verification is held in memory only and must be chosen again. The report language sets printed reports&apos; headings and labels; the evidence they show is never translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="90"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="91"/>
        <source>Images (*.svg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="97"/>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="103"/>
        <source>Load a branding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="103"/>
        <source>Branding (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="108"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="112"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SourceText</name>
    <message>
        <location filename="../core/json/SourceText.cpp" line="106"/>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="132"/>
        <source>byte %1: truncated gzip data: expected more compressed input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="138"/>
        <source>byte %1: corrupt gzip data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="147"/>
        <source>byte %1: expected end of file after the first gzip member, found %2 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="192"/>
        <source>invalid UTF-8 byte 0x%1: expected UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="202"/>
        <source>cannot open file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="225"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SourcesDock</name>
    <message>
        <location filename="../ui/shell/SourcesDock.cpp" line="11"/>
        <location filename="../ui/shell/SourcesDock.cpp" line="44"/>
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
        <location filename="../ui/shell/SourcesDock.cpp" line="44"/>
        <source>Sources (%1)</source>
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
    <name>ab::VerdictBanner</name>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="93"/>
        <source>Verified: chain intact, every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="94"/>
        <source>%1 events checked with the keyring; no errors. The records are authentic and complete between the first and the last event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="111"/>
        <source>Linkage intact — MACs NOT verified (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="106"/>
        <source>%1 events checked for order, sequence and linkage only. Without the keyring the content is not authenticated: choose the keyring file and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="100"/>
        <source>Chain intact, every MAC verified — coverage INCOMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="101"/>
        <source>%1 events checked with the keyring; no errors. The records do not cover the whole time: %2. Nothing is proved about what is not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="110"/>
        <source>Coverage is incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="116"/>
        <source>Not valid: nothing was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="117"/>
        <source>%1. No record was checked, so the result proves nothing; choose evidence that holds records for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerdictBanner.cpp" line="123"/>
        <source>Verification failed: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="124"/>
        <source>%1 events checked. The chain is broken or records were altered; each error below leads to its record in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="133"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="133"/>
        <source>Reading the records and recomputing the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="138"/>
        <source>Not verified: the input is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="143"/>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="144"/>
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
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/verification/VerificationForm.cpp" line="128"/>
        <source>&amp;Anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="129"/>
        <source>Expected &amp;head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="132"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="146"/>
        <source>Add audit export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="147"/>
        <source>Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="154"/>
        <source>Choose the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="155"/>
        <source>Keyring (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="235"/>
        <source>%1 (fingerprint %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationForm.cpp" line="243"/>
        <source>%n key(s) held in memory only:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="248"/>
        <source>Keyring unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="260"/>
        <source>Without a keyring only order, sequence and linkage are checked; the verdict then says that the MACs were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="327"/>
        <source>The examination period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="339"/>
        <source>The anchor must be 64 hexadecimal characters (an HMAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationForm.cpp" line="341"/>
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
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <source>Events checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <location filename="../core/report/VerificationReport.cpp" line="176"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="114"/>
        <location filename="../core/report/VerificationReport.cpp" line="131"/>
        <source>MACs verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <location filename="../core/report/VerificationReport.cpp" line="130"/>
        <location filename="../core/report/VerificationReport.cpp" line="132"/>
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
        <location filename="../core/report/VerificationReport.cpp" line="127"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="130"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="130"/>
        <location filename="../core/report/VerificationReport.cpp" line="132"/>
        <location filename="../core/report/VerificationReportSections.cpp" line="105"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="134"/>
        <source>Error count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="135"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="136"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="137"/>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="138"/>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="139"/>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="140"/>
        <source>none: the chain starts at its genesis record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="142"/>
        <source>Head HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="143"/>
        <source>Duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="145"/>
        <source>The anchor is the previous_hmac the first checked record links to; note the head HMAC to check the next period&apos;s export against it (--anchor) or to detect truncation (--expect-head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="151"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="152"/>
        <source>Keys are identified by id and fingerprint only; key material never appears in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="155"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="156"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="157"/>
        <location filename="../core/report/VerificationReport.cpp" line="170"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="158"/>
        <source>Validity window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="159"/>
        <source>No keys: the records name no hmac_key_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="162"/>
        <source>not in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="166"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="168"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="169"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="171"/>
        <source>No sources recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="179"/>
        <source>%1 errors were found; the result lists the first %2 (the rest were not kept, see --max-errors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="184"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="185"/>
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
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="35"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="48"/>
        <source>Errors (double-click to show the record in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="50"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="52"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="54"/>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="63"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="63"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="63"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="82"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="95"/>
        <source>After record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="95"/>
        <source>Before record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="95"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="95"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="95"/>
        <source>Without a record for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="96"/>
        <source>Double-click a gap to show the record after it in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="143"/>
        <source>Stored run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="143"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="145"/>
        <source>Run at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="147"/>
        <source>Run by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="149"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="149"/>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="149"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="150"/>
        <source>Events checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="151"/>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>MACs verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="152"/>
        <source>no — no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="154"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="155"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="156"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="159"/>
        <source>First event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="162"/>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="165"/>
        <source>Anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="167"/>
        <source>Head HMAC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="172"/>
        <source>%1: %2 records; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="173"/>
        <source>%1 (%2): %3 records; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="241"/>
        <source>Complete: the records cover the period asked about with no gap longer than %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="243"/>
        <source>Incomplete: %1. Nothing is proved about the time not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="246"/>
        <source>This is what the records claim to cover: the chain has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="249"/>
        <source>This is what the records claim to cover: their MACs were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="272"/>
        <source>%1 more gaps longer than %2 h are counted but not listed (the limit is --max-errors, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="177"/>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="179"/>
        <source>Duplicates merged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="182"/>
        <source>%1 (%2 records, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="185"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="215"/>
        <source>%1 more errors not listed (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="224"/>
        <source>Coverage incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationResultPanel.cpp" line="231"/>
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
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::VerificationView</name>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="196"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="222"/>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="47"/>
        <source>%1: already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="48"/>
        <source>%1: imported %n record(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="59"/>
        <source>Import cancelled; the workspace is exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="63"/>
        <source>Import failed, nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="93"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="136"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="137"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="144"/>
        <source>%1 already exists: open it instead, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="153"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="154"/>
        <source>AuditBench workspace (*.auditbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="162"/>
        <source>Import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="162"/>
        <source>Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="207"/>
        <source>Creating demo evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="234"/>
        <source>%n file(s) added to the verification; open or create a workspace to import them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/WorkspaceController.cpp" line="239"/>
        <source>Importing %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="241"/>
        <source>Another task is running; import the files when it has finished.</source>
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
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="44"/>
        <source>The package cites run %1 with a verdict or coverage other than the result stored for run %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="48"/>
        <source>The package cites run %1 with result SHA-256 %2, but the result stored for run %1 in this workspace has SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="52"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="58"/>
        <source>The package cites run %1, which is not stored in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="101"/>
        <source>%1: no compliance package &apos;%2&apos; in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="134"/>
        <source>run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="139"/>
        <source>%1: no verification run %2 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceStore</name>
    <message>
        <location filename="../core/workspace/SqlSession.cpp" line="11"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../core/workspace/ActivityLog.cpp" line="96"/>
        <source>Activity log row %1 is missing (the next row is %2): rows were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="101"/>
        <source>Activity log row %1: prev_hash does not match the hash of row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/ActivityLog.cpp" line="112"/>
        <source>Activity log row %1: content does not match its hash (the row was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/ActivityLog.cpp" line="118"/>
        <source>Activity log intact: %n row(s), hash chain verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceImport.cpp" line="161"/>
        <source>cannot open file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceImport.cpp" line="164"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/export/XlsxExport.cpp" line="40"/>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="81"/>
        <source>Cannot write %1: %2 records do not fit in one Excel sheet (at most %3); narrow the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="87"/>
        <location filename="../core/workspace/RecordExport.cpp" line="162"/>
        <source>Exporting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="102"/>
        <source>cannot add a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="156"/>
        <source>Cannot write %1: cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/XlsxExport.cpp" line="64"/>
        <location filename="../core/export/XlsxExport.cpp" line="95"/>
        <location filename="../core/export/XlsxExport.cpp" line="147"/>
        <location filename="../core/ocsf/OcsfExport.cpp" line="130"/>
        <location filename="../core/ocsf/OcsfExport.cpp" line="133"/>
        <location filename="../core/workspace/RecordExport.cpp" line="205"/>
        <location filename="../core/workspace/RecordExport.cpp" line="208"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="150"/>
        <source>daily counts can be split by action or framework, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RecordQueries.cpp" line="179"/>
        <source>no filter column named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="45"/>
        <source>%1: the workspace holds no gateway audit export to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="48"/>
        <location filename="../core/workspace/RunStore.cpp" line="98"/>
        <source>Reading %1 from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="93"/>
        <source>%1: the workspace holds no agent runtime export to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/RunStore.cpp" line="113"/>
        <source>%1: source %2 is not an agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="69"/>
        <source>%1: no source %2 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="79"/>
        <source>%1: the stored original of %2 does not match its SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/SourceStore.cpp" line="93"/>
        <source>Storing the original of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="85"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="140"/>
        <source>%1: cannot open the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="91"/>
        <source>%1: not an AuditBench workspace (not a SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="100"/>
        <source>%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with a newer AuditBench. The workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="116"/>
        <source>%1: is a directory, expected a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="118"/>
        <source>%1: no such workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="125"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="151"/>
        <source>%1: not an AuditBench workspace (another application&apos;s SQLite database)</source>
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
        <location filename="../app/cli/JoinCommand.cpp" line="24"/>
        <location filename="../app/cli/SampleCommand.cpp" line="14"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="89"/>
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
        <location filename="../app/cli/VerifyCommand.cpp" line="26"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>auditbench-cli verify: --end is before --start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="47"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected 64 hex digits (an hmac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="56"/>
        <source>auditbench-cli verify: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="64"/>
        <source>auditbench-cli verify: --max-gap &apos;%1&apos;: expected a whole number of hours (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="75"/>
        <source>Keyring file with the HMAC keys (without it only linkage is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="107"/>
        <source>auditbench-cli verify: --chain &apos;%1&apos;: expected gateway or runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="131"/>
        <source>Verify a chain the workspace holds (instead of FILEs) and store the run there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="157"/>
        <source>auditbench-cli verify: --chain needs --workspace W (FILEs form one chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="68"/>
        <source>Output: ndjson (one event per line) or json (an array of events); default: json for a FILE ending in .json, else ndjson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="70"/>
        <source>ndjson|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="72"/>
        <location filename="../app/cli/ImportCommand.cpp" line="13"/>
        <location filename="../app/cli/PackageCommand.cpp" line="32"/>
        <location filename="../app/cli/PackageCommand.cpp" line="35"/>
        <location filename="../app/cli/PackageCommand.cpp" line="37"/>
        <location filename="../app/cli/PackageCommand.cpp" line="39"/>
        <location filename="../app/cli/PackageCommand.cpp" line="42"/>
        <location filename="../app/cli/PdfCommand.cpp" line="32"/>
        <location filename="../app/cli/PdfCommand.cpp" line="37"/>
        <location filename="../app/cli/PdfCommand.cpp" line="48"/>
        <location filename="../app/cli/PdfCommand.cpp" line="56"/>
        <location filename="../app/cli/QueryCommand.cpp" line="28"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="76"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="139"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="72"/>
        <source>The file to write (complete or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="76"/>
        <source>Writes the gateway records that match the filters as OCSF v1.1 events, one per record whose category has an OCSF class, and prints how many were written by class and skipped by category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="87"/>
        <source>auditbench-cli export-ocsf: give the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="96"/>
        <source>auditbench-cli export-ocsf: --format &apos;%1&apos;: expected ndjson or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportOcsfCommand.cpp" line="116"/>
        <source>Export a workspace&apos;s gateway records as OCSF v1.1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="14"/>
        <source>Evidence files: gateway audit exports, agent runtime exports, compliance packages, compliance bundle exports, OCSF v1.1 events (gzip accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="20"/>
        <source>Imports evidence files into a workspace (created when missing) in one transaction: if any file is unusable nothing is imported.
Prints one JSON object per file (format, records, sha256, status) as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="27"/>
        <source>auditbench-cli import: expected at least one FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="42"/>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="50"/>
        <source>Import evidence files into a workspace (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="78"/>
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
        <location filename="../app/cli/FilterOptions.cpp" line="19"/>
        <location filename="../app/cli/FilterOptions.cpp" line="21"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="78"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="80"/>
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
        <location filename="../app/cli/QueryCommand.cpp" line="19"/>
        <source>Print only the number of matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="32"/>
        <source>Prints the gateway audit records of a workspace that match the filters of the platform&apos;s audit-log API, ordered by timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="21"/>
        <source>Output: json (an array of the records as imported, default), ndjson, csv or xlsx (an Excel workbook; needs --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="23"/>
        <source>json|ndjson|csv|xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="26"/>
        <source>Write the records to FILE (complete or not at all) and print what was written (JSON: file, format, records, bytes, sha256) instead of the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="46"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: expected json, ndjson, csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="51"/>
        <source>auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="80"/>
        <source>auditbench-cli query: cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="95"/>
        <source>Query a workspace&apos;s gateway audit records with the audit-log API&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="80"/>
        <source>End of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="82"/>
        <source>The hmac the first record must link to (e.g. last period&apos;s head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="83"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="86"/>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="85"/>
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
        <location filename="../app/cli/VerifyCommand.cpp" line="88"/>
        <source>List at most N errors (default 1000); error_count counts all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JoinCommand.cpp" line="29"/>
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
        <location filename="../app/cli/VerifyCommand.cpp" line="91"/>
        <source>Report a silence of more than HOURS between records as a coverage gap (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="13"/>
        <source>A time gap is a silence longer than this many hours (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GapsCommand.cpp" line="14"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="93"/>
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
        <location filename="../app/cli/VerifyCommand.cpp" line="96"/>
        <source>Exit with status 4 when there are no errors but the coverage is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="103"/>
        <source>auditbench-cli verify: give either --workspace or FILEs, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="132"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="135"/>
        <source>With --workspace: the chain to verify, gateway (the gateway audit log, default) or runtime (the audit_entries of every agent runtime export, as one chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="137"/>
        <source>CHAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="140"/>
        <source>Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="145"/>
        <source>Verifies an exported audit log&apos;s HMAC chain offline and prints the result as JSON.
Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, 2 unusable input or arguments, 4 (with --require-coverage) no errors but incomplete coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="16"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="141"/>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="161"/>
        <source>auditbench-cli verify: expected at least one FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="181"/>
        <source>Verify the HMAC chain of audit export files (or of a workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="58"/>
        <source>auditbench-cli: expected a COMMAND (see auditbench-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>
Run &apos;auditbench-cli COMMAND --help&apos; for a command&apos;s options; --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
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
        <location filename="../app/cli/PackageCommand.cpp" line="33"/>
        <location filename="../app/cli/PackagesCommand.cpp" line="17"/>
        <location filename="../app/cli/PdfCommand.cpp" line="41"/>
        <location filename="../app/cli/PdfCommand.cpp" line="44"/>
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
        <location filename="../app/cli/LogCommand.cpp" line="53"/>
        <source>Print a workspace&apos;s activity log or check its hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="20"/>
        <source>auditbench-cli package: cannot write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="31"/>
        <source>An agent runtime export file (instead of a workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="33"/>
        <source>The agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="35"/>
        <source>Also write the package JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="36"/>
        <source>Write the data flow diagram&apos;s DOT source to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="39"/>
        <source>Write the data flow diagram as SVG to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="41"/>
        <source>A sub-processor registry file extending or overriding the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="44"/>
        <source>Identity recorded as generated_by (default: the auditor identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="45"/>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="49"/>
        <source>Generates a compliance package for one agent from an agent runtime export (all audit entries, no cap) and prints its package id. With --workspace the package is stored in the workspace as an immutable version and the Monitoring answer cites the newest stored verification of the agent runtime chain that covers the agent&apos;s entries (&apos;verify --workspace W --chain runtime&apos;), or says that none was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="58"/>
        <source>auditbench-cli package: expected --agent ID (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="61"/>
        <source>auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="107"/>
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
        <location filename="../app/cli/PackagesCommand.cpp" line="48"/>
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
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="47"/>
        <source>Branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="51"/>
        <source>Without --workspace: who prints the report (PDF author; default: AUDITBENCH_USER or the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="53"/>
        <location filename="../app/cli/SampleCommand.cpp" line="19"/>
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
        <location filename="../app/cli/RunsCommand.cpp" line="35"/>
        <source>List the verification runs stored in a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="12"/>
        <source>Lists the evidence files a workspace holds (JSON): file name, format, records, SHA-256, size, when and by whom imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SourcesCommand.cpp" line="37"/>
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
        <location filename="../app/cli/SamplesCommand.cpp" line="12"/>
        <source>Lists the samples stored in a workspace, oldest first (JSON): each as `sample` printed it, with the records in draw order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SamplesCommand.cpp" line="29"/>
        <source>List the samples stored in a workspace</source>
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
