<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ab::ChainVerifier</name>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="84"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="195"/>
        <source>Parsing and authenticating records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="277"/>
        <source>Checking the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="358"/>
        <source>Event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="372"/>
        <source>malformed record (missing &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="377"/>
        <source>duplicate id &apos;%1&apos; with differing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="379"/>
        <source>sequence break (expected %1, got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="386"/>
        <location filename="../core/chain/ChainVerifier.cpp" line="388"/>
        <source>previous_hmac mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="392"/>
        <source>unknown hmac_key_id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="394"/>
        <source>HMAC mismatch (expected &apos;%1...&apos;, got &apos;%2...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="412"/>
        <source>Chain head mismatch (expected &apos;%1...&apos;, got &apos;%2...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/ChainVerifier.cpp" line="433"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::ExportReader</name>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="68"/>
        <source>expected a record object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="99"/>
        <source>duplicate member name &quot;%1&quot;: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="165"/>
        <source>expected a JSON array, a page object or NDJSON records, found no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="180"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="185"/>
        <source>expected &apos;[&apos; or &apos;{&apos; (a JSON array, a page object or NDJSON records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/ExportReader.cpp" line="205"/>
        <source>expected a record object or a page object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::JsonDiagnostics</name>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="24"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="25"/>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="26"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="27"/>
        <source>expected &apos;,&apos; between values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="28"/>
        <source>expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="29"/>
        <source>expected more input after a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="30"/>
        <source>expected a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="31"/>
        <source>expected a valid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="32"/>
        <source>expected valid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="33"/>
        <source>expected &apos;&quot;&apos; to close the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="34"/>
        <source>expected an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="35"/>
        <source>expected at most 1024 levels of nesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="36"/>
        <source>document too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="37"/>
        <source>expected end of input after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="71"/>
        <source>expected an escaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/JsonDiagnostics.cpp" line="75"/>
        <source>invalid JSON (%1)</source>
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
        <location filename="../core/chain/Keyring.cpp" line="137"/>
        <source>duplicate member name: expected each name once per object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="146"/>
        <source>expected a keyring object {&quot;keys&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="158"/>
        <source>expected &quot;keys&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="165"/>
        <source>expected a key object {&quot;id&quot;: ..., &quot;secret&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="178"/>
        <source>expected &quot;id&quot; to be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="184"/>
        <source>expected &quot;secret&quot; to be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="195"/>
        <source>expected an &quot;id&quot; member in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="197"/>
        <source>expected a &quot;secret&quot; member in key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="199"/>
        <source>duplicate key id &apos;%1&apos;: expected each id once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chain/Keyring.cpp" line="204"/>
        <source>expected a &quot;keys&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="11"/>
        <source>AuditBench %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="12"/>
        <source>Open a workspace or drop audit exports here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ab::SourceText</name>
    <message>
        <location filename="../core/json/SourceText.cpp" line="92"/>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="115"/>
        <source>byte %1: truncated gzip data: expected more compressed input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="121"/>
        <source>byte %1: corrupt gzip data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="129"/>
        <source>byte %1: expected end of file after the first gzip member, found %2 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="139"/>
        <source>invalid UTF-8 byte 0x%1: expected UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/json/SourceText.cpp" line="149"/>
        <source>cannot open file: %1</source>
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
        <location filename="../app/cli/DemoDataCommand.cpp" line="9"/>
        <source>Directory to write the evidence into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="9"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="10"/>
        <source>Number of gateway audit records (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="10"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="57"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="11"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="11"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="13"/>
        <source>Writes deterministic synthetic evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="15"/>
        <source>auditbench-cli demo-data: not implemented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="22"/>
        <source>Write deterministic synthetic evidence for demos and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="23"/>
        <source>auditbench-cli verify: --%1 &apos;%2&apos;: expected an RFC 3339 timestamp such as 2025-01-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="34"/>
        <source>auditbench-cli verify: --end is before --start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="43"/>
        <source>auditbench-cli verify: --max-errors &apos;%1&apos;: expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="52"/>
        <source>Keyring file with the HMAC keys (without it only linkage is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="52"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="64"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="53"/>
        <source>Start of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="53"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="54"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="54"/>
        <source>End of the examination period (RFC 3339, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="55"/>
        <source>The hmac the first record must link to (e.g. last period&apos;s head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="55"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="56"/>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="56"/>
        <source>The head hmac noted from an earlier verification (detects truncation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="57"/>
        <source>List at most N errors (default 1000); error_count counts all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="64"/>
        <source>Audit export files forming one chain (JSON array, page objects, NDJSON; gzip accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="65"/>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="68"/>
        <source>Verifies an exported audit log&apos;s HMAC chain offline and prints the result as JSON.
Exit status: 0 valid with MACs verified, 1 errors found, 3 valid linkage without a keyring, 2 unusable input or arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="78"/>
        <source>auditbench-cli verify: expected at least one FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="91"/>
        <source>auditbench-cli verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="99"/>
        <source>Verify the HMAC chain of audit export files (or of a workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23"/>
        <source>Usage: auditbench-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>
Run &apos;auditbench-cli COMMAND --help&apos; for a command&apos;s options; --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>auditbench-cli: unknown command &apos;%1&apos; (see auditbench-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
