#pragma once
// Helpers of the tst_ui_* tests that drive views over an EngineService.

#include "EngineService.h"
#include "TestSupport.h"

#include <QColor>
#include <QPalette>
#include <QSignalSpy>
#include <QString>

#include <filesystem>

namespace eltest {

// The tiny random BERT of the reference fixtures (fast to load and run).
inline std::filesystem::path tinyBertDir()
{
    return fixturesDir() / "reference" / "tiny-bert" / "model";
}

// Load a model folder into the engine and wait (up to two minutes) until it is in service.
inline bool loadModelAndWait(elui::EngineService& engine, const QString& dir)
{
    QSignalSpy loaded(&engine, &elui::EngineService::modelLoaded);
    engine.loadModel(dir);
    return loaded.wait(120000) || loaded.size() == 1;
}

// A dark palette (every role the views read) for the tests that check colours follow the palette.
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace eltest
