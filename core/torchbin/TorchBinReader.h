#pragma once
// One-call access to the state dict of a pytorch_model.bin (torch.save zip archive), for code that
// wants every tensor at once. The weight store uses TorchBinFile directly (it reads tensors lazily).
// Internal header (ATen types).

#include <ATen/ATen.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace el {

// Every tensor of the file, in the order of the pickled dict, as contiguous tensors owning their
// memory: floating tensors (F32/F16/BF16/F64) converted to float32, integer and bool tensors keep
// their dtype. Nothing in the file is executed; see TorchBinFile for the checks and the el::Error
// codes thrown.
std::vector<std::pair<std::string, at::Tensor>> readTorchStateDict(const std::filesystem::path& path);

} // namespace el
