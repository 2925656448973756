#include "Model.h"

#include "model/ModelImpl.h"
#include "nn/EncoderRegistry.h"

namespace el {

std::unique_ptr<Model> Model::load(const std::filesystem::path& dir, const LoadOptions& options)
{
    return ModelImpl::load(dir, options);
}

std::string precisionName(Precision p)
{
    switch (p) {
    case Precision::Float32: return "float32";
    case Precision::Int8: return "int8";
    }
    return "float32";
}

std::optional<Precision> precisionFromName(std::string_view name)
{
    if (name == "float32" || name == "fp32") return Precision::Float32;
    if (name == "int8") return Precision::Int8;
    return std::nullopt;
}

std::vector<Precision> allPrecisions()
{
    return {Precision::Float32, Precision::Int8};
}

std::vector<std::string> supportedModelTypes()
{
    return EncoderRegistry::modelTypes();
}

} // namespace el
