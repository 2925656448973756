#include "EncoderRegistry.h"

#include "Error.h"
#include "nn/AlbertModel.h"
#include "nn/BertModel.h"
#include "nn/DebertaV2Model.h"
#include "nn/DistilBertModel.h"
#include "nn/ElectraModel.h"
#include "nn/MpnetModel.h"
#include "nn/RobertaModel.h"

namespace el {

namespace {

const std::vector<EncoderArchitecture>& architectures()
{
    // An explicit table rather than self-registering statics: elcore is a static library and the
    // linker would drop unreferenced registration objects.
    static const std::vector<EncoderArchitecture> table = {
        {"bert", "bert", &BertModel::create},
        // transformers' XLMRobertaModel and CamembertModel are RobertaModel with base_model_prefix "roberta".
        {"roberta", "roberta", &RobertaModel::create},
        {"xlm-roberta", "roberta", &RobertaModel::create},
        {"camembert", "roberta", &RobertaModel::create},
        {"distilbert", "distilbert", &DistilBertModel::create},
        {"mpnet", "mpnet", &MpnetModel::create},
        {"electra", "electra", &ElectraModel::create},
        {"albert", "albert", &AlbertModel::create},
        {"deberta-v2", "deberta", &DebertaV2Model::create},
    };
    return table;
}

} // namespace

const EncoderArchitecture& EncoderRegistry::find(const ModelConfig& config)
{
    for (const auto& a : architectures())
        if (a.modelType == config.modelType) return a;
    std::string list;
    for (const auto& name : modelTypes()) list += (list.empty() ? "" : ", ") + name;
    throw Error(ErrorCode::UnsupportedModel,
                "unsupported model_type '" + config.modelType + "' in " + config.file.string() + " (supported: " +
                    list + ")",
                config.file.string());
}

std::vector<std::string> EncoderRegistry::modelTypes()
{
    std::vector<std::string> out;
    for (const auto& a : architectures()) out.push_back(a.modelType);
    return out;
}

} // namespace el
