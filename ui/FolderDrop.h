#pragma once
// Recognises a model folder in drag-and-drop data: a dropped folder, or a file inside one (e.g.
// config.json), counts as that folder.

#include <QString>

class QMimeData;

namespace elui {

class FolderDrop
{
public:
    // The local folder the data names, or an empty string.
    static QString folderFrom(const QMimeData* mime);
};

} // namespace elui
