#include "Model.h"

#include "model/ModelImpl.h"
#include "nn/EncoderRegistry.h"

namespace el {

std::unique_ptr<Model> Model::load(const std::filesystem::path& dir, const LoadOptions& options)
{
    return ModelImpl::load(dir, options);
}

std::vector<std::string> supportedModelTypes()
{
    return EncoderRegistry::modelTypes();
}

} // namespace el
