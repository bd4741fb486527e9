<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="197"/>
        <source>Summarising audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="224"/>
        <source>(no connector named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="230"/>
        <source>(no operation named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="284"/>
        <location filename="../core/package/PackageGenerator.cpp" line="304"/>
        <source>Secrets vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="285"/>
        <source>Data flows of agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="286"/>
        <source>Agent runtime (hosted by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="287"/>
        <source>Secrets vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="294"/>
        <source>Human reviewers (escalation queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="298"/>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="300"/>
        <source>Policy engine (INV-002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="302"/>
        <source>Audit trail (INV-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="307"/>
        <source>Human reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="312"/>
        <source>action requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="312"/>
        <source>operation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="316"/>
        <source>policy decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="316"/>
        <source>connector results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="320"/>
        <source>policy evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="320"/>
        <source>decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="321"/>
        <source>SHA-256 of inputs and outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="325"/>
        <source>scoped connector credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="330"/>
        <source>escalated high-risk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="334"/>
        <source>approval decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="341"/>
        <source>Sub-processor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="342"/>
        <source>Sub-processor: unknown vendor (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="347"/>
        <source>unclassified data (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="349"/>
        <source>API responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="565"/>
        <source>Which external systems can the agent reach, and which operations is it permitted to perform on each?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageGenerator.cpp" line="567"/>
        <source>The agent is configured for %n connector(s): %1. Permitted operations come from the runtime&apos;s connector configuration, not from self-reported documentation; %2 connector call(s) were observed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="572"/>
        <location filename="../core/package/PackageGenerator.cpp" line="834"/>
        <location filename="../core/package/PackageGenerator.cpp" line="985"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageGenerator.cpp" line="593"/>
        <source>called %n time(s) but not in the agent&apos;s connector configuration</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageGenerator.cpp" line="599"/>
        <source>operation called %n time(s) but not permitted by the connector configuration</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="610"/>
        <source>Does the agent store customer data, and where are its credentials kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="611"/>
        <source>The agent processes data in transit and does not store it. %1 of %2 audit entries carry SHA-256 hashes of both input and output; %3 entries carry a raw payload member. Credentials are held in the secrets vault or encrypted in the database. The data flows are documented in the data_flow section (%4 nodes, %5 flows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="643"/>
        <source>audit entry carries a raw payload member instead of hashes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="647"/>
        <source>credential storage &quot;%1&quot; is neither the vault nor the encrypted database (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="668"/>
        <source>How are the agent&apos;s actions authorised, and do high-risk actions need human approval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/package/PackageGenerator.cpp" line="669"/>
        <source>%n active policy rule(s) govern the agent, enforced by the policy engine (INV-002) with dynamic risk scoring. In the period %1 action(s) were denied and %2 escalated to the human approval queue; %3 approval review(s) were recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="700"/>
        <source>no active policy rule governs the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="703"/>
        <source>%1 escalation(s) but only %2 approval review(s) recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="721"/>
        <source>The auditor verified the audit chain offline (run %1): valid, %2 entries, MACs verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="723"/>
        <source>The auditor verified the audit chain offline (run %1): linkage valid over %2 entries; MACs not verified (no key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="727"/>
        <source>The auditor&apos;s offline verification of the audit chain (run %1) found %2 error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="732"/>
        <source>No offline verification of the audit chain was cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="735"/>
        <source>How is the agent&apos;s activity logged and monitored for deviations from its declared purpose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="737"/>
        <source>Every action is written to the immutable, HMAC-chained audit trail (INV-001): %1 entries from %2 to %3. Behavioural drift detection (INV-003) compares actions with the declared intent manifest (%4 system(s), %5 action(s), %6 data type(s)) and recorded %7 drift event(s). %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="774"/>
        <source>the audit chain was not verified by the auditor (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="777"/>
        <source>chain verification found %1 error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="779"/>
        <source>chain linkage only: MACs were not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="781"/>
        <source>the agent has no declared intent manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="796"/>
        <source>How does the platform respond automatically when the agent deviates from its declared behaviour?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="798"/>
        <source>Drift responses follow the hierarchy low -&gt; alert, medium -&gt; throttle, high or critical -&gt; automatic suspension, and every drift event is recorded with its context. Of %1 drift event(s), %2 had a response short of the hierarchy; %3 suspension(s) are in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="830"/>
        <source>unknown severity &quot;%1&quot; (response &quot;%2&quot;): needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="832"/>
        <source>%1 severity requires %2 but the response was %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="850"/>
        <source>Which third parties process data on the agent&apos;s behalf?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="851"/>
        <source>%1 sub-processor(s) are listed in the sub_processors section: one per connector the agent uses or is configured for, plus the hosting platform and the secrets vault; %2 connector(s) have no known vendor and need review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="864"/>
        <source>connector has no vendor in the registry (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="886"/>
        <source>unknown (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="888"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="984"/>
        <source>no agent &quot;%1&quot; in the export (agents: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="1000"/>
        <source>Drawing the data flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/PackageGenerator.cpp" line="1018"/>
        <source>Writing the compliance package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="177"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="253"/>
        <location filename="../core/workspace/EvidenceReader.cpp" line="377"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/EvidenceReader.cpp" line="212"/>
        <source>%n record(s) without an RFC 3339 timestamp: they match no --start/--end filter and are listed last</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="226"/>
        <source>expected end of input after the %1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="236"/>
        <source>agent runtime export version %1: expected 1; read as version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="237"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="249"/>
        <source>agent runtime export without an &quot;agents&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="288"/>
        <source>compliance package: expected string members &quot;package_id&quot; and &quot;agent_id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="297"/>
        <source>compliance package without content_sha256 (computed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="301"/>
        <source>compliance package content_sha256 %1 does not match its content (computed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="322"/>
        <source>expected a compliance bundle object with &quot;regulatory_framework&quot; and a &quot;seed_rule_mappings&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="395"/>
        <source>OCSF class_uid %1 is not supported: expected 2001, 2003, 2004, 3001 or 3002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="397"/>
        <source>expected an OCSF v1.1 event with an integer &quot;class_uid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="409"/>
        <source>OCSF %1 (%2) event without required attribute(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="415"/>
        <source>OCSF type_uid %1: expected class_uid * 100 + activity_id = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="424"/>
        <source>%1 more OCSF warnings not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/EvidenceReader.cpp" line="428"/>
        <source>%n Security Finding (class_uid 2001) event(s): the class is deprecated in OCSF 1.1 (use Compliance Finding 2003 or Detection Finding 2004); imported as given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="439"/>
        <source>not a recognised evidence file: expected a gateway audit export (records with hmac_key_id, previous_hmac, hmac), an agent runtime export or compliance package (&quot;format&quot; member), compliance bundles (regulatory_framework, seed_rule_mappings) or OCSF v1.1 events (class_uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="470"/>
        <source>agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="475"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1100"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1103"/>
        <source>compliance package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="483"/>
        <source>&quot;format&quot;: &quot;%1&quot; is not a format AuditBench imports: expected &quot;arx-runtime-export&quot; or &quot;arx-compliance-package&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="513"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="522"/>
        <source>expected a compliance package object, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="527"/>
        <source>expected a compliance package object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="52"/>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="78"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="215"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="267"/>
        <source>%1: cannot open the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="220"/>
        <source>%1: not an AuditBench workspace (not a SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="229"/>
        <source>%1: workspace schema version %2 is newer than this AuditBench supports (%3); open it with a newer AuditBench. The workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="244"/>
        <source>%1: is a directory, expected a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="246"/>
        <source>%1: no such workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="253"/>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="278"/>
        <source>%1: not an AuditBench workspace (another application&apos;s SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="436"/>
        <source>compliance package %1 is already in the workspace with different content: packages are immutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="506"/>
        <source>cannot open file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="509"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="562"/>
        <source>Storing the original of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="582"/>
        <source>the compliance package was already in the workspace (same content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="669"/>
        <source>%1: no source %2 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="680"/>
        <source>%1: the stored original of %2 does not match its SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="802"/>
        <source>daily counts can be split by action or framework, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="832"/>
        <source>no filter column named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="944"/>
        <source>%1: the workspace holds no gateway audit export to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="947"/>
        <source>Reading %1 from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="979"/>
        <source>%1: source %2 is not an agent runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1097"/>
        <source>package origin &apos;%1&apos;: expected workbench or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1175"/>
        <source>verdict &apos;%1&apos;: expected agree, exception or not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1250"/>
        <source>activity details for &apos;%1&apos; are not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1253"/>
        <source>activity details for &apos;%1&apos;: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1309"/>
        <source>Activity log row %1 is missing (the next row is %2): rows were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1313"/>
        <source>Activity log row %1: prev_hash does not match the hash of row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1323"/>
        <source>Activity log row %1: content does not match its hash (the row was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/WorkspaceStore.cpp" line="1328"/>
        <source>Activity log intact: %n row(s), hash chain verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/workspace/EvidenceReader.cpp" line="68"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::AuditLogModel</name>
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
        <location filename="../ui/auditlog/AuditLogView.cpp" line="63"/>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="66"/>
        <source>e.g. email,ssn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="70"/>
        <source>Search the records&apos; JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="72"/>
        <source>Period (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="85"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="90"/>
        <source>Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="92"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="94"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="96"/>
        <source>Entity types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="98"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="139"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="140"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="224"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="225"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="226"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="316"/>
        <source>Searching %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="317"/>
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
        <location filename="../ui/auditlog/AuditLogView.cpp" line="357"/>
        <source>Chain fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="362"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="365"/>
        <source>Record as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="383"/>
        <location filename="../ui/auditlog/AuditLogView.cpp" line="409"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ChainVerifier</name>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="204"/>
        <source>Parsing and authenticating records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="285"/>
        <source>Checking the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="393"/>
        <source>Event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="408"/>
        <source>malformed record (missing &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="413"/>
        <source>duplicate id &apos;%1&apos; with differing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="415"/>
        <source>sequence break (expected %1, got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="422"/>
        <location filename="../core/chain/ChainVerifier.cpp" line="424"/>
        <source>previous_hmac mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="428"/>
        <source>unknown hmac_key_id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="430"/>
        <source>HMAC mismatch (expected &apos;%1...&apos;, got &apos;%2...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="448"/>
        <source>Chain head mismatch (expected &apos;%1...&apos;, got &apos;%2...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="469"/>
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
    <name>ab::DemoDataGenerator</name>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="309"/>
        <source>%1: cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="336"/>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="346"/>
        <source>%1: cannot write (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="352"/>
        <source>%1: cannot rename to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="576"/>
        <source>Writing gateway audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="651"/>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="659"/>
        <source>Event %1: HMAC mismatch (expected &apos;%2...&apos;, got &apos;%3...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="654"/>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="662"/>
        <source>Event %1: sequence break (expected %2, got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="658"/>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="666"/>
        <source>Event %1: previous_hmac mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="669"/>
        <source>Tampered copy of %1 (%2 records, seed %3): %4 has %5 records.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="675"/>
        <source>1. Modified without resealing: sequence %1 (%2): %3; hmac left as it was.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="679"/>
        <source>2. Deleted: sequence %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="682"/>
        <source>3. Forged and inserted after sequence %1: %2 with sequence %3, linked to the hmac of sequence %1 but sealed with a key that is not the keyring&apos;s.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="689"/>
        <source>auditbench-cli verify --keyring %1 %2 reports (exit status 1, events_checked %3, error_count %4, head_hmac unchanged):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="697"/>
        <source>
The original %1 verifies valid (exit status 0, events_checked %2, head_hmac %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="1053"/>
        <source>Writing agent runtime audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="1299"/>
        <source>--records %1: expected at least %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="1304"/>
        <source>--records %1: expected at most 1000000000 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="1306"/>
        <source>%1: cannot create the output directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::DfdRenderer</name>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="139"/>
        <source>Graphviz could not create a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="274"/>
        <source>could not open a memory stream for the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="280"/>
        <source>Graphviz could not write the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="290"/>
        <source>Graphviz could not create a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="298"/>
        <source>Graphviz could not lay out the diagram with the dot engine (is the dot layout plugin installed and registered in config6?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/DfdRenderer.cpp" line="311"/>
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
    <name>ab::EventCharts</name>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="49"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="62"/>
        <source>events per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="62"/>
        <source>events per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="87"/>
        <source>Enforcement events by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="88"/>
        <source>Enforcement events by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlog/EventCharts.cpp" line="97"/>
        <source>No enforcement events under the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ExportReader</name>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="82"/>
        <source>expected a record object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="205"/>
        <source>expected a JSON array, a page object or NDJSON records, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="220"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="225"/>
        <source>expected &apos;[&apos; or &apos;{&apos; (a JSON array, a page object or NDJSON records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="249"/>
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
        <location filename="../ui/issues/IssueModel.cpp" line="102"/>
        <source>Double-click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="114"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="116"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="118"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issues/IssueModel.cpp" line="120"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::IssuesDock</name>
    <message>
        <location filename="../ui/issues/IssuesDock.cpp" line="13"/>
        <location filename="../ui/issues/IssuesDock.cpp" line="71"/>
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
        <location filename="../ui/issues/IssuesDock.cpp" line="73"/>
        <source>Issues (%1 errors, %2 warnings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::JsonDiagnostics</name>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="27"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="28"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="29"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="30"/>
        <source>expected &apos;,&apos; between values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="31"/>
        <source>expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="32"/>
        <source>expected more input after a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="33"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="165"/>
        <source>expected a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="34"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="126"/>
        <source>expected a valid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="35"/>
        <source>expected valid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="36"/>
        <location filename="../core/json/JsonDiagnostics.cpp" line="121"/>
        <source>expected &apos;&quot;&apos; to close the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="37"/>
        <source>expected an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="38"/>
        <source>expected at most 1024 levels of nesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="39"/>
        <source>document too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="40"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="123"/>
        <source>expected an escaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="192"/>
        <source>expected a JSON value, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="221"/>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="226"/>
        <source>duplicate member name &quot;%1&quot;: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::Keyring</name>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="68"/>
        <source>expected an even number of hex digits after &apos;hex:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="76"/>
        <source>expected only hex digits after &apos;hex:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="89"/>
        <source>expected base64 data after &apos;base64:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="97"/>
        <source>expected the secret to start with &apos;hex:&apos; or &apos;base64:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="107"/>
        <source>cannot open keyring: %1</source>
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
        <location filename="../core/chain/Keyring.cpp" line="181"/>
        <source>expected &quot;id&quot; to be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="187"/>
        <source>expected &quot;secret&quot; to be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="198"/>
        <source>expected an &quot;id&quot; member in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="200"/>
        <source>expected a &quot;secret&quot; member in key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="202"/>
        <source>duplicate key id &apos;%1&apos;: expected each id once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="207"/>
        <source>expected a &quot;keys&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <location filename="../ui/MainWindow.cpp" line="655"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Record Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>Select a record to see its JSON and chain fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Create a new workspace file for an engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Import Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Import export files into the workspace (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Export Visible Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Verify the HMAC chain with the settings of the Verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Generate Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Filter Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="930"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>&amp;Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>&amp;About AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>Auditor not set (File ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Auditor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>AuditBench workspace (*.auditbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>%1 already exists: open it instead, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <source>AuditBench workspace (*.auditbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="492"/>
        <source>Creating demo evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>No demo evidence in %1: run auditbench-cli demo-data --out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="520"/>
        <source>Importing %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="522"/>
        <source>Another task is running; import the files when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>%1: already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>%1: imported %n record(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Import cancelled; the workspace is exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>Import failed, nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>%n file(s) added to the verification; open or create a workspace to import them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="587"/>
        <source>Record %1 is not in this workspace&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="630"/>
        <source>About AuditBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <source>&lt;h3&gt;AuditBench %1&lt;/h3&gt;&lt;p&gt;Offline workbench for AI-platform audit evidence: verify HMAC-chained audit exports, regenerate compliance packages, print reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="655"/>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="678"/>
        <source>CSV, the visible columns (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="679"/>
        <source>JSON, the records as imported (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="680"/>
        <source>Export the visible records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="687"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="715"/>
        <source>Exported, but the activity log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="719"/>
        <source>Exported %n record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="826"/>
        <source>A task is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="826"/>
        <source>A background task is still running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="880"/>
        <source>Nothing to print yet: verify a chain or select a package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="909"/>
        <source>The print was not recorded in the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="930"/>
        <source>Export the report as PDF</source>
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
    <name>ab::PackageReport</name>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="28"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="59"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="59"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="125"/>
        <location filename="../core/report/PackageReport.cpp" line="156"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="136"/>
        <location filename="../core/report/PackageReport.cpp" line="149"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="156"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="180"/>
        <source>Execution Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="182"/>
        <source>What the agent did, derived from its audit trail rather than from documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="184"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="185"/>
        <source>First entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="186"/>
        <source>Last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="187"/>
        <source>Input SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="191"/>
        <source>Execution graph: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="195"/>
        <source>Actions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="197"/>
        <location filename="../core/report/PackageReport.cpp" line="372"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="198"/>
        <location filename="../core/report/PackageReport.cpp" line="373"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="199"/>
        <source>Action counts: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="207"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="210"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="213"/>
        <location filename="../core/report/PackageReport.cpp" line="330"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="213"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="214"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="214"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="215"/>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="215"/>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="216"/>
        <source>Connectors: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="236"/>
        <source>Data Flow Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="238"/>
        <source>How data moves between the agent, the policy engine, the audit trail and external systems. Every flow passes through the policy engine; flows crossing a trust boundary are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="245"/>
        <source>Figure: the package&apos;s data_flow.svg. DOT source: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="246"/>
        <source>Figure: the package&apos;s data_flow.svg, drawn as vector graphics. DOT source SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="251"/>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="267"/>
        <source>Vendor Security Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="268"/>
        <source>CAIQ v4 style answers derived from runtime data, with the evidence each answer rests on, every exception found, and the auditor&apos;s verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="273"/>
        <source>Questionnaire answers: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="277"/>
        <source>Answer (category not provided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="279"/>
        <source>CAIQ v4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="281"/>
        <source>Answer: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="284"/>
        <location filename="../core/report/PackageReport.cpp" line="287"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="291"/>
        <source>Exceptions: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="293"/>
        <source>Exceptions: %n listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="295"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="302"/>
        <source>Auditor verdict: not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="311"/>
        <source>Reviewed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="315"/>
        <source>Auditor verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="324"/>
        <source>Sub-Processor List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="328"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="328"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="329"/>
        <source>Data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="329"/>
        <source>SOC 2 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="330"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="331"/>
        <source>Sub-processors: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="340"/>
        <source>none (always included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="346"/>
        <source>UNMAPPED: not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="347"/>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="350"/>
        <source>%n third-party service(s) process data on behalf of the agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/PackageReport.cpp" line="354"/>
        <source>%n sub-processor(s) are not in the connector registry: vendor, service and SOC 2 status need confirming by hand (marked UNMAPPED).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="364"/>
        <source>SOC 2 Control Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="366"/>
        <source>Observed action types mapped to SOC 2 Trust Services Criteria, with the evidence count and first and last occurrence in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="369"/>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="372"/>
        <location filename="../core/report/PackageReport.cpp" line="387"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="373"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="374"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="374"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="375"/>
        <source>Mappings: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="389"/>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="390"/>
        <source>Evidence count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="391"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="392"/>
        <source>Controls: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="398"/>
        <source>NO EVIDENCE in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="398"/>
        <source>evidence observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="403"/>
        <source>Unmapped action types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="409"/>
        <source>Every observed action type maps to at least one control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="411"/>
        <source>Observed but mapped to no control: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="430"/>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="432"/>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="436"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="447"/>
        <location filename="../core/report/PackageReport.cpp" line="486"/>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="448"/>
        <source>expected an object of answer key -&gt; {verdict, comment, by, at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="466"/>
        <source>answer &apos;%1&apos;: verdict &apos;%2&apos;: expected agree, exception or not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="487"/>
        <source>expected a compliance package (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="495"/>
        <source>agent name not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="499"/>
        <source>Compliance Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="500"/>
        <source>SOC 2 evidence: compliance package %1 for agent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="504"/>
        <source>%1: Compliance Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="505"/>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="508"/>
        <location filename="../core/report/PackageReport.cpp" line="528"/>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="516"/>
        <source>Compliance Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="519"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="520"/>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="521"/>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="522"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="523"/>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="524"/>
        <source>Built from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="526"/>
        <source>%1 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="529"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="531"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/PackageReport.cpp" line="534"/>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::PackagesView</name>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="74"/>
        <location filename="../ui/packages/PackagesView.cpp" line="473"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="74"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="100"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="137"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="144"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="144"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="144"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="144"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="144"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="149"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="151"/>
        <source>Generate a new package version from the agent&apos;s runtime data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="152"/>
        <source>Package generation is not built into this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="153"/>
        <source>&amp;Compare two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="155"/>
        <source>Select two versions (e.g. the platform&apos;s and the workbench&apos;s) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="165"/>
        <location filename="../ui/packages/PackagesView.cpp" line="398"/>
        <source>Select a package version, or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="171"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="173"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="175"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="191"/>
        <location filename="../ui/packages/PackagesView.cpp" line="280"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="191"/>
        <location filename="../ui/packages/PackagesView.cpp" line="280"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="193"/>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="193"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="193"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="193"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="193"/>
        <source>First call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="193"/>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="197"/>
        <source>Execution Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="201"/>
        <source>Data Flow Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="207"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="209"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="234"/>
        <source>Evidence (double-click an item with an id to look for it in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="237"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="237"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="240"/>
        <source>Auditor&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="243"/>
        <source>&amp;Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="244"/>
        <source>E&amp;xception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="245"/>
        <source>&amp;Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="255"/>
        <source>Comment (required for an exception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="258"/>
        <source>&amp;Save verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="266"/>
        <source>Vendor Security Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>Data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>SOC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="269"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="271"/>
        <source>Sub-Processor List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="280"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="280"/>
        <location filename="../ui/packages/PackagesView.cpp" line="725"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="280"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="282"/>
        <source>SOC 2 Control Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="308"/>
        <source>Choose agree, exception or not applicable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="340"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="343"/>
        <source>%1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="362"/>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="362"/>
        <source>workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="399"/>
        <source>Open or create a workspace to generate and review packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="410"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — package %2&lt;br&gt;generated %3 by %4 from %5 audit entries; content SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="473"/>
        <source>no: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="476"/>
        <source>Not in any sub-processor registry: needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="517"/>
        <source>Coverage: %1 of %2 mapped controls have evidence in the period.
Controls without evidence: %3
Action types observed but unmapped: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="520"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="536"/>
        <source>No questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="544"/>
        <source>Answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="545"/>
        <source>%1 — CCM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="553"/>
        <source>exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="564"/>
        <source>No verdict yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="572"/>
        <source>Saved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="583"/>
        <source>An exception needs a comment saying what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="591"/>
        <source>The verdict was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="627"/>
        <source>Import an agent runtime export first: packages are generated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="628"/>
        <source>Choose the agent to generate a package for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="633"/>
        <source>Generating package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="673"/>
        <source>Package generation is not built into this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="688"/>
        <source>Select exactly two package versions to compare (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="699"/>
        <location filename="../ui/packages/PackagesView.cpp" line="700"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="718"/>
        <source>First: %1, generated %2 by %3, content SHA-256 %4
Second: %5, generated %6 by %7, content SHA-256 %8

%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="721"/>
        <source>Equivalent: no differences in the compared sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packages/PackagesView.cpp" line="722"/>
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="725"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="725"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="725"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="730"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="736"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="736"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="749"/>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="753"/>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="755"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="762"/>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="712"/>
        <source>Re-performance: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packages/PackagesView.cpp" line="778"/>
        <source>Select a package version to print.</source>
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
    <name>ab::ReportOutput</name>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="69"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="84"/>
        <source>Export of %1 cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="96"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="108"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="122"/>
        <source>Printing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="136"/>
        <source>Printing to %1 cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="140"/>
        <source>Printing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="146"/>
        <source>Cancel came after the pages were being sent: %n page(s) printed to %1 in full.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="148"/>
        <source>Printed %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportOutput.cpp" line="162"/>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportOutput.cpp" line="182"/>
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
        <location filename="../core/report/ReportWriter.cpp" line="266"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="364"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="531"/>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="680"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="722"/>
        <source>Diagram: not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="724"/>
        <source>Diagram not drawn: it refers to external images, which reports never embed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="726"/>
        <source>Diagram not drawn: the SVG could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="1001"/>
        <source>Printing a report needs fonts, which need a QGuiApplication (use the offscreen platform without a display)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="1019"/>
        <source>Laying out the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/ReportWriter.cpp" line="1033"/>
        <source>Printing %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="1037"/>
        <source>The printer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportWriter.cpp" line="1096"/>
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
    <name>ab::SettingsDialog</name>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="27"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="30"/>
        <source>Auditor identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="34"/>
        <source>e.g. Jane Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="37"/>
        <source>e.g. jane.doe@firm.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="40"/>
        <source>e.g. Doe &amp; Partners LLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="42"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="43"/>
        <source>&amp;Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="45"/>
        <source>Recorded in the workspace&apos;s activity log and printed on packages and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="50"/>
        <location filename="../ui/common/SettingsDialog.cpp" line="178"/>
        <source>Report branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="56"/>
        <source>SVG or PNG file; empty for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="64"/>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="70"/>
        <source>Load a branding file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="71"/>
        <source>A JSON file with organisation, logo, accent_colour and footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="77"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="79"/>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="81"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="85"/>
        <source>F&amp;ooter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="89"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="90"/>
        <source>Images (*.svg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="95"/>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="100"/>
        <source>Load a branding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="100"/>
        <source>Branding (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="105"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="109"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="123"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/SettingsDialog.cpp" line="124"/>
        <source>A new language applies the next time AuditBench starts.</source>
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
        <location filename="../core/json/SourceText.cpp" line="129"/>
        <source>byte %1: truncated gzip data: expected more compressed input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="135"/>
        <source>byte %1: corrupt gzip data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="143"/>
        <source>byte %1: expected end of file after the first gzip member, found %2 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="186"/>
        <source>invalid UTF-8 byte 0x%1: expected UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="195"/>
        <source>cannot open file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="218"/>
        <source>cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::TaskPanel</name>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="19"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="20"/>
        <source>Cancel the running task; nothing half-done is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="28"/>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskPanel.cpp" line="65"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::TaskProgress</name>
    <message>
        <location filename="../ui/common/TaskProgress.cpp" line="42"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerdictBanner</name>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="83"/>
        <source>Verified: chain intact, every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="84"/>
        <source>%1 events checked with the keyring; no errors. The records are authentic and complete between the first and the last event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="89"/>
        <source>Linkage intact — MACs NOT verified (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="90"/>
        <source>%1 events checked for order, sequence and linkage only. Without the keyring the content is not authenticated: choose the keyring file and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerdictBanner.cpp" line="96"/>
        <source>Verification failed: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="97"/>
        <source>%1 events checked. The chain is broken or records were altered; each error below leads to its record in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="106"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="106"/>
        <source>Reading the records and recomputing the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="111"/>
        <source>Not verified: the input is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="116"/>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerdictBanner.cpp" line="117"/>
        <source>Choose the evidence, the keyring and the examination period, then Verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationReport</name>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="28"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="44"/>
        <source>VERIFIED: chain intact, every MAC verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="45"/>
        <source>Sequence, linkage and structure are intact and every record&apos;s HMAC was recomputed with the keyring and matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="49"/>
        <source>LINKAGE INTACT: MACs NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="50"/>
        <source>No keyring was used: sequence, linkage and structure are intact, but the records&apos; content is not authenticated. This is not a full verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/VerificationReport.cpp" line="56"/>
        <source>ERRORS FOUND: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="57"/>
        <source>The audit trail does not verify. Every error is listed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="61"/>
        <source>NOT VERIFIED: the audit trail has not been verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="62"/>
        <source>No verification of this agent&apos;s audit trail is recorded in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="71"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="72"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="73"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="74"/>
        <source>whole export (no period given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="79"/>
        <location filename="../core/report/VerificationReport.cpp" line="91"/>
        <source>Audit Chain Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="80"/>
        <source>Audit Chain Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="81"/>
        <source>HMAC chain verification result, period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="84"/>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="85"/>
        <location filename="../core/report/VerificationReport.cpp" line="99"/>
        <source>Result SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="94"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="95"/>
        <location filename="../core/report/VerificationReport.cpp" line="116"/>
        <source>Events checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="96"/>
        <location filename="../core/report/VerificationReport.cpp" line="156"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="97"/>
        <location filename="../core/report/VerificationReport.cpp" line="114"/>
        <source>MACs verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="98"/>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="98"/>
        <source>no (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="100"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="102"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="110"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="113"/>
        <location filename="../core/report/VerificationReport.cpp" line="115"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="117"/>
        <source>Error count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="118"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="119"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="120"/>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="121"/>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="122"/>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="123"/>
        <source>none: the chain starts at its genesis record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="125"/>
        <source>Head HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="126"/>
        <source>Duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="128"/>
        <source>The anchor is the previous_hmac the first checked record links to; note the head HMAC to check the next period&apos;s export against it (--anchor) or to detect truncation (--expect-head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="132"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="133"/>
        <source>Keys are identified by id and fingerprint only; key material never appears in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="136"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="137"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="138"/>
        <location filename="../core/report/VerificationReport.cpp" line="150"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="139"/>
        <source>No keys: the records name no hmac_key_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="142"/>
        <source>not in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="146"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="148"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="149"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="151"/>
        <source>No sources recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="159"/>
        <source>%1 errors were found; the result lists the first %2 (the rest were not kept, see --max-errors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="164"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/VerificationReport.cpp" line="165"/>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::VerificationView</name>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="73"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="77"/>
        <source>The workspace&apos;s gateway audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="78"/>
        <source>Export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="88"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="89"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="96"/>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="102"/>
        <source>No keyring: linkage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="103"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="104"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="105"/>
        <source>Wipe the keys from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="117"/>
        <source>Examination period and chain ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="119"/>
        <source>Only records inside the period (UTC, both ends inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="132"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="133"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="134"/>
        <source>optional: the head of the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="135"/>
        <source>What record 1 must link to, e.g. the head of last year&apos;s verified export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="136"/>
        <source>optional: a head noted online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="137"/>
        <source>The head HMAC from an earlier online verification; detects truncation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="138"/>
        <source>&amp;Anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="139"/>
        <source>Expected &amp;head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="142"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="148"/>
        <source>Past runs in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="152"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="152"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="152"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="152"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="176"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="182"/>
        <source>Errors (double-click to show the record in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="183"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="185"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="187"/>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="196"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="196"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="196"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="228"/>
        <source>Add audit export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="229"/>
        <source>Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="236"/>
        <source>Choose the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="237"/>
        <source>Keyring (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="281"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="282"/>
        <source>Linkage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationView.cpp" line="283"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="335"/>
        <source>%1 (fingerprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verification/VerificationView.cpp" line="340"/>
        <source>%n key(s) held in memory only: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="345"/>
        <source>Keyring unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="358"/>
        <source>Without a keyring only order, sequence and linkage are checked; the verdict then says that the MACs were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="426"/>
        <source>The examination period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="438"/>
        <source>The anchor must be 64 hexadecimal characters (an HMAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="440"/>
        <source>The expected head must be 64 hexadecimal characters (an HMAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="447"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="473"/>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="512"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="512"/>
        <location filename="../ui/verification/VerificationView.cpp" line="515"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="512"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="513"/>
        <source>Events checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="514"/>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="515"/>
        <source>MACs verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="515"/>
        <source>no — no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="517"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="517"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="517"/>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="519"/>
        <source>First event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="521"/>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="523"/>
        <source>Anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="525"/>
        <source>Head HMAC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="528"/>
        <source>%1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="529"/>
        <source>%1 (%2): %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="531"/>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="533"/>
        <source>Duplicates merged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="536"/>
        <source>%1 (%2 records, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="538"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="567"/>
        <source>%1 more errors not listed (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verification/VerificationView.cpp" line="575"/>
        <source>Linkage intact but MACs not verified: no keyring was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspacePackages</name>
    <message>
        <location filename="../core/package/WorkspacePackages.cpp" line="23"/>
        <source>%1: no imported agent runtime export lists agent &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/package/WorkspacePackages.cpp" line="31"/>
        <source>(unknown auditor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::WorkspaceReports</name>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="77"/>
        <source>%1: no compliance package &apos;%2&apos; in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="111"/>
        <source>run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/WorkspaceReports.cpp" line="116"/>
        <source>%1: no verification run %2 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>auditbench_cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="48"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="53"/>
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
        <location filename="../app/cli/QueryCommand.cpp" line="56"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="67"/>
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
        <location filename="../app/cli/QueryCommand.cpp" line="54"/>
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
        <location filename="../app/cli/DemoDataCommand.cpp" line="70"/>
        <source>Write deterministic synthetic evidence for demos and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="26"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="37"/>
        <source>auditbench-cli verify: --end is before --start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="46"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected 64 hex digits (an hmac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="53"/>
        <source>auditbench-cli verify: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="62"/>
        <source>Keyring file with the HMAC keys (without it only linkage is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="13"/>
        <location filename="../app/cli/PackageCommand.cpp" line="32"/>
        <location filename="../app/cli/PackageCommand.cpp" line="35"/>
        <location filename="../app/cli/PackageCommand.cpp" line="37"/>
        <location filename="../app/cli/PackageCommand.cpp" line="39"/>
        <location filename="../app/cli/PackageCommand.cpp" line="42"/>
        <location filename="../app/cli/PdfCommand.cpp" line="32"/>
        <location filename="../app/cli/PdfCommand.cpp" line="35"/>
        <location filename="../app/cli/PdfCommand.cpp" line="46"/>
        <location filename="../app/cli/PdfCommand.cpp" line="58"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="62"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="99"/>
        <source>FILE</source>
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
        <location filename="../app/cli/ImportCommand.cpp" line="40"/>
        <location filename="../app/cli/ImportCommand.cpp" line="42"/>
        <source>%1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="45"/>
        <source>auditbench-cli import: %1 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="53"/>
        <source>Import evidence files into a workspace (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="63"/>
        <source>Start of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="39"/>
        <source>Only records of this framework (e.g. pci_dss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="39"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="41"/>
        <source>Only records with this action (e.g. block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="41"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="43"/>
        <source>Only records with one of these entity types (comma list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="44"/>
        <source>T1,T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="46"/>
        <source>Only records of this category (e.g. authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="46"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="47"/>
        <source>Only records at or after this instant (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="48"/>
        <location filename="../app/cli/QueryCommand.cpp" line="50"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="63"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="64"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="49"/>
        <source>Only records at or before this instant (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="51"/>
        <source>Only records whose user_id or user_email is U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="52"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="54"/>
        <source>Only records whose JSON contains S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="56"/>
        <source>At most N records (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="58"/>
        <source>Skip the first K matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="58"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="59"/>
        <source>Print only the number of matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="62"/>
        <source>Output: json (an array of the records as imported, default), ndjson or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="63"/>
        <source>json|ndjson|csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="67"/>
        <source>Prints the gateway audit records of a workspace that match the filters of the platform&apos;s audit-log API, ordered by timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="91"/>
        <source>auditbench-cli query: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="104"/>
        <source>auditbench-cli query: --%1 &apos;%2&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="112"/>
        <source>auditbench-cli query: --format &apos;%1&apos;: expected json, ndjson or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="168"/>
        <source>Query a workspace&apos;s gateway audit records with the audit-log API&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="64"/>
        <source>End of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="65"/>
        <source>The hmac the first record must link to (e.g. last period&apos;s head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="65"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="66"/>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="66"/>
        <source>The head hmac noted from an earlier verification (detects truncation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="67"/>
        <source>List at most N errors (default 1000); error_count counts all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="74"/>
        <source>auditbench-cli verify: give either --workspace or FILEs, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="98"/>
        <source>Verify the gateway records a workspace holds (instead of FILEs) and store the run there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="98"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="99"/>
        <source>Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="16"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="100"/>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="103"/>
        <source>Verifies an exported audit log&apos;s HMAC chain offline and prints the result as JSON.
Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, 2 unusable input or arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="115"/>
        <source>auditbench-cli verify: expected at least one FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="90"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="128"/>
        <source>auditbench-cli verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="136"/>
        <source>Verify the HMAC chain of audit export files (or of a workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>auditbench-cli: expected a COMMAND (see auditbench-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="53"/>
        <source>
Run &apos;auditbench-cli COMMAND --help&apos; for a command&apos;s options; --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
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
        <location filename="../app/cli/PackagesCommand.cpp" line="16"/>
        <location filename="../app/cli/PdfCommand.cpp" line="39"/>
        <location filename="../app/cli/PdfCommand.cpp" line="42"/>
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
        <location filename="../app/cli/CompareCommand.cpp" line="69"/>
        <source>Compare two compliance packages (re-performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LogCommand.cpp" line="17"/>
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
        <location filename="../app/cli/LogCommand.cpp" line="52"/>
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
        <source>Generates a compliance package for one agent from an agent runtime export (all audit entries, no cap) and prints its package id. With --workspace the package is stored in the workspace as an immutable version and the Monitoring answer cites the latest verification run of the export&apos;s chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="57"/>
        <source>auditbench-cli package: expected --agent ID (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="60"/>
        <source>auditbench-cli package: expected exactly one of --workspace W or --runtime-export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="80"/>
        <source>(unknown auditor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="101"/>
        <source>auditbench-cli package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackageCommand.cpp" line="110"/>
        <source>Generate an agent&apos;s compliance package from its runtime export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="16"/>
        <source>Only the packages of this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="12"/>
        <source>Lists the compliance packages stored in a workspace (generated here or imported from the platform), newest generated_at first, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PackagesCommand.cpp" line="43"/>
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
        <location filename="../app/cli/PdfCommand.cpp" line="34"/>
        <source>Chain verification result JSON (as &apos;verify&apos; prints) to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="38"/>
        <source>With --workspace: the stored compliance package to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="41"/>
        <source>With --workspace: the verification run to print (see &apos;runs&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="43"/>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="43"/>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="45"/>
        <source>Branding JSON (organisation, logo, accent_colour, footer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="49"/>
        <source>Without --workspace: who prints the report (PDF author; default: AUDITBENCH_USER or the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="51"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="53"/>
        <source>Package: verification status of the agent&apos;s audit trail: verified, linkage, errors or none (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="55"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="57"/>
        <source>Package: auditor verdicts JSON {answer key: {verdict, comment, by, at}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="62"/>
        <source>Prints a compliance package or a chain verification result as a branded PDF and reports its SHA-256 as JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="73"/>
        <source>auditbench-cli pdf: expected exactly one of --package-json, --verification-json, --package or --verification (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="76"/>
        <source>auditbench-cli pdf: --package and --verification need --workspace W; the JSON forms take none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="80"/>
        <source>auditbench-cli pdf: expected --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="89"/>
        <location filename="../app/cli/PdfCommand.cpp" line="115"/>
        <location filename="../app/cli/PdfCommand.cpp" line="169"/>
        <source>auditbench-cli pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="110"/>
        <source>auditbench-cli pdf: --verification &apos;%1&apos;: expected a run id (see &apos;runs&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="134"/>
        <source>auditbench-cli pdf: --trail-status &apos;%1&apos;: expected verified, linkage, errors or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="144"/>
        <location filename="../app/cli/PdfCommand.cpp" line="149"/>
        <source>auditbench-cli pdf: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="158"/>
        <source>auditbench-cli pdf: %1: expected a chain verification result as &apos;auditbench-cli verify&apos; prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PdfCommand.cpp" line="187"/>
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
        <location filename="../app/cli/WorkspaceCli.cpp" line="12"/>
        <source>auditbench-cli %1: expected --workspace W (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Offline workbench for AI-platform audit evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>The workspace to open (*.auditbench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Open the demo workspace (created on first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Where the demo evidence lives (default demo-data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Import FILE into the workspace after opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Save a picture of every page into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
