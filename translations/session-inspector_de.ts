<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicSaver</name>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="20"/>
        <source>Not a file path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="26"/>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="30"/>
        <source>Can&apos;t create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="37"/>
        <source>Can&apos;t write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="41"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="46"/>
        <source>Saving %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="31"/>
        <source>Spawned first</source>
        <translation type="unfinished">Zuerst gestartet</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="34"/>
        <source>Setup completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="35"/>
        <source>Outputs completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="36"/>
        <source>working on its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="38"/>
        <source>Configured</source>
        <translation type="unfinished">Konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="39"/>
        <source>Analysis started</source>
        <translation type="unfinished">Analyse begonnen</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="45"/>
        <source>Notes, then JSON</source>
        <translation type="unfinished">Erst Notizen, dann JSON</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="46"/>
        <source>Completed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="47"/>
        <source>worker_failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="58"/>
        <source>Notes file in place</source>
        <translation type="unfinished">Notizdatei vorhanden</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="59"/>
        <source>Response file in place</source>
        <translation type="unfinished">Antwortdatei vorhanden</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="67"/>
        <source>Notes valid</source>
        <translation type="unfinished">Notizen gültig</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="68"/>
        <source>Response valid</source>
        <translation type="unfinished">Antwort gültig</translation>
    </message>
