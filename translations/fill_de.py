#!/usr/bin/env python3
"""Fills German translations into session-inspector_de.ts for the strings
listed below (menus, panels, buttons, headers, states). Run after
`cmake --build build --target update_translations`; strings not listed stay
unfinished and show in English."""
import html, re, sys

DE = {
 "&About Session Inspector": "Ü&ber Session Inspector", "&Arguments:": "&Argumente:", "&Clear Filters": "Filter &zurücksetzen",
 "&Close Document": "Dokument &schließen", "&File": "&Datei", "&Filter Events…": "Ereignisse &filtern…", "&Fit Session": "Ganze &Sitzung",
 "&Focus areas:": "&Schwerpunkte:", "&Help": "&Hilfe", "&Kind:": "&Art:", "&Launch": "&Starten", "&Model:": "&Modell:", "&Name:": "&Name:",
 "&Open…": "Ö&ffnen…", "&Profile:": "&Profil:", "&Program:": "&Programm:", "&Quit": "&Beenden", "&Reload": "&Neu laden",
 "&Session:": "&Sitzung:", "&Task:": "&Aufgabe:", "&Timeline": "&Zeitleiste", "&Tools": "&Werkzeuge", "&View": "&Ansicht", "&Worker:": "&Worker:",
 "(no agent)": "(kein Agent)", "(no type)": "(kein Typ)", "(none found)": "(keine gefunden)", "(none)": "(keine)", "(not set)": "(nicht gesetzt)",
 "(unknown)": "(unbekannt)", "(unreadable)": "(unlesbar)", "About &Qt": "Über &Qt", "About Session Inspector": "Über Session Inspector",
 "Add": "Hinzufügen", "Agent": "Agent", "All agents": "Alle Agenten", "All levels": "Alle Stufen", "All rules": "Alle Regeln", "All types": "Alle Typen",
 "All workers": "Alle Worker", "Analysis started": "Analyse begonnen", "Back": "Zurück", "Browse…": "Durchsuchen…", "Can't Create": "Anlegen nicht möglich",
 "Can't Open": "Öffnen nicht möglich", "Can't open": "Öffnen nicht möglich", "Cancel": "Abbrechen", "Cancel Runs and Quit": "Läufe abbrechen und beenden",
 "Cancel requested.": "Abbruch angefordert.", "Cancelled before it started.": "Vor dem Start abgebrochen.", "Cancelled.": "Abgebrochen.",
 "Checking…": "Prüfe…", "Choose the program": "Programm auswählen", "Clear List": "Liste leeren", "Close": "Schließen", "Command line:": "Befehlszeile:",
 "Compare…": "Vergleichen…", "Completed": "Abgeschlossen", "Configured": "Konfiguriert", "Console": "Konsole", "Cost": "Kosten", "Create File": "Datei anlegen",
 "Created": "Erstellt", "Custom": "Benutzerdefiniert", "Decide Later": "Später entscheiden", "Detail": "Detail", "Details": "Details",
 "Diagnostics": "Diagnosen", "Discard Checked": "Markierte verwerfen", "Duplicate": "Duplizieren", "Duration": "Dauer", "Edited": "Bearbeitet",
 "Event timeline": "Ereignis-Zeitleiste", "Events": "Ereignisse", "Every profile needs a name.": "Jedes Profil braucht einen Namen.", "Exit": "Ende",
 "Exited with code 0.": "Mit Code 0 beendet.", "Export &Timeline…": "&Zeitleiste exportieren…", "Export Timeline": "Zeitleiste exportieren",
 "File": "Datei", "Files": "Dateien", "Filter sessions": "Sitzungen filtern", "Filter text (Ctrl+F)": "Text filtern (Strg+F)", "Find": "Suchen",
 "Fit Session": "Ganze Sitzung", "Format": "Formatieren", "Forward": "Vor", "Insert": "Einfügen", "Insert All Missing": "Alle fehlenden einfügen",
 "Insert Heading Here": "Überschrift hier einfügen", "Insert Missing Headings": "Fehlende Überschriften einfügen", "Insert Missing Keys": "Fehlende Schlüssel einfügen",
 "Keep Mine": "Meine behalten", "Last activity": "Letzte Aktivität", "Leave Running and Quit": "Weiterlaufen lassen und beenden", "Line": "Zeile",
 "Load Report": "Ladebericht", "Main": "Haupt", "Match case": "Groß-/Kleinschreibung", "Message": "Meldung", "New Worker Notes": "Neue Worker-Notizen",
 "New Worker Response": "Neue Worker-Antwort", "New session": "Neue Sitzung", "Next": "Weiter", "No event selected": "Kein Ereignis ausgewählt",
 "No events": "Keine Ereignisse", "No events yet": "Noch keine Ereignisse", "No required key is missing.": "Kein Pflichtschlüssel fehlt.",
 "No session": "Keine Sitzung", "Not Saved": "Nicht gespeichert", "Not found": "Nicht gefunden", "Notes": "Notizen", "Notes file in place": "Notizdatei vorhanden",
 "Notes outline": "Notizgliederung", "Notes valid": "Notizen gültig", "Notes, then JSON": "Erst Notizen, dann JSON", "On disk": "Auf der Platte",
 "One focus area per line": "Ein Schwerpunkt pro Zeile", "Open": "Öffnen", "Open &Recent": "&Zuletzt geöffnet", "Open a session first.": "Bitte zuerst eine Sitzung öffnen.",
 "Other": "Weitere", "Outline": "Gliederung", "Output JSON": "Ausgabe-JSON", "Path": "Pfad", "Permission mode:": "Berechtigungsmodus:",
 "Preferences — Runners": "Einstellungen — Runner", "Preview": "Vorschau", "Previous": "Zurück", "Problems": "Probleme", "Profile": "Profil",
 "Project:": "Projekt:", "Prompt file:": "Prompt-Datei:", "Prompts": "Prompts", "Protocol": "Protokoll", "Provenance": "Herkunft", "Python CLI": "Python-CLI",
 "Quick Fix…": "Schnellkorrektur…", "Raw line": "Rohzeile", "Re-run": "Erneut ausführen", "Recover Unsaved Edits": "Ungesicherte Änderungen wiederherstellen",
 "Recover Unsaved Edits…": "Ungesicherte Änderungen wiederherstellen…", "Regex": "Regex", "Regular expression": "Regulärer Ausdruck", "Reload": "Neu laden",
 "Reload From Disk": "Von der Platte neu laden", "Remove": "Entfernen", "Replace": "Ersetzen", "Replace All": "Alle ersetzen", "Replace with": "Ersetzen durch",
 "Response file in place": "Antwortdatei vorhanden", "Response schema": "Antwortschema", "Response valid": "Antwort gültig", "Responses": "Antworten",
 "Restore Checked": "Markierte wiederherstellen", "Rule": "Regel", "Run Worker": "Worker starten", "Run Worker…": "Worker starten…", "Run worker": "Worker starten",
 "Run worker…": "Worker starten…", "Runner &Preferences…": "Runner-&Einstellungen…", "Runs": "Läufe", "Runs are going": "Es laufen noch Läufe",
 "STATE.json is empty": "STATE.json ist leer", "Save Document": "Dokument speichern", "Session": "Sitzung", "Session folder.": "Sitzungsordner.",
 "Session timeline": "Sitzungs-Zeitleiste", "Sessions": "Sitzungen", "Severity": "Schweregrad", "Show one rule only": "Nur eine Regel zeigen",
 "Show one worker only": "Nur einen Worker zeigen", "Silent from (UTC)": "Still seit (UTC)", "Size": "Größe", "Source": "Quelle", "Spawned first": "Zuerst gestartet",
 "Stalls": "Stillstände", "Started": "Gestartet", "State": "Zustand", "Status": "Status", "Success &criteria:": "&Erfolgskriterien:", "T&imeout:": "&Zeitlimit:",
 "Task": "Aufgabe", "Task:": "Aufgabe:", "Templates": "Vorlagen", "The task is empty.": "Die Aufgabe ist leer.", "Time (UTC)": "Zeit (UTC)",
 "Time (local)": "Zeit (lokal)", "Times in &UTC": "Zeiten in &UTC", "Times in UTC": "Zeiten in UTC", "Tokens": "Tokens", "Transcript": "Verlauf", "Turns": "Runden",
 "Type": "Typ", "Unsaved Changes": "Ungesicherte Änderungen", "Untitled": "Unbenannt", "What the worker should do": "Was der Worker tun soll",
 "Whole session": "Ganze Sitzung", "Worker": "Worker", "Worker type": "Worker-Typ", "Worker:": "Worker:", "Workers": "Worker", "Zoom &Back": "Zoom &zurück",
 "Zoom &Forward": "Zoom &vor", "built-in": "eingebaut", "cancelled": "abgebrochen", "completed": "abgeschlossen", "default": "Standard", "failed": "fehlgeschlagen",
 "imported": "importiert", "local": "lokal", "missing": "fehlt", "no agent": "kein Agent", "no details": "keine Details", "no level": "keine Stufe",
 "no message": "keine Meldung", "no timestamp": "kein Zeitstempel", "no type": "kein Typ", "none": "keine", "queued": "wartend", "running": "läuft",
 "running (detached)": "läuft (abgekoppelt)", "scanning…": "wird gelesen…", "stalled": "hängt", "stopping": "wird beendet", "succeeded": "erfolgreich",
 "timed out": "Zeit überschritten", "unknown": "unbekannt", "unreadable timestamp": "unlesbarer Zeitstempel", "user folder": "Benutzerordner",
 "Regex ": "Regex ", "Timeline": "Zeitleiste",
 "%1 — Session Inspector": "%1 — Session Inspector",
 "%1 events · %2 debug entries · %3 bad lines": "%1 Ereignisse · %2 Debug-Einträge · %3 fehlerhafte Zeilen",
 " · %1 shown": " · %1 angezeigt", " · loaded in %1 ms": " · geladen in %1 ms", "Loaded %1 in %2 ms": "%1 in %2 ms geladen",
 "Load cancelled: showing what was read": "Laden abgebrochen: das bisher Gelesene wird gezeigt",
 "%1 errors, %2 warnings": "%1 Fehler, %2 Warnungen", "Open a session, a sessions folder or a project": "Eine Sitzung, einen Sitzungsordner oder ein Projekt öffnen",
 "Last activity": "Letzte Aktivität",
 "the folder %1/ cannot be read: %2; the outputs in it are not checked": "der Ordner %1/ ist nicht lesbar: %2; die Ausgaben darin werden nicht geprüft",
 "a link that leads nowhere readable (%1)": "ein Link, der auf nichts Lesbares zeigt (%1)", "not a folder": "kein Ordner",
}

path = sys.argv[1] if len(sys.argv) > 1 else "translations/session-inspector_de.ts"
text = open(path, encoding="utf-8").read()

def fill(m):
    src = html.unescape(m.group(1))
    if src in DE:
        return '<source>%s</source>\n        <translation>%s</translation>' % (m.group(1), html.escape(DE[src], quote=False))
    return m.group(0)

text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
print("translated", text.count("<translation>"), "of", text.count("<source>"))
