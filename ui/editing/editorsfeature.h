#pragma once

#include "editorpage.h"
#include "templateregistry.h"

#include <QObject>
#include <QPointer>

class EditorArea;
class LiveSession;
class FeatureHost;
class QAction;

// Plugs the notes and response editors into the main window: session files
// open in the editors as documents of the central tabs (notes and responses
// editable, anything else read-only), File menu entries create a missing output from its template,
// Tools → Insert Citation cites the event selected in the table or
// timeline, the start offers edits a crash left behind, and closing the
// window asks about unsaved documents (a close listener, asked first).
// Listed in app/featurelist.cpp.
class EditorsFeature : public QObject
{
    Q_OBJECT
public:
    explicit EditorsFeature(FeatureHost *host);
    ~EditorsFeature() override;

    EditorArea *area() const { return m_area; }
    // Opens a file of the open session (relative path); offers to create a
    // missing notes/response file from its template.
    void openSessionFile(const QString &relativePath, int line);
    // Creates the worker's notes or response at its canonical path.
    EditorPage *createOutput(const QString &workerType, bool notes, QString *error = nullptr);
    bool insertCitation(int eventIndex);
    // A notes_created / json_created event (or the worker_* spellings) opens
    // the file it announces; returns false for other events.
    bool openOutputOfEvent(int eventIndex);
    // The session-relative path of a worker's notes or response: the file
    // found in the session, else the template's canonical path.
    QString outputPath(const QString &workerType, bool notes) const;
    // Offers the edits of processes that ended without saving (done at start
    // unless the platform is offscreen, where no one could answer).
    void checkRecovery();
    EditorContext contextFor(const QString &absolutePath) const;

private:
    void onSessionOpened(LiveSession *session);
    void createOutputInteractively(bool notes);
    QByteArray eventLine(const QString &sessionDir, int line) const;
    QStringList sessionWorkers() const;

    FeatureHost *m_host;
    QPointer<LiveSession> m_session;
    EditorArea *m_area;  // manages the pages; the window's tabs show them
    QAction *m_citeAction;
    QAction *m_openOutputAction;
    TemplateRegistry m_templates;
    int m_selectedEvent = -1;
};
