#pragma once
// Helpers of the tst_ui_* tests that drive views over an EngineService.

#include "EngineService.h"
#include "TestSupport.h"

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

} // namespace eltest
