#include "featurelist.h"

#include "doctorfeature.h"
#include "editorsfeature.h"
#include "historyfeature.h"
#include "mainwindow.h"
#include "runsfeature.h"
#include "timelinefeature.h"

// The one list of features. Each takes the window's FeatureHost and adds its
// docks, menu entries and close listeners; none knows of another. The order
// decides the order of their menu entries and docks.
void installFeatures(MainWindow *window)
{
    FeatureHost *host = window->host();
    new DoctorFeature(host);
    new TimelineFeature(host);
    new RunsFeature(host);
    new EditorsFeature(host);
    new HistoryFeature(host);
    window->restoreLayout();
}
