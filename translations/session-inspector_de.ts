<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicSaver</name>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="20"/>
        <source>Not a file path: %1</source>
        <translation>Kein Dateipfad: %1</translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="26"/>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="30"/>
        <source>Can&apos;t create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="37"/>
        <source>Can&apos;t write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="41"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/core/atomicsaver.cpp" line="46"/>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="31"/>
        <source>Spawned first</source>
        <translation>Zuerst gestartet</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="34"/>
        <source>Setup completed</source>
        <translation>Setup abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="35"/>
        <source>Outputs completed</source>
        <translation>Ausgaben abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="36"/>
        <source>working on its files</source>
        <translation>arbeitet an seinen Dateien</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="38"/>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="39"/>
        <source>Analysis started</source>
        <translation>Analyse begonnen</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="45"/>
        <source>Notes, then JSON</source>
        <translation>Erst Notizen, dann JSON</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="46"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="47"/>
        <source>worker_failed</source>
        <translation>worker_failed</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="58"/>
        <source>Notes file in place</source>
        <translation>Notizdatei vorhanden</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="59"/>
        <source>Response file in place</source>
        <translation>Antwortdatei vorhanden</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="67"/>
        <source>Notes valid</source>
        <translation>Notizen gültig</translation>
    </message>
    <message>
        <location filename="../models/doctor/checklist.cpp" line="68"/>
        <source>Response valid</source>
        <translation>Antwort gültig</translation>
    </message>