</context>
<context>
    <name>CitationFormat</name>
    <message>
        <location filename="../models/editing/citation.cpp" line="81"/>
        <source>EVENTS.jsonl has no line %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/citation.cpp" line="83"/>
        <location filename="../models/editing/citation.cpp" line="86"/>
        <source>Line %1 of EVENTS.jsonl is not a JSON event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/citation.cpp" line="89"/>
        <source>Line %1 of EVENTS.jsonl now holds %2 by %3 at %4, not the cited %5 by %6 at %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="35"/>
        <source>Raw line</source>
        <translation>Rohzeile</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="49"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="62"/>
        <source>&lt;b&gt;%1&lt;/b&gt; line %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="65"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="69"/>
        <source>no timestamp: placed by file order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="71"/>
        <source>unreadable timestamp: placed by file order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="73"/>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="75"/>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="75"/>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="77"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="77"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="82"/>
        <source>The file changed on disk since this line was read; it is being reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="87"/>
        <source>(details too deeply nested or not readable as JSON: see the raw line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="90"/>
        <source>… (%1 more bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticModel</name>
    <message>
        <location filename="../models/doctor/diagnosticmodel.cpp" line="143"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/doctor/diagnosticmodel.cpp" line="144"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/doctor/diagnosticmodel.cpp" line="145"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../models/doctor/diagnosticmodel.cpp" line="146"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../models/doctor/diagnosticmodel.cpp" line="147"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../models/doctor/diagnosticmodel.cpp" line="148"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>DiagnosticSink</name>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="33"/>
        <source>%1 more like this not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="41"/>
        <source>Show one rule only</source>
        <translation>Nur eine Regel zeigen</translation>
    </message>
    <message>
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="42"/>
        <source>Show one worker only</source>
        <translation>Nur einen Worker zeigen</translation>
    </message>
    <message>
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="80"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="96"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="97"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="98"/>
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="114"/>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="115"/>
        <source>All workers</source>
        <translation>Alle Worker</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../ui/editing/diffview.cpp" line="16"/>
        <source>Compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/diffview.cpp" line="47"/>
        <source>The file on disk and your text are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/diffview.cpp" line="48"/>
        <source>Left numbers: file on disk. Right numbers: your text. %n line(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/diffview.cpp" line="50"/>
        <source>Reload From Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/diffview.cpp" line="51"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>DoctorFeature</name>
    <message>
        <location filename="../ui/doctor/doctorfeature.cpp" line="31"/>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <location filename="../ui/doctor/doctorfeature.cpp" line="44"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/doctor/doctorfeature.cpp" line="45"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/doctor/doctorfeature.cpp" line="137"/>
        <source>Checked as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorRules</name>
    <message>
        <location filename="../models/doctor/layoutrule.cpp" line="18"/>
        <source>the session has no %1 (the %2 generation creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/layoutrule.cpp" line="31"/>
        <source>the session has no folder %1/ (the %2 generation creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/outputpresencerule.cpp" line="28"/>
        <source>%1 wrote no notes (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/outputpresencerule.cpp" line="38"/>
        <source>%1 wrote no JSON response (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="25"/>
        <source>STATE.json says %1 is completed, but the log has no worker_completed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="27"/>
        <source>STATE.json says %1 failed, but the log has no worker_failed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="29"/>
        <source>the log says %1 completed, but STATE.json says &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="31"/>
        <source>the log says %1 failed, but STATE.json says &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrule.cpp" line="18"/>
        <source>the last line has no newline: it was read as it is, but a writer may have stopped mid-line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBuffer</name>
    <message>
        <location filename="../models/editing/documentbuffer.cpp" line="57"/>
        <source>The file is not valid UTF-8; saving would replace the undecodable bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/documentbuffer.cpp" line="63"/>
        <source>The file contains NUL bytes, which the editor can&apos;t keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="201"/>
        <source>Read-only: only notes and responses are edited in Session Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="225"/>
        <source>Only notes and responses can be created from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="338"/>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="339"/>
        <source>These documents have unsaved changes:

%1

Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="347"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>EditorFindBar</name>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="18"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="19"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="23"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="24"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="26"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="28"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="30"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="32"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="34"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorfindbar.cpp" line="102"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/editorfindbar.cpp" line="131"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="113"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="130"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="139"/>
        <source>%1 is too large to edit (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="144"/>
        <source>Can&apos;t open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="178"/>
        <source>you don&apos;t have permission to write this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="199"/>
        <source>The file is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="211"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="229"/>
        <source>Can&apos;t reload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="243"/>
        <source>Keeping your edits: saving will overwrite the newer file on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="263"/>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="264"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="433"/>
        <source>Reloaded: the file changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorsFeature</name>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="29"/>
        <source>Insert Citation to Selected Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="30"/>
        <source>Open File Announced by Selected Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="53"/>
        <source>New Worker Notes from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="54"/>
        <source>New Worker Response from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="55"/>
        <source>Save Document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="68"/>
        <source>The selected event announces no notes or response file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="73"/>
        <source>Recover Unsaved Edits…</source>
        <translation>Ungesicherte Änderungen wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="153"/>
        <source>Create File</source>
        <translation>Datei anlegen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="154"/>
        <source>%1 does not exist. Create it from the worker&apos;s template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="162"/>
        <source>Can&apos;t Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="183"/>
        <source>Open a session first.</source>
        <translation>Bitte zuerst eine Sitzung öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="202"/>
        <source>New Worker Notes</source>
        <translation>Neue Worker-Notizen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="202"/>
        <source>New Worker Response</source>
        <translation>Neue Worker-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="203"/>
        <source>Worker:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="208"/>
        <source>Can&apos;t Create</source>
        <translation>Anlegen nicht möglich</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="56"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="62"/>
        <location filename="../ui/session/eventfilterbar.cpp" line="110"/>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="63"/>
        <location filename="../ui/session/eventfilterbar.cpp" line="111"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="64"/>
        <location filename="../ui/session/eventfilterbar.cpp" line="112"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="67"/>
        <source>Filter text (Ctrl+F)</source>
        <translation>Text filtern (Strg+F)</translation>
    </message>
</context>
<context>
    <name>EventLogRules</name>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="140"/>
        <source>event without required field(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="142"/>
        <source>timestamp is not ISO-8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="145"/>
        <source>events must not carry a &quot;session_id&quot; key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="149"/>
        <source>event type &quot;%1&quot; carries the worker prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="152"/>
        <source>details.action &quot;%1&quot; carries the worker prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="169"/>
        <source>debug entry without required field(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="173"/>
        <source>level &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="178"/>
        <source>timestamp is not in the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="181"/>
        <source>message is longer than 1000 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="257"/>
        <source>No readable timestamp: placed by file order (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="267"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="268"/>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="291"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="291"/>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="292"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="293"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="294"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="295"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ExternalChangeBanner</name>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="10"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="11"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="12"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="22"/>
        <source>Replace your edits with the file on disk (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="23"/>
        <source>Keep your edits; saving will overwrite the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="44"/>
        <source>%1 was changed on disk, and you have unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="52"/>
        <source>%1 was deleted or moved on disk. Saving will write it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../ui/session/fileviewer.cpp" line="23"/>
        <source>Can&apos;t read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/fileviewer.cpp" line="31"/>
        <source>
… (%1 MB more not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../ui/session/filespanel.cpp" line="39"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/session/filespanel.cpp" line="40"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/session/filespanel.cpp" line="41"/>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../ui/session/filespanel.cpp" line="42"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/session/filespanel.cpp" line="43"/>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="165"/>
        <source>The document contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="130"/>
        <source>Nested deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="72"/>
        <source>Duplicate key &quot;%1&quot;: formatting would drop one of its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="87"/>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="176"/>
        <source>Can&apos;t format: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonInsertMissing</name>
    <message>
        <location filename="../models/editing/jsoninsertmissing.cpp" line="141"/>
        <source>Can&apos;t insert keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="36"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="141"/>
        <source>%1&apos;s first event is &quot;%2&quot;, not worker_spawned (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="86"/>
        <location filename="../models/doctor/lifecyclerules.cpp" line="161"/>
        <source>%1 never logged %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="87"/>
        <source>%1 never logged %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="193"/>
        <source>%1 comes before %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="204"/>
        <source>%1 logged &quot;%2&quot; after %3 (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="234"/>
        <source>%1 was silent for %2 before this event (limit 5 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadReportPanel</name>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="32"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="40"/>
        <source>no timestamp</source>
        <translation>kein Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="42"/>
        <source>unreadable timestamp</source>
        <translation>unlesbarer Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="44"/>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="46"/>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="46"/>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="48"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="48"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="52"/>
        <source>%1:%2: kept, but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="58"/>
        <source>… and more (see session-inspector summary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="168"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="209"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="211"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="215"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="216"/>
        <source>Open a session, a sessions folder or a project</source>
        <translation>Eine Sitzung, einen Sitzungsordner oder ein Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="223"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="225"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="232"/>
        <source>&amp;Close Document</source>
        <translation>Dokument &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="242"/>
        <source>&amp;Filter Events…</source>
        <translation>Ereignisse &amp;filtern…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="247"/>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="249"/>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="259"/>
        <source>&amp;About Session Inspector</source>
        <translation>Ü&amp;ber Session Inspector</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="260"/>
        <source>About Session Inspector</source>
        <translation>Über Session Inspector</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="261"/>
        <source>&lt;h3&gt;Session Inspector %1&lt;/h3&gt;&lt;p&gt;Inspect, validate and run multi-agent worker sessions.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;&lt;p&gt;Log file:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="264"/>
        <source>(none: logging to stderr only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="266"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="278"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="280"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="297"/>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="302"/>
        <source>%1 events · %2 debug entries · %3 bad lines</source>
        <translation>%1 Ereignisse · %2 Debug-Einträge · %3 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="304"/>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="306"/>
        <source> · loaded in %1 ms</source>
        <translation> · geladen in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="321"/>
        <source>%1 — Session Inspector</source>
        <translation>%1 — Session Inspector</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="334"/>
        <source>Load cancelled: showing what was read</source>
        <translation>Laden abgebrochen: das bisher Gelesene wird gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="334"/>
        <source>Loaded %1 in %2 ms</source>
        <translation>%1 in %2 ms geladen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="384"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="386"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="388"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="390"/>
        <source>Load Report</source>
        <translation>Ladebericht</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="402"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="527"/>
        <source>Can&apos;t open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="546"/>
        <source>No sessions in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="561"/>
        <source>The sample session could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../ui/editing/noteseditor.cpp" line="44"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../ui/editing/noteseditor.cpp" line="48"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/editing/noteseditor.cpp" line="52"/>
        <source>Insert Missing Headings</source>
        <translation>Fehlende Überschriften einfügen</translation>
    </message>
</context>
<context>
    <name>NotesValidator</name>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="86"/>
        <source>%1 bytes is over the %2 MB limit for notes; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="90"/>
        <source>the notes file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="106"/>
        <source>no level-1 title (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="127"/>
        <source>missing section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="133"/>
        <source>section &quot;%1&quot; should come after &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="141"/>
        <source>the session id is still the placeholder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="145"/>
        <source>notes name session &quot;%1&quot;, but this is session &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="150"/>
        <source>the timestamp is still the placeholder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="154"/>
        <source>&quot;%1&quot; is not an ISO-8601 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="159"/>
        <source>section &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="181"/>
        <source>the template&apos;s instruction is still here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="190"/>
        <source>template placeholder %1 left in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="226"/>
        <source>template placeholder &quot;%1&quot; left in the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="14"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="15"/>
        <source>Insert All Missing</source>
        <translation>Alle fehlenden einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="17"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="21"/>
        <source>Insert the selected missing heading where the template puts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="41"/>
        <source>Insert Heading Here</source>
        <translation>Überschrift hier einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="60"/>
        <source>Required by the template but missing: double-click to insert it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="62"/>
        <source>Line %1 (not in the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="64"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="21"/>
        <source>Preferences — Runners</source>
        <translation>Einstellungen — Runner</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="25"/>
        <source>Claude Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="26"/>
        <source>Python CLI</source>
        <translation>Python-CLI</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="27"/>
        <source>Framework 3-phase (cli.py --setup, the program, cli.py --output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="28"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="30"/>
        <source>a name found in PATH, or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="31"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="33"/>
        <source>Choose the program</source>
        <translation>Programm auswählen</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="38"/>
        <source>Placeholders: %1. Each expands inside ONE argument; [group] is left out when a placeholder in it is empty; &apos;quotes&apos; keep spaces. No shell is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="45"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="46"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="47"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="56"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="57"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="58"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="59"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="74"/>
        <source>Runs at once (others wait in the queue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="78"/>
        <source>Detect per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="81"/>
        <source>Framework &amp;generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="167"/>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="179"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="202"/>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="204"/>
        <source>Two profiles are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="213"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolChecklist</name>
    <message>
        <location filename="../ui/doctor/protocolchecklist.cpp" line="10"/>
        <source>Worker / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/doctor/protocolchecklist.cpp" line="10"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/protocolchecklist.cpp" line="38"/>
        <source>%n step(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="24"/>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="18"/>
        <source>Recover Unsaved Edits</source>
        <translation>Ungesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="20"/>
        <source>Session Inspector ended before these edits were saved. Restore them into an editor (nothing is written to the files until you save), or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="25"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="25"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="25"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="25"/>
        <source>On disk</source>
        <translation>Auf der Platte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/recoverydialog.cpp" line="31"/>
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="33"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="34"/>
        <source>changed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="35"/>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="45"/>
        <source>Restore Checked</source>
        <translation>Markierte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="46"/>
        <source>Discard Checked</source>
        <translation>Markierte verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="47"/>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../models/editing/recoverystore.cpp" line="71"/>
        <source>Can&apos;t create the recovery folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseEditor</name>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="36"/>
        <location filename="../ui/editing/responseeditor.cpp" line="202"/>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="37"/>
        <source>Pretty-print, keeping key order and values (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="40"/>
        <location filename="../ui/editing/responseeditor.cpp" line="201"/>
        <source>Insert Missing Keys</source>
        <translation>Fehlende Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="41"/>
        <source>Add the keys the template requires, with values of the right type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="43"/>
        <source>Quick Fix…</source>
        <translation>Schnellkorrektur…</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="44"/>
        <source>Fixes for the problem at the cursor (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="73"/>
        <source>The template&apos;s schema can&apos;t be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="113"/>
        <source>Can&apos;t format (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="114"/>
        <source>Can&apos;t format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="139"/>
        <source>Can&apos;t insert missing keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="144"/>
        <source>No required key is missing.</source>
        <translation>Kein Pflichtschlüssel fehlt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/responseeditor.cpp" line="145"/>
        <source>Added %n key(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="196"/>
        <source>%1: change to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="222"/>
        <source>Change %1 to</source>
        <comment>enum quick fix</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseValidator</name>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="109"/>
        <source>%1 bytes is over the %2 MB limit for responses; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="113"/>
        <source>the response file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="140"/>
        <source>the response names %1 &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="145"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="146"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="151"/>
        <source>not validated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="172"/>
        <source>template placeholder &quot;%1&quot; left as a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="183"/>
        <source>template placeholder left as a value: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="185"/>
        <source>the template&apos;s example entry is still here (&quot;%1&quot;): fill it in or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="187"/>
        <source>the template&apos;s example id &quot;%1&quot; is still here: fill the entry in or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="189"/>
        <source>&quot;TBD&quot; left as a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <location filename="../ui/runs/runconsole.cpp" line="30"/>
        <source>Search the console (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runconsole.cpp" line="88"/>
        <source>No console log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runconsole.cpp" line="140"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="26"/>
        <source>Run Worker</source>
        <translation>Worker starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="28"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="40"/>
        <source>What the worker should do</source>
        <translation>Was der Worker tun soll</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="43"/>
        <source>One focus area per line</source>
        <translation>Ein Schwerpunkt pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="46"/>
        <source>One success criterion per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="53"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="54"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="59"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="61"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="64"/>
        <source>Pass --agent &lt;worker&gt; (ignored in -p mode by some versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="78"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="78"/>
        <source>(none found)</source>
        <translation>(keine gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="79"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="80"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="81"/>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="82"/>
        <source>&amp;Focus areas:</source>
        <translation>&amp;Schwerpunkte:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="83"/>
        <source>Success &amp;criteria:</source>
        <translation>&amp;Erfolgskriterien:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="84"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="85"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="86"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="87"/>
        <source>Permission mode:</source>
        <translation>Berechtigungsmodus:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="89"/>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="90"/>
        <source>Prompt file:</source>
        <translation>Prompt-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="93"/>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="179"/>
        <source>No sessions folder to create the new session in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="216"/>
        <source>%1 (the queen&apos;s, read only):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="217"/>
        <source>%1: absent; the run creates it with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="151"/>
        <source>%1 in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="186"/>
        <source>running (detached)</source>
        <translation>läuft (abgekoppelt)</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="206"/>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="229"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="230"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="231"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="232"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="233"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="234"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="235"/>
        <source>Exit</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="236"/>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="237"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="238"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>RunPrompt</name>
    <message>
        <location filename="../models/runs/runprompt.cpp" line="131"/>
        <location filename="../models/runs/runprompt.cpp" line="148"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runprompt.cpp" line="136"/>
        <location filename="../models/runs/runprompt.cpp" line="156"/>
        <location filename="../models/runs/runprompt.cpp" line="160"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProvenance</name>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="310"/>
        <source>No session to record the run in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="318"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunResolver</name>
    <message>
        <location filename="../models/runs/runspec.cpp" line="107"/>
        <source>The session id &quot;%1&quot; is not a single safe path component (no &apos;/&apos;, &apos;\&apos;, &apos;..&apos;, control characters, or leading &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="111"/>
        <source>The session folder does not match the session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="113"/>
        <source>The session folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="121"/>
        <source>The worker type &quot;%1&quot; is not valid (letters, digits, &apos;-&apos; and &apos;_&apos; only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="124"/>
        <source>Unknown worker &quot;%1&quot;: not a known type and no .claude/agents/%1.md in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="127"/>
        <source>The task is empty.</source>
        <translation>Die Aufgabe ist leer.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="129"/>
        <source>The timeout cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="131"/>
        <source>The project folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="134"/>
        <source>The framework&apos;s CLI %1/cli.py does not exist (the 3-phase profile needs the 2025-09-13 framework in the project&apos;s .claude/ folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="145"/>
        <source>The session is of the %1 generation; the framework&apos;s 3-phase workflow (cli.py --setup/--output) exists only in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="150"/>
        <source>The framework rejects the session id &quot;%1&quot; (it must match %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="177"/>
        <source>The profile &quot;%1&quot; names no program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="182"/>
        <source>Program not found: %1 (not an executable file, nor in PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="238"/>
        <source>1 setup (cli.py --setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="239"/>
        <source>2 work (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="241"/>
        <source>3 output (cli.py --output)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSessionLayout</name>
    <message>
        <location filename="../models/runs/runsessionlayout.cpp" line="23"/>
        <source>Cannot create the session folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runsessionlayout.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runsessionlayout.cpp" line="42"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStates</name>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="33"/>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="34"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="35"/>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="36"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="37"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="38"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="39"/>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
</context>
<context>
    <name>RunTemplate</name>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="181"/>
        <source>Optional groups [...] cannot be nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="194"/>
        <source>Unbalanced quote in the argument template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="198"/>
        <source>Unclosed [ in the argument template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="222"/>
        <source>Unknown placeholder {%1} in the argument template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTranscriptView</name>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="26"/>
        <source>No transcript: the run prints no stream-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="87"/>
        <source>(subagent) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="90"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="99"/>
        <source>◀ tool error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="99"/>
        <source>◀ tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="103"/>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../models/runs/runner.cpp" line="75"/>
        <source>Timeout of %1 s reached; stopping the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="83"/>
        <source>The runner printed its result but did not exit within %1 s; ending its process group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="185"/>
        <location filename="../models/runs/runner.cpp" line="238"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="190"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="249"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="270"/>
        <source>Started %1 (pid %2) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="280"/>
        <source>The program could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="329"/>
        <source>Setup did not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="386"/>
        <source>%1 logged no %2 during the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="389"/>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="391"/>
        <source>%1 logged %2; both outputs exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="393"/>
        <source>The worker did not finish: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/runs/runner.cpp" line="464"/>
        <source>%n process(es) of the run were still running after it exited; ending them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="564"/>
        <source>Claude Code did not list the agent %1 at start-up (agents: %2); --agent may have been ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="608"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="616"/>
        <source>Cancel requested.</source>
        <translation>Abbruch angefordert.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="626"/>
        <source>Left running when the inspector quit (detached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="669"/>
        <source>Still running after SIGINT; sending SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="670"/>
        <source>Still running after SIGTERM; sending SIGKILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="701"/>
        <source>No output and no session event for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="738"/>
        <source>Processes still alive after SIGKILL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="747"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="751"/>
        <source>Timed out after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="316"/>
        <location filename="../models/runs/runner.cpp" line="765"/>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="765"/>
        <source>Exited with code 0.</source>
        <translation>Mit Code 0 beendet.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="319"/>
        <location filename="../models/runs/runner.cpp" line="754"/>
        <source>The program crashed or was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="321"/>
        <location filename="../models/runs/runner.cpp" line="490"/>
        <source>Exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="756"/>
        <source>Step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="762"/>
        <source>(one phase of the framework&apos;s CLI only: use the &quot;framework 3-phase&quot; profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="776"/>
        <source>(ended after the result: it did not exit by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="783"/>
        <source>Run ended: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsFeature</name>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="50"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="52"/>
        <source>Run worker…</source>
        <translation>Worker starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="54"/>
        <source>Launch a worker on the session (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="60"/>
        <source>Runner &amp;Preferences…</source>
        <translation>Runner-&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="66"/>
        <source>Run Worker…</source>
        <translation>Worker starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="117"/>
        <source>Run worker</source>
        <translation>Worker starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="150"/>
        <source>Runs are going</source>
        <translation>Es laufen noch Läufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runsfeature.cpp" line="151"/>
        <source>%n run(s) are still running or queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="153"/>
        <source>Cancel Runs and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="154"/>
        <source>Leave Running and Quit</source>
        <translation>Weiterlaufen lassen und beenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="156"/>
        <source>Left running, a run keeps writing its output to workers/runs/ in its session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="42"/>
        <source>Run worker…</source>
        <translation>Worker starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="44"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="45"/>
        <source>SIGINT to the run&apos;s process group, then SIGTERM and SIGKILL after 5 s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="49"/>
        <source>Claude Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="50"/>
        <source>Open Claude Code&apos;s own transcript of this run (~/.claude/projects/…/&lt;session_id&gt;.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="58"/>
        <source>Select a Claude Code run and press &quot;Claude Transcript&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="65"/>
        <source>No WORKER_OUTPUT_JSON block captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="70"/>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="71"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="72"/>
        <source>Output JSON</source>
        <translation>Ausgabe-JSON</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="73"/>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="74"/>
        <source>Claude transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="225"/>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="229"/>
        <source>Transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="231"/>
        <source>Not found (Claude Code writes it under the HOME the run had).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="234"/>
        <source>Subagent:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="235"/>
        <source>Session %1, Claude Code %2, model %3, %4 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="237"/>
        <source>Tokens: %1 in, %2 out, %3 cache write, %4 cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="239"/>
        <source>Tool calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="245"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="246"/>
        <source>  (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="304"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="305"/>
        <source>Run:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="306"/>
        <source>State:        %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="307"/>
        <source>Worker:       %1 on session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="308"/>
        <source>Profile:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="309"/>
        <source>Template:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="310"/>
        <source>Program:      %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="314"/>
        <source>Command:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="315"/>
        <source>Working dir:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="316"/>
        <source>Environment:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="317"/>
        <source>Prompt file:  %1 (sha256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="318"/>
        <source>Queen prompt: %1 (sha256 %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="319"/>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="320"/>
        <source>, created by this run because it was absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="320"/>
        <source>, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="322"/>
        <source>Protocol:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="324"/>
        <source>Claude:       session %1, transcript %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="326"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="327"/>
        <source>Queued:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="328"/>
        <source>Started:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="329"/>
        <source>Ended:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="330"/>
        <source>Duration:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="331"/>
        <source>Process:      pid %1, group %2, exit %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="333"/>
        <source>Result:       %1, %2 turns, %3, cost %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="335"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="337"/>
        <source>Warning:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspanel.cpp" line="339"/>
        <source>Left alive:   %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="340"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../models/core/safefile.cpp" line="26"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="27"/>
        <source>%1 is not a regular file (a FIFO, a device or a folder): not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="29"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="30"/>
        <source>%1 is too large: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="82"/>
        <location filename="../models/core/safefile.cpp" line="120"/>
        <source>%1 is larger than %2 bytes: not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCreator</name>
    <message>
        <location filename="../models/session/sessioncreator.cpp" line="20"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessioncreator.cpp" line="72"/>
        <location filename="../models/session/sessioncreator.cpp" line="80"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDoctor</name>
    <message>
        <location filename="../models/doctor/sessiondoctor.cpp" line="49"/>
        <source>no session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/sessiondoctor.cpp" line="62"/>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/outputrules.h" line="23"/>
        <source>notes belong in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/outputrules.h" line="24"/>
        <source>the response belongs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/outputrules.h" line="65"/>
        <source> (the worker has not finished yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="130"/>
        <source>scanning…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="140"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="150"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="151"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="153"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="154"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="155"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="156"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../models/session/sessionlistmodel.cpp" line="157"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="91"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="150"/>
        <source>Session:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="151"/>
        <source>Path:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="152"/>
        <source>Status:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="152"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="154"/>
        <source>Protocol: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="155"/>
        <source>Task:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="155"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="156"/>
        <source>Events:   %1   debug entries: %2   bad lines: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="158"/>
        <source>Time:     %1 .. %2 (%3 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="159"/>
        <source>Agents:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="162"/>
        <source>Types:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="166"/>
        <source>Bad lines:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="175"/>
        <source>  ... and %1 more (summary --json lists them all)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsBrowser</name>
    <message>
        <location filename="../ui/session/sessionsbrowser.cpp" line="23"/>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <location filename="../ui/session/sessionsbrowser.cpp" line="49"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>StateJsonUpdater</name>
    <message>
        <location filename="../models/runs/statejsonupdater.cpp" line="81"/>
        <source>%1 could not be read as a JSON object; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/statejsonupdater.cpp" line="92"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamJsonParser</name>
    <message>
        <location filename="../models/runs/streamjsonparser.cpp" line="109"/>
        <source>model %1 · %2 tools · agents: %3 · permission mode %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/runs/streamjsonparser.cpp" line="112"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="35"/>
        <source>NUL byte at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="52"/>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="127"/>
        <source>no usable worker name in the front matter or the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="171"/>
        <source>no ```markdown block with a notes outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="180"/>
        <source>the ```json example at line %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="188"/>
        <source>no ```json block with an example response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="199"/>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="233"/>
        <location filename="../models/templates/templateimporter.cpp" line="266"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRegistry</name>
    <message>
        <location filename="../models/templates/templateregistry.cpp" line="185"/>
        <source>no framework templates for %1 (looked for %2 and %3): its outputs are not checked against a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/templateregistry.cpp" line="188"/>
        <source>no template found, not even the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="19"/>
        <source>Worker type</source>
        <translation>Worker-Typ</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="19"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="19"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="19"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="29"/>
        <source>Response schema</source>
        <translation>Antwortschema</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="30"/>
        <source>Notes outline</source>
        <translation>Notizgliederung</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="31"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="50"/>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <location filename="../ui/doctor/templatesview.cpp" line="73"/>
        <location filename="../ui/doctor/templatesview.cpp" line="75"/>
        <source>(none: the next template in line provides it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="115"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="116"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="127"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="129"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="131"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="133"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="134"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="33"/>
        <source>size %1x%2 is out of range (200x100 to 20000x20000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="40"/>
        <location filename="../models/timeline/timelineexport.cpp" line="68"/>
        <source>can&apos;t write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="49"/>
        <source>can&apos;t encode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="55"/>
        <source>Session timeline</source>
        <translation>Sitzungs-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="59"/>
        <source>can&apos;t write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="65"/>
        <source>unsupported format &apos;%1&apos; (use .png or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFeature</name>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="25"/>
        <source>Stalls</source>
        <translation>Stillstände</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="48"/>
        <source>Export &amp;Timeline…</source>
        <translation>&amp;Zeitleiste exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="54"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="55"/>
        <source>&amp;Fit Session</source>
        <translation>Ganze &amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="56"/>
        <source>Zoom &amp;Back</source>
        <translation>Zoom &amp;zurück</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="59"/>
        <source>Zoom &amp;Forward</source>
        <translation>Zoom &amp;vor</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="63"/>
        <source>&amp;Dim Filtered-Out Events (Otherwise Hide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="67"/>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="125"/>
        <location filename="../ui/timeline/timelinefeature.cpp" line="134"/>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="126"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="134"/>
        <source>The timeline could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <location filename="../models/timeline/timelinelayout.cpp" line="311"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinelayout.cpp" line="312"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinelayout.cpp" line="313"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinelayout.cpp" line="314"/>
        <source>stalled</source>
        <translation>hängt</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="172"/>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="173"/>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="174"/>
        <source>lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="175"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="176"/>
        <source>coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="177"/>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="307"/>
        <source>silent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="145"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="157"/>
        <source>1 tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="158"/>
        <source>%1 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="196"/>
        <source>%1 ev · %2 dbg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="218"/>
        <source>Whole session</source>
        <translation>Ganze Sitzung</translation>
    </message>
</context>
<context>
    <name>TimelineStallsPanel</name>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="15"/>
        <source>No stalls: every active worker showed a sign of life at least every 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="25"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="25"/>
        <source>Silent from (UTC)</source>
        <translation>Still seit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="25"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="27"/>
        <source>Stalls</source>
        <translation>Stillstände</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="48"/>
        <source> (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/timelinewidget.cpp" line="38"/>
        <source>Event timeline</source>
        <translation>Ereignis-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget.cpp" line="39"/>
        <location filename="../ui/timeline/timelinewidget.cpp" line="133"/>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget.cpp" line="142"/>
        <source>Indexing %1 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget.cpp" line="160"/>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelinewidget.cpp" line="252"/>
        <source>%n new event(s) →</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="359"/>
        <source> (time estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="361"/>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="371"/>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="460"/>
        <source>%n more in this pixel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="405"/>
        <source>Claude Code tool calls: %1 · runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="407"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="409"/>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="441"/>
        <source>tokens: %1 input · %2 output · %3 cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="411"/>
        <source>cost of the calls: ≈ $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="418"/>
        <source>&lt;b&gt;%1&lt;/b&gt; silent for %2&lt;br/&gt;%3 – %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="421"/>
        <source> (still silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="431"/>
        <source>Claude Code tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="433"/>
        <source>(failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="436"/>
        <source>subagent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="438"/>
        <source>no result (%1 until the transcript ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="444"/>
        <source>cost: ≈ $%1 (its share of the run&apos;s cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="445"/>
        <source>cost: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="447"/>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="468"/>
        <source>Fit Session</source>
        <translation>Ganze Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="469"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="471"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="474"/>
        <source>Dim Filtered-Out Events (Otherwise Hide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="478"/>
        <source>Times in UTC</source>
        <translation>Zeiten in UTC</translation>
    </message>
</context>
<context>
    <name>WorkerTemplate</name>
    <message>
        <location filename="../models/templates/template.cpp" line="125"/>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location filename="../models/templates/template.cpp" line="126"/>
        <source>user folder</source>
        <translation>Benutzerordner</translation>
    </message>
    <message>
        <location filename="../models/templates/template.cpp" line="127"/>
        <source>project .claude/agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/template.cpp" line="128"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../models/templates/template.cpp" line="129"/>
        <source>framework templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export-timeline</name>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="55"/>
        <source>Render a session&apos;s timeline to a PNG or SVG file without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="59"/>
        <source>Output file (.png or .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="61"/>
        <source>Picture size, default 1600x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="64"/>
        <source>Start of the time range (ISO-8601, UTC unless a zone is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="66"/>
        <source>End of the time range (ISO-8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="68"/>
        <source>Session folder.</source>
        <translation>Sitzungsordner.</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="78"/>
        <source>%1: the output must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="84"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="91"/>
        <source>%1: no session there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="104"/>
        <source>the debug log is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_exporttimeline.cpp" line="117"/>
        <source>%n entries with times far outside the session (one at %1) are left out of the picture; --from/--to include them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="132"/>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="136"/>
        <source>--from/--to want ISO-8601 times with --from before --to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Inspect multi-agent worker sessions.

Headless commands: summary, validate, export-timeline, run (see &apos;session-inspector COMMAND --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>A session folder, a sessions folder or a project root.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nlohmann</name>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="74"/>
        <source>the session has no STATE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="80"/>
        <source>STATE.json is larger than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="92"/>
        <source>STATE.json is empty</source>
        <translation>STATE.json ist leer</translation>
    </message>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="99"/>
        <source>STATE.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../app/cmd_summary.cpp" line="21"/>
        <source>Summarise a session: events, agents, types, bad lines.
PATH may be a session, a sessions folder or a project root (then every session is summarised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_summary.cpp" line="26"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_summary.cpp" line="28"/>
        <source>Framework generation: auto (default), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_summary.cpp" line="31"/>
        <source>Session folder, sessions folder or project root.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <location filename="../app/cmd_validate.cpp" line="24"/>
        <source>Check sessions against the worker protocol and the workers&apos; templates.
PATH may be a session, a sessions folder or a project root (then every session is checked).
Exit status: 0 no error, 1 at least one error, 2 a path can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="30"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="32"/>
        <source>Worker definitions folder (default: .claude/agents above the session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="35"/>
        <source>Templates folder: &lt;type&gt;.schema.json and &lt;type&gt;.outline.md, or the framework&apos;s &lt;w&gt;_notes_template.md and &lt;w&gt;_output_template.json (a templates folder, agents/pydantic_ai or .claude/agents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="40"/>
        <source>Framework generation: auto (default), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="43"/>
        <source>Session folder, sessions folder or project root.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
