#pragma once

class MainWindow;

// Installs every feature of the application into the window, in the one
// order they are listed in featurelist.cpp, then restores the saved layout
// (which needs their docks). The app and the window tests call this.
void installFeatures(MainWindow *window);