</context>
<context>
    <name>CitationFormat</name>
    <message>
        <location filename="../models/editing/citation.cpp" line="81"/>
        <source>EVENTS.jsonl has no line %1 any more.</source>
        <translation>EVENTS.jsonl hat keine Zeile %1 mehr.</translation>
    </message>
    <message>
        <location filename="../models/editing/citation.cpp" line="83"/>
        <location filename="../models/editing/citation.cpp" line="86"/>
        <source>Line %1 of EVENTS.jsonl is not a JSON event.</source>
        <translation>Zeile %1 von EVENTS.jsonl ist kein JSON-Ereignis.</translation>
    </message>
    <message>
        <location filename="../models/editing/citation.cpp" line="89"/>
        <source>Line %1 of EVENTS.jsonl now holds %2 by %3 at %4, not the cited %5 by %6 at %7.</source>
        <translation>Zeile %1 von EVENTS.jsonl enthält jetzt %2 von %3 um %4, nicht das zitierte %5 von %6 um %7.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; Zeile %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="65"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="69"/>
        <source>no timestamp: placed by file order</source>
        <translation>kein Zeitstempel: nach Dateireihenfolge eingeordnet</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="71"/>
        <source>unreadable timestamp: placed by file order</source>
        <translation>unlesbarer Zeitstempel: nach Dateireihenfolge eingeordnet</translation>
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
        <translation>Die Datei hat sich auf der Platte geändert, seit diese Zeile gelesen wurde; sie wird neu geladen.</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="87"/>
        <source>(details too deeply nested or not readable as JSON: see the raw line)</source>
        <translation>(Details zu tief verschachtelt oder nicht als JSON lesbar: siehe Rohzeile)</translation>
    </message>
    <message>
        <location filename="../ui/session/detailspane.cpp" line="90"/>
        <source>… (%1 more bytes)</source>
        <translation>… (%1 weitere Bytes)</translation>
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
        <translation>%1 weitere dieser Art nicht angezeigt</translation>
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
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="97"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="98"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/doctor/diagnosticspanel.cpp" line="114"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
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
        <translation>Vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/diffview.cpp" line="47"/>
        <source>The file on disk and your text are identical.</source>
        <translation>Die Datei auf der Platte und Ihr Text sind identisch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/diffview.cpp" line="48"/>
        <source>Left numbers: file on disk. Right numbers: your text. %n line(s) differ.</source>
        <translation>
            <numerusform>Linke Nummern: Datei auf der Platte. Rechte Nummern: Ihr Text. %n Zeile unterscheidet sich.</numerusform>
            <numerusform>Linke Nummern: Datei auf der Platte. Rechte Nummern: Ihr Text. %n Zeilen unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/diffview.cpp" line="50"/>
        <source>Reload From Disk</source>
        <translation>Von der Platte neu laden</translation>
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
        <translation>Geprüft als &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>DoctorRules</name>
    <message>
        <location filename="../models/doctor/layoutrule.cpp" line="24"/>
        <source>the session has no %1 (the %2 generation creates it)</source>
        <translation>der Sitzung fehlt %1 (die Generation %2 legt es an)</translation>
    </message>
    <message>
        <location filename="../models/doctor/layoutrule.cpp" line="45"/>
        <source>the folder %1/ cannot be read: %2; the outputs in it are not checked</source>
        <translation>der Ordner %1/ ist nicht lesbar: %2; die Ausgaben darin werden nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/doctor/layoutrule.cpp" line="23"/>
        <source>the session has no folder %1/ (the %2 generation creates it)</source>
        <translation>der Sitzung fehlt der Ordner %1/ (die Generation %2 legt ihn an)</translation>
    </message>
    <message>
        <location filename="../models/doctor/outputpresencerule.cpp" line="29"/>
        <source>%1 wrote no notes (expected %2)</source>
        <translation>%1 hat keine Notizen geschrieben (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../models/doctor/outputpresencerule.cpp" line="29"/>
        <source>%1 wrote no JSON response (expected %2)</source>
        <translation>%1 hat keine JSON-Antwort geschrieben (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="25"/>
        <source>STATE.json says %1 is completed, but the log has no worker_completed event</source>
        <translation>laut STATE.json ist %1 abgeschlossen, aber das Protokoll enthält kein worker_completed-Ereignis</translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="27"/>
        <source>STATE.json says %1 failed, but the log has no worker_failed event</source>
        <translation>laut STATE.json ist %1 fehlgeschlagen, aber das Protokoll enthält kein worker_failed-Ereignis</translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="29"/>
        <source>the log says %1 completed, but STATE.json says &quot;%2&quot;</source>
        <translation>laut Protokoll ist %1 abgeschlossen, aber STATE.json sagt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/statestatusrule.cpp" line="31"/>
        <source>the log says %1 failed, but STATE.json says &quot;%2&quot;</source>
        <translation>laut Protokoll ist %1 fehlgeschlagen, aber STATE.json sagt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrule.cpp" line="18"/>
        <source>the last line has no newline: it was read as it is, but a writer may have stopped mid-line</source>
        <translation>die letzte Zeile endet ohne Zeilenumbruch: sie wurde so gelesen, wie sie ist, aber ein Schreiber hat womöglich mitten in der Zeile aufgehört</translation>
    </message>
</context>
<context>
    <name>DocumentBuffer</name>
    <message>
        <location filename="../models/editing/documentbuffer.cpp" line="57"/>
        <source>The file is not valid UTF-8; saving would replace the undecodable bytes.</source>
        <translation>Die Datei ist kein gültiges UTF-8; beim Speichern würden die nicht dekodierbaren Bytes ersetzt.</translation>
    </message>
    <message>
        <location filename="../models/editing/documentbuffer.cpp" line="63"/>
        <source>The file contains NUL bytes, which the editor can&apos;t keep.</source>
        <translation>Die Datei enthält NUL-Bytes, die der Editor nicht erhalten kann.</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="201"/>
        <source>Read-only: only notes and responses are edited in Session Inspector.</source>
        <translation>Schreibgeschützt: In Session Inspector werden nur Notizen und Antworten bearbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorarea.cpp" line="225"/>
        <source>Only notes and responses can be created from a template.</source>
        <translation>Nur Notizen und Antworten können aus einer Vorlage angelegt werden.</translation>
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
        <translation>Diese Dokumente haben ungesicherte Änderungen:

%1

Vor dem Schließen speichern?</translation>
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
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="113"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="130"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="139"/>
        <source>%1 is too large to edit (%2 MB).</source>
        <translation>%1 ist zu groß zum Bearbeiten (%2 MB).</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="144"/>
        <source>Can&apos;t open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="178"/>
        <source>you don&apos;t have permission to write this file.</source>
        <translation>Sie haben keine Schreibberechtigung für diese Datei.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="199"/>
        <source>The file is open read-only: %1</source>
        <translation>Die Datei ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="211"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="229"/>
        <source>Can&apos;t reload %1: %2</source>
        <translation>%1 kann nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="243"/>
        <source>Keeping your edits: saving will overwrite the newer file on disk.</source>
        <translation>Ihre Änderungen bleiben erhalten: Speichern überschreibt die neuere Datei auf der Platte.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="263"/>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="264"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungesicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorpage.cpp" line="433"/>
        <source>Reloaded: the file changed on disk.</source>
        <translation>Neu geladen: Die Datei hat sich auf der Platte geändert.</translation>
    </message>
</context>
<context>
    <name>EditorsFeature</name>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="29"/>
        <source>Insert Citation to Selected Event</source>
        <translation>Zitat des ausgewählten Ereignisses einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="30"/>
        <source>Open File Announced by Selected Event</source>
        <translation>Vom ausgewählten Ereignis genannte Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="53"/>
        <source>New Worker Notes from Template…</source>
        <translation>Neue Worker-Notizen aus Vorlage…</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="54"/>
        <source>New Worker Response from Template…</source>
        <translation>Neue Worker-Antwort aus Vorlage…</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="55"/>
        <source>Save Document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <location filename="../ui/editing/editorsfeature.cpp" line="68"/>
        <source>The selected event announces no notes or response file.</source>
        <translation>Das ausgewählte Ereignis nennt keine Notiz- oder Antwortdatei.</translation>
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
        <translation>%1 existiert nicht. Aus der Vorlage des Workers anlegen?</translation>
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
        <translation>Ereignis ohne Pflichtfeld(er): %1</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="142"/>
        <source>timestamp is not ISO-8601</source>
        <translation>Zeitstempel ist nicht ISO-8601</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="145"/>
        <source>events must not carry a &quot;session_id&quot; key</source>
        <translation>Ereignisse dürfen keinen Schlüssel &quot;session_id&quot; enthalten</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="149"/>
        <source>event type &quot;%1&quot; carries the worker prefix</source>
        <translation>Ereignistyp &quot;%1&quot; trägt das Worker-Präfix</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="152"/>
        <source>details.action &quot;%1&quot; carries the worker prefix</source>
        <translation>details.action &quot;%1&quot; trägt das Worker-Präfix</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="169"/>
        <source>debug entry without required field(s): %1</source>
        <translation>Debug-Eintrag ohne Pflichtfeld(er): %1</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="173"/>
        <source>level &quot;%1&quot; is not one of %2</source>
        <translation>Stufe &quot;%1&quot; ist keine von %2</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="178"/>
        <source>timestamp is not in the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>Zeitstempel hat nicht die Form YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <location filename="../models/doctor/eventlogrules.cpp" line="181"/>
        <source>message is longer than 1000 characters</source>
        <translation>Meldung ist länger als 1000 Zeichen</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../models/session/eventtablemodel.cpp" line="257"/>
        <source>No readable timestamp: placed by file order (line %1)</source>
        <translation>Kein lesbarer Zeitstempel: nach Dateireihenfolge eingeordnet (Zeile %1)</translation>
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
        <translation>Ihre Änderungen durch die Datei auf der Platte ersetzen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="23"/>
        <source>Keep your edits; saving will overwrite the file on disk</source>
        <translation>Ihre Änderungen behalten; Speichern überschreibt die Datei auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="44"/>
        <source>%1 was changed on disk, and you have unsaved edits.</source>
        <translation>%1 wurde auf der Platte geändert, und Sie haben ungesicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/editing/externalchangebanner.cpp" line="52"/>
        <source>%1 was deleted or moved on disk. Saving will write it again.</source>
        <translation>%1 wurde auf der Platte gelöscht oder verschoben. Speichern schreibt die Datei neu.</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../ui/session/fileviewer.cpp" line="23"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/fileviewer.cpp" line="31"/>
        <source>
… (%1 MB more not shown)</source>
        <translation>
… (%1 MB mehr nicht angezeigt)</translation>
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
    <name>HistoryDatabase</name>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="119"/>
        <source>A PostgreSQL index is not available in this build; use a SQLite file.</source>
        <translation>Ein PostgreSQL-Index ist in dieser Version nicht verfügbar; verwenden Sie eine SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="127"/>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="133"/>
        <source>%1 is not a regular file, so it cannot hold the index.</source>
        <translation>%1 ist keine gewöhnliche Datei und kann daher den Index nicht aufnehmen.</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="138"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="198"/>
        <source>the file is shorter than its header says: it was cut off</source>
        <translation>die Datei ist kürzer, als ihr Kopf angibt: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="213"/>
        <source>it is not a Session Inspector index</source>
        <translation>sie ist kein Index von Session Inspector</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="218"/>
        <source>The index %1 was written by a newer Session Inspector (schema %2, this one knows %3); choose another index file or update.</source>
        <translation>Der Index %1 wurde von einem neueren Session Inspector geschrieben (Schema %2, dieser kennt %3); wählen Sie eine andere Indexdatei oder aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="258"/>
        <source>The index %1 cannot be read (%2) and cannot be moved aside to rebuild it.</source>
        <translation>Der Index %1 ist nicht lesbar (%2) und kann nicht beiseitegelegt werden, um ihn neu aufzubauen.</translation>
    </message>
    <message>
        <location filename="../models/history/historydatabase.cpp" line="261"/>
        <source>The index %1 could not be used (%2); it was moved to %3 and a new index is built.</source>
        <translation>Der Index %1 war nicht verwendbar (%2); er wurde nach %3 verschoben, und ein neuer Index wird aufgebaut.</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="52"/>
        <source>History</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="55"/>
        <source>Search All Sessions…</source>
        <translation>Alle Sitzungen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="73"/>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historyfeature.cpp" line="141"/>
        <source>%n session(s) indexed</source>
        <translation>
            <numerusform>%n Sitzung indiziert</numerusform>
            <numerusform>%n Sitzungen indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historyfeature.cpp" line="142"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historyfeature.cpp" line="143"/>
        <source>%n root(s)</source>
        <translation>
            <numerusform>%n Wurzelordner</numerusform>
            <numerusform>%n Wurzelordner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="145"/>
        <source>indexing cancelled: the rest is indexed next time</source>
        <translation>Indizierung abgebrochen: der Rest wird beim nächsten Mal indiziert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historyfeature.cpp" line="147"/>
        <source>%n read now</source>
        <translation>
            <numerusform>%n jetzt gelesen</numerusform>
            <numerusform>%n jetzt gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historyfeature.cpp" line="149"/>
        <source>%n read in part</source>
        <translation>
            <numerusform>%n nur teilweise gelesen</numerusform>
            <numerusform>%n nur teilweise gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="179"/>
        <source>Type a word to search for beside the filters.</source>
        <translation>Geben Sie neben den Filtern ein Wort ein, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="199"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="247"/>
        <source>That event is no longer in the session&apos;s log (line %1)</source>
        <translation>Dieses Ereignis steht nicht mehr im Protokoll der Sitzung (Zeile %1)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="274"/>
        <source>History Roots</source>
        <translation>Wurzelordner des Verlaufs</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="277"/>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="278"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="288"/>
        <source>Sessions under these folders (sessions folders, project roots) are indexed and searched.
Removing a folder removes its sessions from the index, not from the disk.</source>
        <translation>Sitzungen unter diesen Ordnern (Sitzungsordner, Projektstämme) werden indiziert und durchsucht.
Einen Ordner zu entfernen entfernt seine Sitzungen aus dem Index, nicht von der Platte.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyfeature.cpp" line="293"/>
        <source>Add a Sessions Folder or Project Root</source>
        <translation>Sitzungsordner oder Projektstamm hinzufügen</translation>
    </message>
</context>
<context>
    <name>HistoryIndexer</name>
    <message>
        <location filename="../models/history/historyindexer.cpp" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/history/historyindexer.cpp" line="163"/>
        <source>The index could not be written: %1</source>
        <translation>Der Index konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="44"/>
        <source>Search every session: words, &quot;a phrase&quot;, prefix*, NOT word, worker:, kind:, from:, to:</source>
        <translation>Alle Sitzungen durchsuchen: Wörter, &quot;eine Wortfolge&quot;, Präfix*, NOT Wort, worker:, kind:, from:, to:</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="45"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="46"/>
        <source>Best match first</source>
        <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="47"/>
        <source>Index now</source>
        <translation>Jetzt indizieren</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="48"/>
        <source>Bring the index up to date with every remembered root (unchanged sessions are not read again)</source>
        <translation>Den Index für alle gemerkten Wurzelordner aktualisieren (unveränderte Sitzungen werden nicht erneut gelesen)</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="51"/>
        <source>Roots…</source>
        <translation>Wurzelordner…</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="52"/>
        <source>The folders whose sessions are indexed</source>
        <translation>Die Ordner, deren Sitzungen indiziert werden</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="64"/>
        <source>Session / time</source>
        <translation>Sitzung / Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="64"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="64"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="64"/>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="64"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historypanel.cpp" line="153"/>
        <location filename="../ui/history/historypanel.cpp" line="157"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="155"/>
        <source>%1 hits in %2 sessions shown of %3 in all</source>
        <translation>%1 Treffer in %2 Sitzungen angezeigt, von insgesamt %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historypanel.cpp" line="157"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="174"/>
        <source>Indexing…</source>
        <translation>Indiziere…</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="182"/>
        <source>Indexing %1 of %2 sessions</source>
        <translation>Indiziere %1 von %2 Sitzungen</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <location filename="../models/history/historyquery.cpp" line="95"/>
        <source>A quotation mark is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/history/historyquery.cpp" line="123"/>
        <source>The filter %1: needs a value.</source>
        <translation>Der Filter %1: braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../models/history/historyquery.cpp" line="135"/>
        <source>Unknown kind &quot;%1&quot; (known: event, debug, notes, response, diagnostic, task).</source>
        <translation>Unbekannte Art „%1“ (bekannt: event, debug, notes, response, diagnostic, task).</translation>
    </message>
    <message>
        <location filename="../models/history/historyquery.cpp" line="144"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO time.</source>
        <translation>„%1“ ist weder ein Datum (JJJJ-MM-TT) noch eine ISO-Zeit.</translation>
    </message>
    <message>
        <location filename="../models/history/historyquery.cpp" line="185"/>
        <source>The range ends before it starts.</source>
        <translation>Der Bereich endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../models/history/historyquery.cpp" line="189"/>
        <source>NOT needs a word to search for beside it (&quot;deploy NOT staging&quot;).</source>
        <translation>NOT braucht daneben ein Wort, nach dem gesucht wird („deploy NOT staging“).</translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <location filename="../models/history/historysearch.cpp" line="71"/>
        <source>The search could not be run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/history/historysearch.cpp" line="84"/>
        <location filename="../models/history/historysearch.cpp" line="137"/>
        <source>There is nothing to search for: type a word.</source>
        <translation>Es gibt nichts zu suchen: Geben Sie ein Wort ein.</translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="165"/>
        <source>The document contains a NUL character.</source>
        <translation>Das Dokument enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="130"/>
        <source>Nested deeper than %1 levels.</source>
        <translation>Tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="72"/>
        <source>Duplicate key &quot;%1&quot;: formatting would drop one of its values.</source>
        <translation>Doppelter Schlüssel &quot;%1&quot;: Beim Formatieren ginge einer seiner Werte verloren.</translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="87"/>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../models/editing/jsonformatter.cpp" line="176"/>
        <source>Can&apos;t format: %1</source>
        <translation>Formatieren nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>JsonInsertMissing</name>
    <message>
        <location filename="../models/editing/jsoninsertmissing.cpp" line="141"/>
        <source>Can&apos;t insert keys: %1</source>
        <translation>Schlüssel können nicht eingefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="36"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="141"/>
        <source>%1&apos;s first event is &quot;%2&quot;, not worker_spawned (line %3)</source>
        <translation>das erste Ereignis von %1 ist &quot;%2&quot;, nicht worker_spawned (Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="86"/>
        <location filename="../models/doctor/lifecyclerules.cpp" line="161"/>
        <source>%1 never logged %2</source>
        <translation>%1 hat nie %2 protokolliert</translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="87"/>
        <source>%1 never logged %2 or %3</source>
        <translation>%1 hat nie %2 oder %3 protokolliert</translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="193"/>
        <source>%1 comes before %2 (line %3)</source>
        <translation>%1 kommt vor %2 (Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="204"/>
        <source>%1 logged &quot;%2&quot; after %3 (line %4)</source>
        <translation>%1 hat &quot;%2&quot; nach %3 protokolliert (Zeile %4)</translation>
    </message>
    <message>
        <location filename="../models/doctor/lifecyclerules.cpp" line="234"/>
        <source>%1 was silent for %2 before this event (limit 5 min)</source>
        <translation>%1 war vor diesem Ereignis %2 lang still (Grenze 5 min)</translation>
    </message>
</context>
<context>
    <name>LoadReportPanel</name>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="32"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
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
        <translation>%1:%2: übernommen, aber %3</translation>
    </message>
    <message>
        <location filename="../ui/session/loadreportpanel.cpp" line="58"/>
        <source>… and more (see session-inspector summary)</source>
        <translation>… und weitere (siehe session-inspector summary)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="86"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="127"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="128"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="129"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="133"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="134"/>
        <source>Open a session, a sessions folder or a project</source>
        <translation>Eine Sitzung, einen Sitzungsordner oder ein Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="141"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="143"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="150"/>
        <source>&amp;Close Document</source>
        <translation>Dokument &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="160"/>
        <source>&amp;Filter Events…</source>
        <translation>Ereignisse &amp;filtern…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="165"/>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="167"/>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="177"/>
        <source>&amp;About Session Inspector</source>
        <translation>Ü&amp;ber Session Inspector</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="178"/>
        <source>About Session Inspector</source>
        <translation>Über Session Inspector</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="179"/>
        <source>&lt;h3&gt;Session Inspector %1&lt;/h3&gt;&lt;p&gt;Inspect, validate and run multi-agent worker sessions.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;&lt;p&gt;Log file:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Session Inspector %1&lt;/h3&gt;&lt;p&gt;Multi-Agent-Worker-Sitzungen untersuchen, prüfen und ausführen.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;&lt;p&gt;Protokolldatei:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="182"/>
        <source>(none: logging to stderr only)</source>
        <translation>(keine: Protokollierung nur nach stderr)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="184"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="196"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="198"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="215"/>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="220"/>
        <source>%1 events · %2 debug entries · %3 bad lines</source>
        <translation>%1 Ereignisse · %2 Debug-Einträge · %3 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="222"/>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="224"/>
        <source> · loaded in %1 ms</source>
        <translation> · geladen in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="239"/>
        <source>%1 — Session Inspector</source>
        <translation>%1 — Session Inspector</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="252"/>
        <source>Load cancelled: showing what was read</source>
        <translation>Laden abgebrochen: das bisher Gelesene wird gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="252"/>
        <source>Loaded %1 in %2 ms</source>
        <translation>%1 in %2 ms geladen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="302"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="304"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="306"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="308"/>
        <source>Load Report</source>
        <translation>Ladebericht</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="320"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="394"/>
        <source>Can&apos;t open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="413"/>
        <source>No sessions in %1 yet</source>
        <translation>Noch keine Sitzungen in %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="428"/>
        <source>The sample session could not be installed: %1</source>
        <translation>Die Beispielsitzung konnte nicht installiert werden: %1</translation>
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
        <translation>%1 Bytes überschreiten die Grenze von %2 MB für Notizen; nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="90"/>
        <source>the notes file is empty</source>
        <translation>die Notizdatei ist leer</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="106"/>
        <source>no level-1 title (expected &quot;%1&quot;)</source>
        <translation>kein Titel der Ebene 1 (erwartet: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="127"/>
        <source>missing section &quot;%1&quot;</source>
        <translation>Abschnitt &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="133"/>
        <source>section &quot;%1&quot; should come after &quot;%2&quot;</source>
        <translation>Abschnitt &quot;%1&quot; sollte nach &quot;%2&quot; kommen</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="141"/>
        <source>the session id is still the placeholder &quot;%1&quot;</source>
        <translation>die Sitzungs-ID ist noch der Platzhalter &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="145"/>
        <source>notes name session &quot;%1&quot;, but this is session &quot;%2&quot;</source>
        <translation>die Notizen nennen die Sitzung &quot;%1&quot;, dies ist aber die Sitzung &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="150"/>
        <source>the timestamp is still the placeholder &quot;%1&quot;</source>
        <translation>der Zeitstempel ist noch der Platzhalter &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="154"/>
        <source>&quot;%1&quot; is not an ISO-8601 timestamp</source>
        <translation>&quot;%1&quot; ist kein ISO-8601-Zeitstempel</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="159"/>
        <source>section &quot;%1&quot; is empty</source>
        <translation>Abschnitt &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="181"/>
        <source>the template&apos;s instruction is still here: %1</source>
        <translation>die Anweisung der Vorlage steht noch da: %1</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="190"/>
        <source>template placeholder %1 left in the notes</source>
        <translation>Vorlagen-Platzhalter %1 in den Notizen übrig</translation>
    </message>
    <message>
        <location filename="../models/doctor/notesvalidator.cpp" line="226"/>
        <source>template placeholder &quot;%1&quot; left in the notes</source>
        <translation>Vorlagen-Platzhalter &quot;%1&quot; in den Notizen übrig</translation>
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
        <translation>Die ausgewählte fehlende Überschrift dort einfügen, wo die Vorlage sie vorsieht</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="41"/>
        <source>Insert Heading Here</source>
        <translation>Überschrift hier einfügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="60"/>
        <source>Required by the template but missing: double-click to insert it</source>
        <translation>Von der Vorlage verlangt, aber fehlend: Doppelklick fügt sie ein</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="62"/>
        <source>Line %1 (not in the template)</source>
        <translation>Zeile %1 (nicht in der Vorlage)</translation>
    </message>
    <message>
        <location filename="../ui/editing/outlinepane.cpp" line="64"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
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
        <translation>Claude Code</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="26"/>
        <source>Python CLI</source>
        <translation>Python-CLI</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="27"/>
        <source>Framework 3-phase (cli.py --setup, the program, cli.py --output)</source>
        <translation>Framework, 3 Phasen (cli.py --setup, das Programm, cli.py --output)</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="28"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="30"/>
        <source>a name found in PATH, or a path</source>
        <translation>ein Name aus PATH oder ein Pfad</translation>
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
        <translation>Platzhalter: %1. Jeder wird innerhalb EINES Arguments ersetzt; [Gruppe] entfällt, wenn ein Platzhalter darin leer ist; &apos;Anführungszeichen&apos; erhalten Leerzeichen. Es wird keine Shell verwendet.</translation>
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
        <translation>Gleichzeitige Läufe (weitere warten in der Warteschlange):</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="78"/>
        <source>Detect per session</source>
        <translation>Je Sitzung erkennen</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="81"/>
        <source>Framework &amp;generation:</source>
        <translation>Framework-&amp;Generation:</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="167"/>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="179"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="202"/>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="204"/>
        <source>Two profiles are named &quot;%1&quot;.</source>
        <translation>Zwei Profile heißen &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/runs/preferencesdialog.cpp" line="213"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProtocolChecklist</name>
    <message>
        <location filename="../ui/doctor/protocolchecklist.cpp" line="10"/>
        <source>Worker / step</source>
        <translation>Worker / Schritt</translation>
    </message>
    <message>
        <location filename="../ui/doctor/protocolchecklist.cpp" line="10"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/doctor/protocolchecklist.cpp" line="38"/>
        <source>%n step(s) failed</source>
        <translation>
            <numerusform>%n Schritt fehlgeschlagen</numerusform>
            <numerusform>%n Schritte fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session/eventfilterbar.cpp" line="24"/>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <translation>Session Inspector wurde beendet, bevor diese Änderungen gespeichert waren. Stellen Sie sie in einem Editor wieder her (in die Dateien wird erst beim Speichern geschrieben) oder verwerfen Sie sie.</translation>
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
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="33"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="34"/>
        <source>changed later</source>
        <translation>später geändert</translation>
    </message>
    <message>
        <location filename="../ui/editing/recoverydialog.cpp" line="35"/>
        <source>older</source>
        <translation>älter</translation>
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
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
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
        <translation>Schön formatieren, Reihenfolge der Schlüssel und Werte bleibt erhalten (Strg+Umschalt+I)</translation>
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
        <translation>Die von der Vorlage verlangten Schlüssel mit Werten des passenden Typs hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="43"/>
        <source>Quick Fix…</source>
        <translation>Schnellkorrektur…</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="44"/>
        <source>Fixes for the problem at the cursor (Ctrl+.)</source>
        <translation>Korrekturen für das Problem an der Cursorposition (Strg+.)</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="73"/>
        <source>The template&apos;s schema can&apos;t be used: %1</source>
        <translation>Das Schema der Vorlage ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="113"/>
        <source>Can&apos;t format (line %1, column %2): %3</source>
        <translation>Formatieren nicht möglich (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="114"/>
        <source>Can&apos;t format: %1</source>
        <translation>Formatieren nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="139"/>
        <source>Can&apos;t insert missing keys: %1</source>
        <translation>Fehlende Schlüssel können nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="144"/>
        <source>No required key is missing.</source>
        <translation>Kein Pflichtschlüssel fehlt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/responseeditor.cpp" line="145"/>
        <source>Added %n key(s): %1</source>
        <translation>
            <numerusform>%n Schlüssel hinzugefügt: %1</numerusform>
            <numerusform>%n Schlüssel hinzugefügt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="196"/>
        <source>%1: change to</source>
        <translation>%1: ändern in</translation>
    </message>
    <message>
        <location filename="../ui/editing/responseeditor.cpp" line="222"/>
        <source>Change %1 to</source>
        <comment>enum quick fix</comment>
        <translation>%1 ändern in</translation>
    </message>
</context>
<context>
    <name>ResponseValidator</name>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="109"/>
        <source>%1 bytes is over the %2 MB limit for responses; not checked</source>
        <translation>%1 Bytes überschreiten die Grenze von %2 MB für Antworten; nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="113"/>
        <source>the response file is empty</source>
        <translation>die Antwortdatei ist leer</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="140"/>
        <source>the response names %1 &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>die Antwort nennt %1 &quot;%2&quot;, erwartet: &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="145"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="146"/>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="151"/>
        <source>not validated: %1</source>
        <translation>nicht validiert: %1</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="172"/>
        <source>template placeholder &quot;%1&quot; left as a value</source>
        <translation>Vorlagen-Platzhalter &quot;%1&quot; als Wert übrig</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="183"/>
        <source>template placeholder left as a value: &quot;%1&quot;</source>
        <translation>Vorlagen-Platzhalter als Wert übrig: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="185"/>
        <source>the template&apos;s example entry is still here (&quot;%1&quot;): fill it in or remove it</source>
        <translation>der Beispieleintrag der Vorlage steht noch da (&quot;%1&quot;): ausfüllen oder entfernen</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="187"/>
        <source>the template&apos;s example id &quot;%1&quot; is still here: fill the entry in or remove it</source>
        <translation>die Beispiel-ID &quot;%1&quot; der Vorlage steht noch da: Eintrag ausfüllen oder entfernen</translation>
    </message>
    <message>
        <location filename="../models/doctor/responsevalidator.cpp" line="189"/>
        <source>&quot;TBD&quot; left as a value</source>
        <translation>&quot;TBD&quot; als Wert übrig</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <location filename="../ui/runs/runconsole.cpp" line="30"/>
        <source>Search the console (Enter: next, Shift+Enter: previous)</source>
        <translation>Konsole durchsuchen (Enter: weiter, Umschalt+Enter: zurück)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runconsole.cpp" line="88"/>
        <source>No console log: %1</source>
        <translation>Kein Konsolenprotokoll: %1</translation>
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
        <translation>Ein Erfolgskriterium pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="53"/>
        <source> s</source>
        <translation> s</translation>
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
        <translation>--agent &lt;worker&gt; übergeben (von manchen Versionen im -p-Modus ignoriert)</translation>
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
        <translation>Kein Sitzungsordner, in dem die neue Sitzung angelegt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="216"/>
        <source>%1 (the queen&apos;s, read only):
%2</source>
        <translation>%1 (von der Queen, nur lesend):
%2</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="217"/>
        <source>%1: absent; the run creates it with:
%2</source>
        <translation>%1: nicht vorhanden; der Lauf legt die Datei an mit:
%2</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="151"/>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="186"/>
        <source>running (detached)</source>
        <translation>läuft (abgekoppelt)</translation>
    </message>
    <message>
        <location filename="../models/runs/runlistmodel.cpp" line="206"/>
        <source>signal</source>
        <translation>Signal</translation>
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
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/runs/runprompt.cpp" line="136"/>
        <location filename="../models/runs/runprompt.cpp" line="156"/>
        <location filename="../models/runs/runprompt.cpp" line="160"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunProvenance</name>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="310"/>
        <source>No session to record the run in.</source>
        <translation>Keine Sitzung, in der der Lauf vermerkt werden kann.</translation>
    </message>
    <message>
        <location filename="../models/runs/runprovenance.cpp" line="318"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunResolver</name>
    <message>
        <location filename="../models/runs/runspec.cpp" line="107"/>
        <source>The session id &quot;%1&quot; is not a single safe path component (no &apos;/&apos;, &apos;\&apos;, &apos;..&apos;, control characters, or leading &apos;-&apos;).</source>
        <translation>Die Sitzungs-ID &quot;%1&quot; ist kein einzelner sicherer Pfadbestandteil (kein &apos;/&apos;, &apos;\&apos;, &apos;..&apos;, keine Steuerzeichen, kein führendes &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="111"/>
        <source>The session folder does not match the session id.</source>
        <translation>Der Sitzungsordner passt nicht zur Sitzungs-ID.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="113"/>
        <source>The session folder %1 does not exist.</source>
        <translation>Der Sitzungsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="121"/>
        <source>The worker type &quot;%1&quot; is not valid (letters, digits, &apos;-&apos; and &apos;_&apos; only).</source>
        <translation>Der Worker-Typ &quot;%1&quot; ist ungültig (nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;).</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="124"/>
        <source>Unknown worker &quot;%1&quot;: not a known type and no .claude/agents/%1.md in the project.</source>
        <translation>Unbekannter Worker &quot;%1&quot;: kein bekannter Typ und keine .claude/agents/%1.md im Projekt.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="127"/>
        <source>The task is empty.</source>
        <translation>Die Aufgabe ist leer.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="129"/>
        <source>The timeout cannot be negative.</source>
        <translation>Das Zeitlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="131"/>
        <source>The project folder %1 does not exist.</source>
        <translation>Der Projektordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="134"/>
        <source>The framework&apos;s CLI %1/cli.py does not exist (the 3-phase profile needs the 2025-09-13 framework in the project&apos;s .claude/ folder).</source>
        <translation>Die CLI des Frameworks %1/cli.py existiert nicht (das 3-Phasen-Profil braucht das Framework 2025-09-13 im Ordner .claude/ des Projekts).</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="145"/>
        <source>The session is of the %1 generation; the framework&apos;s 3-phase workflow (cli.py --setup/--output) exists only in %2.</source>
        <translation>Die Sitzung gehört zur Generation %1; den 3-Phasen-Ablauf des Frameworks (cli.py --setup/--output) gibt es nur in %2.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="150"/>
        <source>The framework rejects the session id &quot;%1&quot; (it must match %2).</source>
        <translation>Das Framework lehnt die Sitzungs-ID &quot;%1&quot; ab (sie muss %2 entsprechen).</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="177"/>
        <source>The profile &quot;%1&quot; names no program.</source>
        <translation>Das Profil &quot;%1&quot; nennt kein Programm.</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="182"/>
        <source>Program not found: %1 (not an executable file, nor in PATH).</source>
        <translation>Programm nicht gefunden: %1 (weder eine ausführbare Datei noch in PATH).</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="238"/>
        <source>1 setup (cli.py --setup)</source>
        <translation>1 Setup (cli.py --setup)</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="239"/>
        <source>2 work (%1)</source>
        <translation>2 Arbeit (%1)</translation>
    </message>
    <message>
        <location filename="../models/runs/runspec.cpp" line="241"/>
        <source>3 output (cli.py --output)</source>
        <translation>3 Ausgabe (cli.py --output)</translation>
    </message>
</context>
<context>
    <name>RunSessionLayout</name>
    <message>
        <location filename="../models/runs/runsessionlayout.cpp" line="23"/>
        <source>Cannot create the session folder %1</source>
        <translation>Der Sitzungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/runs/runsessionlayout.cpp" line="29"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/runs/runsessionlayout.cpp" line="42"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Optionale Gruppen [...] dürfen nicht verschachtelt sein.</translation>
    </message>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="194"/>
        <source>Unbalanced quote in the argument template.</source>
        <translation>Unausgeglichenes Anführungszeichen in der Argumentvorlage.</translation>
    </message>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="198"/>
        <source>Unclosed [ in the argument template.</source>
        <translation>Nicht geschlossene [ in der Argumentvorlage.</translation>
    </message>
    <message>
        <location filename="../models/runs/runprofile.cpp" line="222"/>
        <source>Unknown placeholder {%1} in the argument template.</source>
        <translation>Unbekannter Platzhalter {%1} in der Argumentvorlage.</translation>
    </message>
</context>
<context>
    <name>RunTranscriptView</name>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="26"/>
        <source>No transcript: the run prints no stream-json.</source>
        <translation>Kein Verlauf: Der Lauf gibt kein stream-json aus.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="87"/>
        <source>(subagent) </source>
        <translation>(Subagent) </translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="90"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="99"/>
        <source>◀ tool error</source>
        <translation>◀ Werkzeugfehler</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="99"/>
        <source>◀ tool result</source>
        <translation>◀ Werkzeugergebnis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtranscriptview.cpp" line="103"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>RunVerdict</name>
    <message>
        <location filename="../models/runs/runverdict.cpp" line="44"/>
        <source>%1 logged no %2 during the run</source>
        <translation>%1 hat während des Laufs kein %2 protokolliert</translation>
    </message>
    <message>
        <location filename="../models/runs/runverdict.cpp" line="47"/>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../models/runs/runverdict.cpp" line="50"/>
        <source>%1 logged %2; both outputs exist.</source>
        <translation>%1 hat %2 protokolliert; beide Ausgaben sind vorhanden.</translation>
    </message>
    <message>
        <location filename="../models/runs/runverdict.cpp" line="51"/>
        <source>The worker did not finish: %1.</source>
        <translation>Der Worker ist nicht fertig geworden: %1.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../models/runs/runner.cpp" line="78"/>
        <source>Timeout of %1 s reached; stopping the run.</source>
        <translation>Zeitlimit von %1 s erreicht; der Lauf wird beendet.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="86"/>
        <source>The runner printed its result but did not exit within %1 s; ending its process group.</source>
        <translation>Der Runner hat sein Ergebnis ausgegeben, sich aber nicht innerhalb von %1 s beendet; seine Prozessgruppe wird beendet.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="188"/>
        <location filename="../models/runs/runner.cpp" line="241"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="193"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="252"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="273"/>
        <source>Started %1 (pid %2) in %3</source>
        <translation>%1 gestartet (PID %2) in %3</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="283"/>
        <source>The program could not be started: %1</source>
        <translation>Das Programm konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="329"/>
        <source>Setup did not create %1.</source>
        <translation>Das Setup hat %1 nicht angelegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/runs/runner.cpp" line="429"/>
        <source>%n process(es) of the run were still running after it exited; ending them.</source>
        <translation>
            <numerusform>%n Prozess des Laufs lief nach dessen Ende noch; er wird beendet.</numerusform>
            <numerusform>%n Prozesse des Laufs liefen nach dessen Ende noch; sie werden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="529"/>
        <source>Claude Code did not list the agent %1 at start-up (agents: %2); --agent may have been ignored.</source>
        <translation>Claude Code hat den Agenten %1 beim Start nicht aufgeführt (Agenten: %2); --agent wurde womöglich ignoriert.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="573"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="581"/>
        <source>Cancel requested.</source>
        <translation>Abbruch angefordert.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="591"/>
        <source>Left running when the inspector quit (detached).</source>
        <translation>Beim Beenden des Inspectors weiterlaufen gelassen (abgekoppelt).</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="640"/>
        <source>Still running after SIGINT; sending SIGTERM.</source>
        <translation>Läuft nach SIGINT noch; sende SIGTERM.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="641"/>
        <source>Still running after SIGTERM; sending SIGKILL.</source>
        <translation>Läuft nach SIGTERM noch; sende SIGKILL.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="672"/>
        <source>No output and no session event for %1 s.</source>
        <translation>Seit %1 s keine Ausgabe und kein Sitzungsereignis.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="709"/>
        <source>Processes still alive after SIGKILL: %1</source>
        <translation>Prozesse nach SIGKILL noch aktiv: %1</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="718"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="722"/>
        <source>Timed out after %1 s.</source>
        <translation>Zeitlimit nach %1 s überschritten.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="319"/>
        <location filename="../models/runs/runner.cpp" line="736"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="736"/>
        <source>Exited with code 0.</source>
        <translation>Mit Code 0 beendet.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="322"/>
        <location filename="../models/runs/runner.cpp" line="725"/>
        <source>The program crashed or was killed.</source>
        <translation>Das Programm ist abgestürzt oder wurde beendet.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="324"/>
        <location filename="../models/runs/runner.cpp" line="455"/>
        <source>Exited with code %1.</source>
        <translation>Mit Code %1 beendet.</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="727"/>
        <source>Step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="733"/>
        <source>(one phase of the framework&apos;s CLI only: use the &quot;framework 3-phase&quot; profile)</source>
        <translation>(nur eine Phase der Framework-CLI: das Profil &quot;Framework, 3 Phasen&quot; verwenden)</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="747"/>
        <source>(ended after the result: it did not exit by itself)</source>
        <translation>(nach dem Ergebnis beendet: es hat sich nicht selbst beendet)</translation>
    </message>
    <message>
        <location filename="../models/runs/runner.cpp" line="754"/>
        <source>Run ended: %1 %2</source>
        <translation>Lauf beendet: %1 %2</translation>
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
        <translation>Einen Worker auf der Sitzung starten (Strg+R)</translation>
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
        <translation>
            <numerusform>%n Lauf läuft noch oder wartet.</numerusform>
            <numerusform>%n Läufe laufen noch oder warten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="153"/>
        <source>Cancel Runs and Quit</source>
        <translation>Läufe abbrechen und beenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="154"/>
        <source>Leave Running and Quit</source>
        <translation>Weiterlaufen lassen und beenden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsfeature.cpp" line="156"/>
        <source>Left running, a run keeps writing its output to workers/runs/ in its session.</source>
        <translation>Läuft ein Lauf weiter, schreibt er seine Ausgabe weiter nach workers/runs/ in seiner Sitzung.</translation>
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
        <translation>SIGINT an die Prozessgruppe des Laufs, danach SIGTERM und SIGKILL nach je 5 s</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="49"/>
        <source>Claude Transcript</source>
        <translation>Claude-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="50"/>
        <source>Open Claude Code&apos;s own transcript of this run (~/.claude/projects/…/&lt;session_id&gt;.jsonl)</source>
        <translation>Den eigenen Verlauf von Claude Code zu diesem Lauf öffnen (~/.claude/projects/…/&lt;session_id&gt;.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="58"/>
        <source>Select a Claude Code run and press &quot;Claude Transcript&quot;.</source>
        <translation>Einen Claude-Code-Lauf auswählen und &quot;Claude-Verlauf&quot; drücken.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="65"/>
        <source>No WORKER_OUTPUT_JSON block captured.</source>
        <translation>Kein WORKER_OUTPUT_JSON-Block erfasst.</translation>
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
        <translation>Claude-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="225"/>
        <source>Reading %1 …</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="229"/>
        <source>Transcript: %1</source>
        <translation>Verlauf:   %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="231"/>
        <source>Not found (Claude Code writes it under the HOME the run had).</source>
        <translation>Nicht gefunden (Claude Code schreibt ihn unter dem HOME, das der Lauf hatte).</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="234"/>
        <source>Subagent:   %1</source>
        <translation>Subagent:  %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="235"/>
        <source>Session %1, Claude Code %2, model %3, %4 lines</source>
        <translation>Sitzung %1, Claude Code %2, Modell %3, %4 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="237"/>
        <source>Tokens: %1 in, %2 out, %3 cache write, %4 cache read</source>
        <translation>Tokens: %1 ein, %2 aus, %3 Cache geschrieben, %4 Cache gelesen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="239"/>
        <source>Tool calls:</source>
        <translation>Werkzeugaufrufe:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="245"/>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="246"/>
        <source>  (error)</source>
        <translation>  (Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="304"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="305"/>
        <source>Run:          %1</source>
        <translation>Lauf:          %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="306"/>
        <source>State:        %1 %2</source>
        <translation>Zustand:       %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="307"/>
        <source>Worker:       %1 on session %2</source>
        <translation>Worker:        %1 auf Sitzung %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="308"/>
        <source>Profile:      %1 (%2)</source>
        <translation>Profil:        %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="309"/>
        <source>Template:     %1</source>
        <translation>Vorlage:       %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="310"/>
        <source>Program:      %1%2</source>
        <translation>Programm:      %1%2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="314"/>
        <source>Command:      %1</source>
        <translation>Befehl:        %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="315"/>
        <source>Working dir:  %1</source>
        <translation>Arbeitsordner: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="316"/>
        <source>Environment:  %1</source>
        <translation>Umgebung:      %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="317"/>
        <source>Prompt file:  %1 (sha256 %2)</source>
        <translation>Prompt-Datei:  %1 (sha256 %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="318"/>
        <source>Queen prompt: %1 (sha256 %2)%3</source>
        <translation>Queen-Prompt:  %1 (sha256 %2)%3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="319"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="320"/>
        <source>, created by this run because it was absent</source>
        <translation>, von diesem Lauf angelegt, weil sie fehlte</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="320"/>
        <source>, read only</source>
        <translation>, nur lesend</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="322"/>
        <source>Protocol:     %1</source>
        <translation>Protokoll:     %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="324"/>
        <source>Claude:       session %1, transcript %2</source>
        <translation>Claude:        Sitzung %1, Verlauf %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="326"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="327"/>
        <source>Queued:       %1</source>
        <translation>Eingereiht:    %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="328"/>
        <source>Started:      %1</source>
        <translation>Gestartet:     %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="329"/>
        <source>Ended:        %1</source>
        <translation>Beendet:       %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="330"/>
        <source>Duration:     %1</source>
        <translation>Dauer:         %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="331"/>
        <source>Process:      pid %1, group %2, exit %3 (%4)</source>
        <translation>Prozess:       PID %1, Gruppe %2, Exit %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="333"/>
        <source>Result:       %1, %2 turns, %3, cost %4</source>
        <translation>Ergebnis:      %1, %2 Runden, %3, Kosten %4</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="335"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="337"/>
        <source>Warning:      %1</source>
        <translation>Warnung:       %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspanel.cpp" line="339"/>
        <source>Left alive:   %n process(es)</source>
        <translation>
            <numerusform>Noch aktiv:    %n Prozess</numerusform>
            <numerusform>Noch aktiv:    %n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runspanel.cpp" line="340"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <location filename="../models/core/safefile.cpp" line="26"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="27"/>
        <source>%1 is not a regular file (a FIFO, a device or a folder): not read</source>
        <translation>%1 ist keine reguläre Datei (ein FIFO, ein Gerät oder ein Ordner): nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="29"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="30"/>
        <source>%1 is too large: not read</source>
        <translation>%1 ist zu groß: nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/core/safefile.cpp" line="82"/>
        <location filename="../models/core/safefile.cpp" line="120"/>
        <source>%1 is larger than %2 bytes: not read</source>
        <translation>%1 ist größer als %2 Bytes: nicht gelesen</translation>
    </message>
</context>
<context>
    <name>SessionCreator</name>
    <message>
        <location filename="../models/session/sessioncreator.cpp" line="20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/session/sessioncreator.cpp" line="72"/>
        <location filename="../models/session/sessioncreator.cpp" line="80"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SessionDoctor</name>
    <message>
        <location filename="../models/doctor/sessiondoctor.cpp" line="49"/>
        <source>no session folder</source>
        <translation>kein Sitzungsordner</translation>
    </message>
    <message>
        <location filename="../models/doctor/sessiondoctor.cpp" line="62"/>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location filename="../models/doctor/outputrules.h" line="23"/>
        <source>notes belong in %1</source>
        <translation>Notizen gehören nach %1</translation>
    </message>
    <message>
        <location filename="../models/doctor/outputrules.h" line="24"/>
        <source>the response belongs in %1</source>
        <translation>die Antwort gehört nach %1</translation>
    </message>
    <message>
        <location filename="../models/doctor/outputrules.h" line="65"/>
        <source> (the worker has not finished yet)</source>
        <translation> (der Worker ist noch nicht fertig)</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../models/session/sessionfiles.cpp" line="36"/>
        <source>a link that leads nowhere readable (%1)</source>
        <translation>ein Link, der auf nichts Lesbares zeigt (%1)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionfiles.cpp" line="40"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
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
        <location filename="../models/session/sessionsummary.cpp" line="95"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="242"/>
        <source>Session:  %1
</source>
        <translation>Sitzung:    %1
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="243"/>
        <source>Path:     %1
</source>
        <translation>Pfad:       %1
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="244"/>
        <source>Status:   %1
</source>
        <translation>Status:     %1
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="244"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="246"/>
        <source>Protocol: %1
</source>
        <translation>Protokoll:  %1
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="247"/>
        <source>Task:     %1
</source>
        <translation>Aufgabe:    %1
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="247"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="248"/>
        <source>Events:   %1   debug entries: %2   bad lines: %3
</source>
        <translation>Ereignisse: %1   Debug-Einträge: %2   fehlerhafte Zeilen: %3
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="250"/>
        <source>Time:     %1 .. %2 (%3 s)
</source>
        <translation>Zeit:       %1 .. %2 (%3 s)
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="251"/>
        <source>Agents:
</source>
        <translation>Agenten:
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="254"/>
        <source>Types:
</source>
        <translation>Typen:
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="258"/>
        <source>Bad lines:
</source>
        <translation>Fehlerhafte Zeilen:
</translation>
    </message>
    <message>
        <location filename="../models/session/sessionsummary.cpp" line="267"/>
        <source>  ... and %1 more (summary --json lists them all)
</source>
        <translation>  ... und %1 weitere (summary --json listet alle auf)
</translation>
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
        <translation>%1 konnte nicht als JSON-Objekt gelesen werden; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../models/runs/statejsonupdater.cpp" line="92"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StreamJsonParser</name>
    <message>
        <location filename="../models/runs/streamjsonparser.cpp" line="117"/>
        <source>model %1 · %2 tools · agents: %3 · permission mode %4</source>
        <translation>Modell %1 · %2 Werkzeuge · Agenten: %3 · Berechtigungsmodus %4</translation>
    </message>
    <message>
        <location filename="../models/runs/streamjsonparser.cpp" line="120"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="35"/>
        <source>NUL byte at offset %1</source>
        <translation>NUL-Byte an Position %1</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="52"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="127"/>
        <source>no usable worker name in the front matter or the file name</source>
        <translation>kein verwendbarer Worker-Name im Front Matter oder im Dateinamen</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="171"/>
        <source>no ```markdown block with a notes outline</source>
        <translation>kein ```markdown-Block mit einer Notizgliederung</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="180"/>
        <source>the ```json example at line %1 is not valid JSON: %2</source>
        <translation>das ```json-Beispiel in Zeile %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="188"/>
        <source>no ```json block with an example response</source>
        <translation>kein ```json-Block mit einer Beispielantwort</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="199"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../models/templates/templateimporter.cpp" line="233"/>
        <location filename="../models/templates/templateimporter.cpp" line="266"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>TemplateRegistry</name>
    <message>
        <location filename="../models/templates/templateregistry.cpp" line="185"/>
        <source>no framework templates for %1 (looked for %2 and %3): its outputs are not checked against a template</source>
        <translation>keine Framework-Vorlagen für %1 (gesucht: %2 und %3): seine Ausgaben werden nicht gegen eine Vorlage geprüft</translation>
    </message>
    <message>
        <location filename="../models/templates/templateregistry.cpp" line="188"/>
        <source>no template found, not even the built-in one</source>
        <translation>keine Vorlage gefunden, nicht einmal die eingebaute</translation>
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
        <translation>(keine: die nächste Vorlage in der Reihe liefert es)</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="115"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="116"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="127"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="129"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="131"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="133"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/timeline/timeaxis.cpp" line="134"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="33"/>
        <source>size %1x%2 is out of range (200x100 to 20000x20000)</source>
        <translation>Größe %1x%2 liegt außerhalb des Bereichs (200x100 bis 20000x20000)</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="40"/>
        <location filename="../models/timeline/timelineexport.cpp" line="68"/>
        <source>can&apos;t write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="49"/>
        <source>can&apos;t encode %1</source>
        <translation>%1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="55"/>
        <source>Session timeline</source>
        <translation>Sitzungs-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="59"/>
        <source>can&apos;t write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelineexport.cpp" line="65"/>
        <source>unsupported format &apos;%1&apos; (use .png or .svg)</source>
        <translation>nicht unterstütztes Format &apos;%1&apos; (.png oder .svg verwenden)</translation>
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
        <translation>Ausgefilterte Ereignisse &amp;abblenden (sonst ausblenden)</translation>
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
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinefeature.cpp" line="134"/>
        <source>The timeline could not be exported: %1</source>
        <translation>Die Zeitleiste konnte nicht exportiert werden: %1</translation>
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
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="173"/>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="174"/>
        <source>lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="175"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="176"/>
        <source>coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="177"/>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer.cpp" line="307"/>
        <source>silent %1</source>
        <translation>still %1</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="145"/>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="157"/>
        <source>1 tool</source>
        <translation>1 Werkzeug</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="158"/>
        <source>%1 tools</source>
        <translation>%1 Werkzeuge</translation>
    </message>
    <message>
        <location filename="../models/timeline/timelinerenderer_chrome.cpp" line="196"/>
        <source>%1 ev · %2 dbg</source>
        <translation>%1 Ereign. · %2 Debug</translation>
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
        <translation>Keine Stillstände: Jeder aktive Worker hat mindestens alle 5 Minuten ein Lebenszeichen gegeben.</translation>
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
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="27"/>
        <source>Stalls</source>
        <translation>Stillstände</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinestallspanel.cpp" line="48"/>
        <source> (ongoing)</source>
        <translation> (andauernd)</translation>
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
        <translation>Indiziere %1 Ereignisse…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget.cpp" line="160"/>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelinewidget.cpp" line="252"/>
        <source>%n new event(s) →</source>
        <translation>
            <numerusform>%n neues Ereignis →</numerusform>
            <numerusform>%n neue Ereignisse →</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="359"/>
        <source> (time estimated)</source>
        <translation> (Zeit geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="361"/>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="371"/>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="460"/>
        <source>%n more in this pixel</source>
        <translation>
            <numerusform>%n weiteres in diesem Pixel</numerusform>
            <numerusform>%n weitere in diesem Pixel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="405"/>
        <source>Claude Code tool calls: %1 · runs: %2</source>
        <translation>Claude-Code-Werkzeugaufrufe: %1 · Läufe: %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="407"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="409"/>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="441"/>
        <source>tokens: %1 input · %2 output · %3 cache</source>
        <translation>Tokens: %1 Eingabe · %2 Ausgabe · %3 Cache</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="411"/>
        <source>cost of the calls: ≈ $%1</source>
        <translation>Kosten der Aufrufe: ≈ $%1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="418"/>
        <source>&lt;b&gt;%1&lt;/b&gt; silent for %2&lt;br/&gt;%3 – %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 lang still&lt;br/&gt;%3 – %4%5</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="421"/>
        <source> (still silent)</source>
        <translation> (noch still)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="431"/>
        <source>Claude Code tool call</source>
        <translation>Claude-Code-Werkzeugaufruf</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="433"/>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="436"/>
        <source>subagent %1</source>
        <translation>Subagent %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="438"/>
        <source>no result (%1 until the transcript ends)</source>
        <translation>kein Ergebnis (%1 bis zum Ende des Verlaufs)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="444"/>
        <source>cost: ≈ $%1 (its share of the run&apos;s cost)</source>
        <translation>Kosten: ≈ $%1 (sein Anteil an den Kosten des Laufs)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="445"/>
        <source>cost: unknown</source>
        <translation>Kosten: unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinewidget_input.cpp" line="447"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
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
        <translation>Ausgefilterte Ereignisse abblenden (sonst ausblenden)</translation>
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
        <translation>Projekt .claude/agents</translation>
    </message>
    <message>
        <location filename="../models/templates/template.cpp" line="128"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../models/templates/template.cpp" line="129"/>
        <source>framework templates</source>
        <translation>Framework-Vorlagen</translation>
    </message>
</context>
<context>
    <name>export-timeline</name>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="55"/>
        <source>Render a session&apos;s timeline to a PNG or SVG file without a display.</source>
        <translation>Die Zeitleiste einer Sitzung ohne Bildschirm als PNG- oder SVG-Datei ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="59"/>
        <source>Output file (.png or .svg).</source>
        <translation>Ausgabedatei (.png oder .svg).</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="61"/>
        <source>Picture size, default 1600x900.</source>
        <translation>Bildgröße, Standard 1600x900.</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="64"/>
        <source>Start of the time range (ISO-8601, UTC unless a zone is given).</source>
        <translation>Beginn des Zeitbereichs (ISO-8601, UTC, sofern keine Zone angegeben ist).</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="66"/>
        <source>End of the time range (ISO-8601).</source>
        <translation>Ende des Zeitbereichs (ISO-8601).</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="68"/>
        <source>Session folder.</source>
        <translation>Sitzungsordner.</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="78"/>
        <source>%1: the output must end in .png or .svg</source>
        <translation>%1: Die Ausgabe muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="84"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1600x900</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="91"/>
        <source>%1: no session there</source>
        <translation>%1: dort ist keine Sitzung</translation>
    </message>
    <message>
        <location filename="../app/cmd_exporttimeline.cpp" line="104"/>
        <source>the debug log is left out: %1</source>
        <translation>das Debug-Protokoll wird ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmd_exporttimeline.cpp" line="117"/>
        <source>%n entries with times far outside the session (one at %1) are left out of the picture; --from/--to include them</source>
        <translation>
            <numerusform>%n Eintrag mit einer Zeit weit außerhalb der Sitzung (bei %1) wird im Bild ausgelassen; --from/--to schließen ihn ein</numerusform>
            <numerusform>%n Einträge mit Zeiten weit außerhalb der Sitzung (einer bei %1) werden im Bild ausgelassen; --from/--to schließen sie ein</numerusform>
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
        <translation>--from/--to erwarten ISO-8601-Zeiten, wobei --from vor --to liegt</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../app/historycli.cpp" line="10"/>
        <source>The index: a SQLite file (or sqlite:PATH). Default: %1.</source>
        <translation>Der Index: eine SQLite-Datei (oder sqlite:PFAD). Standard: %1.</translation>
    </message>
    <message>
        <location filename="../models/history/historyextractor.cpp" line="167"/>
        <source>The session could not be read.</source>
        <translation>Die Sitzung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../models/history/historyextractor.cpp" line="232"/>
        <source>Only the first %1 texts are searchable.</source>
        <translation>Nur die ersten %1 Texte sind durchsuchbar.</translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <location filename="../app/cmd_index.cpp" line="25"/>
        <source>Bring the history index up to date: every session under the roots (sessions folders, project roots, sessions).
Roots given are remembered; without any, the remembered roots are indexed again. Unchanged sessions are not read again.</source>
        <translation>Den Verlaufsindex aktualisieren: jede Sitzung unter den Wurzelordnern (Sitzungsordner, Projektstämme, Sitzungen).
Angegebene Wurzelordner werden gemerkt; ohne Angabe werden die gemerkten erneut indiziert. Unveränderte Sitzungen werden nicht erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cmd_index.cpp" line="31"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cmd_index.cpp" line="33"/>
        <source>Remove a remembered root and its sessions from the index.</source>
        <translation>Einen gemerkten Wurzelordner und seine Sitzungen aus dem Index entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cmd_index.cpp" line="34"/>
        <source>Print the remembered roots and exit.</source>
        <translation>Die gemerkten Wurzelordner ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cmd_index.cpp" line="36"/>
        <source>Sessions folder, project root or session.</source>
        <translation>Sitzungsordner, Projektstamm oder Sitzung.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Inspect multi-agent worker sessions.

Headless commands: summary, validate, export-timeline, run, index, search, stats (see &apos;session-inspector COMMAND --help&apos;).</source>
        <translation>Sitzungen von Multi-Agent-Workern untersuchen.

Befehle ohne Fenster: summary, validate, export-timeline, run, index, search, stats (siehe „session-inspector BEFEHL --help“).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>A session folder, a sessions folder or a project root.</source>
        <translation>Ein Sitzungsordner, ein Ordner mit Sitzungen oder ein Projektstamm.</translation>
    </message>
</context>
<context>
    <name>nlohmann</name>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="74"/>
        <source>the session has no STATE.json</source>
        <translation>die Sitzung hat keine STATE.json</translation>
    </message>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="80"/>
        <source>STATE.json is larger than 16 MB</source>
        <translation>STATE.json ist größer als 16 MB</translation>
    </message>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="92"/>
        <source>STATE.json is empty</source>
        <translation>STATE.json ist leer</translation>
    </message>
    <message>
        <location filename="../models/doctor/filerules.cpp" line="99"/>
        <source>STATE.json is not a JSON object</source>
        <translation>STATE.json ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../app/cmd_search.cpp" line="52"/>
        <source>Search every indexed session (see `index`): event details, notes, responses, diagnostics.
QUERY: words (all must occur), &quot;a phrase&quot;, prefix*, NOT word or -word, a OR b, and filters
worker:W project:P status:S kind:event|debug|notes|response|diagnostic|task from:YYYY-MM-DD to:YYYY-MM-DD.
Newest first; --rank for best first.</source>
        <translation>Jede indizierte Sitzung durchsuchen (siehe `index`): Ereignisdetails, Notizen, Antworten, Diagnosen.
ANFRAGE: Wörter (alle müssen vorkommen), &quot;eine Wortfolge&quot;, Präfix*, NOT Wort oder -Wort, a OR b, und Filter
worker:W project:P status:S kind:event|debug|notes|response|diagnostic|task from:JJJJ-MM-TT to:JJJJ-MM-TT.
Neueste zuerst; --rank für die besten Treffer zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cmd_search.cpp" line="60"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cmd_search.cpp" line="61"/>
        <source>At most N hits (default 50).</source>
        <translation>Höchstens N Treffer (Standard 50).</translation>
    </message>
    <message>
        <location filename="../app/cmd_search.cpp" line="63"/>
        <source>Skip the first N hits.</source>
        <translation>Die ersten N Treffer überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cmd_search.cpp" line="65"/>
        <source>Best match first instead of newest first.</source>
        <translation>Beste Treffer zuerst statt neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cmd_search.cpp" line="67"/>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../app/cmd_stats.cpp" line="22"/>
        <source>Count the indexed sessions (see `index`) by day, worker type, model or project: status, failures, stalls,
durations (median, p90), diagnostics, tokens and cost.</source>
        <translation>Die indizierten Sitzungen (siehe `index`) nach Tag, Worker-Typ, Modell oder Projekt zählen: Status, Fehlschläge, Stillstände,
Dauern (Median, p90), Diagnosen, Tokens und Kosten.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stats.cpp" line="28"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stats.cpp" line="29"/>
        <source>day (default), worker, model or project.</source>
        <translation>day (Standard), worker, model oder project.</translation>
    </message>
    <message>
        <location filename="../app/cmd_stats.cpp" line="31"/>
        <source>Sessions started on or after (YYYY-MM-DD or ISO time).</source>
        <translation>Sitzungen, die an oder nach diesem Zeitpunkt begannen (JJJJ-MM-TT oder ISO-Zeit).</translation>
    </message>
    <message>
        <location filename="../app/cmd_stats.cpp" line="32"/>
        <source>Sessions started on or before (YYYY-MM-DD or ISO time).</source>
        <translation>Sitzungen, die an oder vor diesem Zeitpunkt begannen (JJJJ-MM-TT oder ISO-Zeit).</translation>
    </message>
    <message>
        <location filename="../app/cmd_stats.cpp" line="33"/>
        <source>Only this project (repeatable).</source>
        <translation>Nur dieses Projekt (wiederholbar).</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../app/cmd_summary.cpp" line="23"/>
        <source>Summarise a session: events, agents, types, bad lines.
PATH may be a session, a sessions folder or a project root (then every session is summarised).</source>
        <translation>Eine Sitzung zusammenfassen: Ereignisse, Agenten, Typen, fehlerhafte Zeilen.
PATH kann eine Sitzung, ein Ordner mit Sitzungen oder ein Projektstamm sein (dann wird jede Sitzung zusammengefasst).</translation>
    </message>
    <message>
        <location filename="../app/cmd_summary.cpp" line="28"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cmd_summary.cpp" line="30"/>
        <source>Framework generation: auto (default), %1.</source>
        <translation>Framework-Generation: auto (Standard), %1.</translation>
    </message>
    <message>
        <location filename="../app/cmd_summary.cpp" line="33"/>
        <source>Session folder, sessions folder or project root.</source>
        <translation>Sitzungsordner, Ordner mit Sitzungen oder Projektstamm.</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <location filename="../app/cmd_validate.cpp" line="24"/>
        <source>Check sessions against the worker protocol and the workers&apos; templates.
PATH may be a session, a sessions folder or a project root (then every session is checked).
Exit status: 0 no error, 1 at least one error, 2 a path can&apos;t be read.</source>
        <translation>Sitzungen gegen das Worker-Protokoll und die Vorlagen der Worker prüfen.
PATH kann eine Sitzung, ein Ordner mit Sitzungen oder ein Projektstamm sein (dann wird jede Sitzung geprüft).
Exit-Status: 0 kein Fehler, 1 mindestens ein Fehler, 2 ein Pfad ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="30"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="32"/>
        <source>Worker definitions folder (default: .claude/agents above the session).</source>
        <translation>Ordner mit Worker-Definitionen (Standard: .claude/agents oberhalb der Sitzung).</translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="35"/>
        <source>Templates folder: &lt;type&gt;.schema.json and &lt;type&gt;.outline.md, or the framework&apos;s &lt;w&gt;_notes_template.md and &lt;w&gt;_output_template.json (a templates folder, agents/pydantic_ai or .claude/agents).</source>
        <translation>Vorlagenordner: &lt;type&gt;.schema.json und &lt;type&gt;.outline.md oder die &lt;w&gt;_notes_template.md und &lt;w&gt;_output_template.json des Frameworks (ein Vorlagenordner, agents/pydantic_ai oder .claude/agents).</translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="40"/>
        <source>Framework generation: auto (default), %1.</source>
        <translation>Framework-Generation: auto (Standard), %1.</translation>
    </message>
    <message>
        <location filename="../app/cmd_validate.cpp" line="43"/>
        <source>Session folder, sessions folder or project root.</source>
        <translation>Sitzungsordner, Ordner mit Sitzungen oder Projektstamm.</translation>
    </message>
</context>
</TS>
