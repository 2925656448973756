#include "TorchBinReader.h"

#include "TorchBinFile.h"

namespace el {

std::vector<std::pair<std::string, at::Tensor>> readTorchStateDict(const std::filesystem::path& path)
{
    const TorchBinFile file(path);
    std::vector<std::pair<std::string, at::Tensor>> out;
    out.reserve(file.tensors().size());
    for (const TensorInfo& info : file.tensors()) out.emplace_back(info.name, file.readTensor(info.name));
    return out;
}

} // namespace el
