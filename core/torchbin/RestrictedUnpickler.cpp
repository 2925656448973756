#include "RestrictedUnpickler.h"

#include "Error.h"

#include <bit>
#include <cstring>
#include <deque>
#include <map>
#include <unordered_map>

namespace el {

namespace {

enum class Kind : uint8_t { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor, Device };
enum class GlobalId : uint8_t { OrderedDict, RebuildTensorV2, RebuildParameter, StorageType, Device };

const char* kindName(Kind k)
{
    switch (k) {
    case Kind::None: return "None";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::String: return "str";
    case Kind::Tuple: return "tuple";
    case Kind::List: return "list";
    case Kind::Dict: return "dict";
    case Kind::Global: return "global";
    case Kind::Storage: return "storage";
    case Kind::Tensor: return "tensor";
    case Kind::Device: return "torch.device";
    }
    return "?";
}

// One Python object. Containers refer to other objects by arena index, never own them.
struct Object
{
    Kind kind = Kind::None;
    GlobalId global = GlobalId::OrderedDict;
    StorageDtype dtype = StorageDtype::Float;
    int64_t i = 0;               // Bool/Int value; Storage/Tensor: index into the machine's tables
    double f = 0;                // Float
    std::string s;               // String; Global: "module.name"
    std::vector<uint32_t> items; // Tuple/List elements; Dict: key, value, key, value, ...
};

struct StorageTypeName
{
    std::string_view name;
    StorageDtype dtype;
};

constexpr StorageTypeName kStorageTypes[] = {
    {"FloatStorage", StorageDtype::Float}, {"HalfStorage", StorageDtype::Half},
    {"BFloat16Storage", StorageDtype::BFloat16}, {"DoubleStorage", StorageDtype::Double},
    {"LongStorage", StorageDtype::Long},   {"IntStorage", StorageDtype::Int},
    {"ShortStorage", StorageDtype::Short}, {"CharStorage", StorageDtype::Char},
    {"ByteStorage", StorageDtype::Byte},   {"BoolStorage", StorageDtype::Bool},
};

// Names from the file go into messages: keep them printable and short.
std::string printable(std::string_view s)
{
    std::string out;
    for (unsigned char c : s.substr(0, 200)) {
        if (c >= 0x20 && c < 0x7f) {
            out += char(c);
        } else {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return s.size() > 200 ? out + "..." : out;
}

// Python decodes BINUNICODE with 'utf-8' + 'surrogatepass', so encoded surrogates are accepted.
bool isUtf8(const uint8_t* p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const uint8_t b = p[i];
        size_t len;
        uint32_t cp;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xe0) == 0xc0) {
            len = 2;
            cp = b & 0x1f;
        } else if ((b & 0xf0) == 0xe0) {
            len = 3;
            cp = b & 0x0f;
        } else if ((b & 0xf8) == 0xf0) {
            len = 4;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (n - i < len) return false;
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += len;
    }
    return true;
}

class Machine
{
public:
    Machine(const uint8_t* data, size_t size, const std::string& label, const std::string& file)
        : m_data(data), m_size(size), m_label(label), m_file(file)
    {
    }

    uint32_t run();
    PickledStateDict result(uint32_t root);

private:
    [[noreturn]] void corrupt(const std::string& what) const
    {
        throw Error(ErrorCode::CorruptFile,
                    "corrupt " + m_label + ": its data.pkl " + what + " (opcode at byte " + std::to_string(m_opStart) +
                        ")",
                    m_file);
    }
    [[noreturn]] void unsupported(const std::string& what) const
    {
        throw Error(ErrorCode::UnsupportedModel, m_label + " " + what, m_file);
    }

    const uint8_t* take(size_t n)
    {
        if (m_size - m_pos < n) corrupt("ends in the middle of an opcode (truncated)");
        const uint8_t* p = m_data + m_pos;
        m_pos += n;
        return p;
    }
    uint64_t readLe(size_t n)
    {
        const uint8_t* p = take(n);
        uint64_t v = 0;
        for (size_t k = 0; k < n; ++k) v |= uint64_t(p[k]) << (8 * k);
        return v;
    }
    std::string readLine();
    uint32_t readString(uint64_t len);

    uint32_t make(Kind kind)
    {
        if (m_objects.size() >= RestrictedUnpickler::kMaxObjects)
            corrupt("creates more than " + std::to_string(RestrictedUnpickler::kMaxObjects) + " objects");
        m_objects.emplace_back().kind = kind;
        return uint32_t(m_objects.size() - 1);
    }
    uint32_t makeInt(Kind kind, int64_t v)
    {
        const uint32_t id = make(kind);
        m_objects[id].i = v;
        return id;
    }
    Object& obj(uint32_t id) { return m_objects[id]; }
    void push(uint32_t id) { m_stack.push_back(id); }
    uint32_t pop()
    {
        if (m_stack.size() <= (m_marks.empty() ? 0 : m_marks.back())) corrupt("pops from an empty stack");
        const uint32_t id = m_stack.back();
        m_stack.pop_back();
        return id;
    }
    uint32_t top()
    {
        const uint32_t id = pop();
        push(id);
        return id;
    }
    std::vector<uint32_t> popMark()
    {
        if (m_marks.empty()) corrupt("pops to a MARK that was never set");
        const size_t m = m_marks.back();
        m_marks.pop_back();
        std::vector<uint32_t> items(m_stack.begin() + std::ptrdiff_t(m), m_stack.end());
        m_stack.resize(m);
        return items;
    }
    Object& expect(uint32_t id, Kind kind, const char* what)
    {
        Object& o = obj(id);
        if (o.kind != kind)
            corrupt("expects " + std::string(what) + " to be a " + kindName(kind) + " but finds a " + kindName(o.kind));
        return o;
    }
    void memoPut(uint64_t index) { m_memo[index] = top(); }
    uint32_t memoGet(uint64_t index)
    {
        auto it = m_memo.find(index);
        if (it == m_memo.end()) corrupt("reads memo slot " + std::to_string(index) + ", which was never written");
        return it->second;
    }

    uint32_t resolveGlobal(const std::string& module, const std::string& name);
    uint32_t reduce(uint32_t callable, uint32_t args);
    uint32_t rebuildTensor(const std::vector<uint32_t>& args);
    uint32_t persistentLoad(uint32_t pid);
    int64_t intArg(uint32_t id, const char* what) { return expect(id, Kind::Int, what).i; }

    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
    size_t m_opStart = 0;
    std::string m_label;
    std::string m_file;
    std::deque<Object> m_objects;
    std::vector<uint32_t> m_stack;
    std::vector<size_t> m_marks;
    std::unordered_map<uint64_t, uint32_t> m_memo;
    PickledStateDict m_out;                   // storages; tensors are built in result()
    std::vector<PickledTensor> m_tensors;     // every _rebuild_tensor_v2 result (unnamed)
    std::map<std::string, size_t> m_storageIndex;
};

std::string Machine::readLine()
{
    for (size_t n = 0; m_pos + n < m_size && n < 1024; ++n) {
        if (m_data[m_pos + n] == '\n') {
            std::string s(reinterpret_cast<const char*>(m_data + m_pos), n);
            m_pos += n + 1;
            return s;
        }
    }
    corrupt("has a GLOBAL name without a terminating newline");
}

uint32_t Machine::readString(uint64_t len)
{
    if (len > m_size - m_pos) corrupt("has a string of " + std::to_string(len) + " bytes that runs past its end");
    const uint8_t* p = take(size_t(len));
    if (!isUtf8(p, size_t(len))) corrupt("has a string that is not valid UTF-8");
    const uint32_t id = make(Kind::String);
    obj(id).s.assign(reinterpret_cast<const char*>(p), size_t(len));
    return id;
}

uint32_t Machine::run()
{
    for (;;) {
        m_opStart = m_pos;
        if (m_pos >= m_size) corrupt("ends without a STOP opcode (truncated)");
        const uint8_t op = m_data[m_pos++];
        switch (op) {
        case 0x80: // PROTO
            if (const uint64_t v = readLe(1); v > 5) corrupt("uses pickle protocol " + std::to_string(v));
            break;
        case 0x95: // FRAME: only a buffering hint for stream readers; the whole pickle is in memory
            if (readLe(8) > m_size - m_pos) corrupt("announces a frame longer than the rest of the pickle");
            break;
        case '.': // STOP
            return pop();
        case '(': m_marks.push_back(m_stack.size()); break;
        case '}': push(make(Kind::Dict)); break;
        case ']': push(make(Kind::List)); break;
        case ')': push(make(Kind::Tuple)); break;
        case 't': {
            std::vector<uint32_t> items = popMark();
            const uint32_t id = make(Kind::Tuple);
            obj(id).items = std::move(items);
            push(id);
            break;
        }
        case 0x85: case 0x86: case 0x87: { // TUPLE1..3
            std::vector<uint32_t> items(size_t(op - 0x84));
            for (size_t k = items.size(); k-- > 0;) items[k] = pop();
            const uint32_t id = make(Kind::Tuple);
            obj(id).items = std::move(items);
            push(id);
            break;
        }
        case 'X': push(readString(readLe(4))); break;   // BINUNICODE
        case 0x8c: push(readString(readLe(1))); break;  // SHORT_BINUNICODE
        case 0x8d: push(readString(readLe(8))); break;  // BINUNICODE8
        case 'J': push(makeInt(Kind::Int, int32_t(uint32_t(readLe(4))))); break; // BININT
        case 'K': push(makeInt(Kind::Int, int64_t(readLe(1)))); break;           // BININT1
        case 'M': push(makeInt(Kind::Int, int64_t(readLe(2)))); break;           // BININT2
        case 0x8a: { // LONG1: little-endian two's complement of n bytes
            const size_t n = size_t(readLe(1));
            if (n > 8) corrupt("has an integer of " + std::to_string(n) + " bytes (more than 64 bits)");
            uint64_t v = readLe(n);
            if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);
            push(makeInt(Kind::Int, int64_t(v)));
            break;
        }
        case 'G': { // BINFLOAT: big-endian IEEE double
            const uint8_t* p = take(8);
            uint64_t bits = 0;
            for (int k = 0; k < 8; ++k) bits = (bits << 8) | p[k];
            const uint32_t id = make(Kind::Float);
            obj(id).f = std::bit_cast<double>(bits);
            push(id);
            break;
        }
        case 'N': push(make(Kind::None)); break;
        case 0x88: push(makeInt(Kind::Bool, 1)); break; // NEWTRUE
        case 0x89: push(makeInt(Kind::Bool, 0)); break; // NEWFALSE
        case 'q': memoPut(readLe(1)); break;           // BINPUT
        case 'r': memoPut(readLe(4)); break;           // LONG_BINPUT
        case 0x94: memoPut(m_memo.size()); break;      // MEMOIZE
        case 'h': push(memoGet(readLe(1))); break;     // BINGET
        case 'j': push(memoGet(readLe(4))); break;     // LONG_BINGET
        case 'c': { // GLOBAL
            const std::string module = readLine();
            const std::string name = readLine();
            push(resolveGlobal(module, name));
            break;
        }
        case 0x93: { // STACK_GLOBAL
            const uint32_t name = pop();
            const uint32_t module = pop();
            push(resolveGlobal(expect(module, Kind::String, "the STACK_GLOBAL module").s,
                               expect(name, Kind::String, "the STACK_GLOBAL name").s));
            break;
        }
        case 'R': { // REDUCE
            const uint32_t args = pop();
            const uint32_t callable = pop();
            push(reduce(callable, args));
            break;
        }
        case 0x81: { // NEWOBJ: cls.__new__(cls, *args); only an empty OrderedDict makes sense here
            const uint32_t args = pop();
            const uint32_t cls = pop();
            const Object& c = obj(cls);
            if (c.kind != Kind::Global || c.global != GlobalId::OrderedDict ||
                !expect(args, Kind::Tuple, "the NEWOBJ arguments").items.empty())
                corrupt("uses NEWOBJ on something other than an empty OrderedDict");
            push(make(Kind::Dict));
            break;
        }
        case 'b': { // BUILD: the only state a state dict carries is the OrderedDict's _metadata
            pop();
            const Object& target = obj(top());
            if (target.kind != Kind::Dict) corrupt(std::string("sets the state of a ") + kindName(target.kind));
            break;
        }
        case 's': { // SETITEM
            const uint32_t value = pop();
            const uint32_t key = pop();
            Object& d = expect(top(), Kind::Dict, "the SETITEM target");
            d.items.push_back(key);
            d.items.push_back(value);
            break;
        }
        case 'u': { // SETITEMS
            std::vector<uint32_t> items = popMark();
            if (items.size() % 2) corrupt("has SETITEMS with an odd number of items");
            Object& d = expect(top(), Kind::Dict, "the SETITEMS target");
            d.items.insert(d.items.end(), items.begin(), items.end());
            break;
        }
        case 'a': { // APPEND
            const uint32_t value = pop();
            expect(top(), Kind::List, "the APPEND target").items.push_back(value);
            break;
        }
        case 'e': { // APPENDS
            std::vector<uint32_t> items = popMark();
            Object& l = expect(top(), Kind::List, "the APPENDS target");
            l.items.insert(l.items.end(), items.begin(), items.end());
            break;
        }
        case 'Q': push(persistentLoad(pop())); break; // BINPERSID
        default: {
            static const char* hex = "0123456789abcdef";
            corrupt(std::string("has unknown or unsupported opcode 0x") + hex[op >> 4] + hex[op & 15] +
                    (op >= 0x20 && op < 0x7f ? std::string(" ('") + char(op) + "')" : std::string()));
        }
        }
    }
}

uint32_t Machine::resolveGlobal(const std::string& module, const std::string& name)
{
    const uint32_t id = make(Kind::Global);
    Object& g = obj(id);
    g.s = module + "." + name;
    if (module == "collections" && name == "OrderedDict") {
        g.global = GlobalId::OrderedDict;
    } else if (module == "torch._utils" && name == "_rebuild_tensor_v2") {
        g.global = GlobalId::RebuildTensorV2;
    } else if (module == "torch._utils" && name == "_rebuild_parameter") {
        g.global = GlobalId::RebuildParameter;
    } else if (module == "torch" && name == "device") {
        g.global = GlobalId::Device;
    } else {
        for (const StorageTypeName& st : kStorageTypes) {
            if (module == "torch" && name == st.name) {
                g.global = GlobalId::StorageType;
                g.dtype = st.dtype;
                return id;
            }
        }
        if (module == "torch" && name.size() > 7 && name.ends_with("Storage"))
            throw Error(ErrorCode::UnsupportedDtype,
                        m_label + " stores a tensor as torch." + printable(name) +
                            ", a storage type this reader does not support",
                        m_file);
        // Never resolved, never called: this is where a pickle would run os.system & co.
        unsupported("asks for '" + printable(g.s) +
                    "', which is not part of a tensor state dict; refusing to load it (nothing was executed)");
    }
    return id;
}

uint32_t Machine::reduce(uint32_t callableId, uint32_t argsId)
{
    const Object& c = obj(callableId);
    if (c.kind != Kind::Global) corrupt(std::string("calls a ") + kindName(c.kind));
    const std::vector<uint32_t>& args = expect(argsId, Kind::Tuple, "the REDUCE arguments").items;
    switch (c.global) {
    case GlobalId::OrderedDict:
        if (!args.empty()) unsupported("builds an OrderedDict from arguments, which torch.save never writes");
        return make(Kind::Dict);
    case GlobalId::RebuildTensorV2: return rebuildTensor(args);
    case GlobalId::RebuildParameter: // _rebuild_parameter(data, requires_grad, backward_hooks)
        if (args.size() != 3) corrupt("calls _rebuild_parameter with " + std::to_string(args.size()) + " arguments");
        expect(args[0], Kind::Tensor, "the parameter data");
        return args[0];
    case GlobalId::Device: {
        if (args.empty() || args.size() > 2) corrupt("calls torch.device with " + std::to_string(args.size()) + " arguments");
        expect(args[0], Kind::String, "the device type");
        return make(Kind::Device);
    }
    case GlobalId::StorageType: break;
    }
    corrupt("calls the storage type " + c.s + " directly");
}

uint32_t Machine::persistentLoad(uint32_t pidId)
{
    // ('storage', torch.XxxStorage, key, location, numel) — torch/serialization.py, _save.persistent_id
    const std::vector<uint32_t>& pid = expect(pidId, Kind::Tuple, "the persistent id").items;
    if (pid.size() != 5) corrupt("has a persistent id of " + std::to_string(pid.size()) + " fields instead of 5");
    if (expect(pid[0], Kind::String, "the persistent id tag").s != "storage")
        corrupt("has a persistent id of type '" + printable(obj(pid[0]).s) + "' instead of 'storage'");
    const Object& type = expect(pid[1], Kind::Global, "the storage type");
    if (type.global != GlobalId::StorageType) corrupt("names " + type.s + " as a storage type");
    const std::string& key = expect(pid[2], Kind::String, "the storage key").s;
    const std::string& location = expect(pid[3], Kind::String, "the storage location").s;
    const int64_t numel = intArg(pid[4], "the storage size");
    if (numel < 0 || numel > RestrictedUnpickler::kMaxNumel)
        corrupt("declares storage '" + printable(key) + "' with " + std::to_string(numel) + " elements");

    auto [it, inserted] = m_storageIndex.emplace(key, m_out.storages.size());
    if (inserted) {
        m_out.storages.push_back({key, type.dtype, numel, location});
    } else {
        const PickledStorage& seen = m_out.storages[it->second];
        if (seen.dtype != type.dtype || seen.numel != numel)
            corrupt("declares storage '" + printable(key) + "' twice with different types or sizes");
    }
    return makeInt(Kind::Storage, int64_t(it->second));
}

uint32_t Machine::rebuildTensor(const std::vector<uint32_t>& args)
{
    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    if (args.size() != 6 && args.size() != 7)
        corrupt("calls _rebuild_tensor_v2 with " + std::to_string(args.size()) + " arguments");
    PickledTensor t;
    t.storage = size_t(expect(args[0], Kind::Storage, "the tensor storage").i);
    t.offset = intArg(args[1], "the storage offset");
    const std::vector<uint32_t>& sizes = expect(args[2], Kind::Tuple, "the tensor size").items;
    const std::vector<uint32_t>& strides = expect(args[3], Kind::Tuple, "the tensor stride").items;
    const Object& grad = obj(args[4]);
    if (grad.kind != Kind::Bool && grad.kind != Kind::Int) corrupt("has a non-boolean requires_grad");
    if (obj(args[5]).kind != Kind::Dict && obj(args[5]).kind != Kind::None) corrupt("has backward hooks that are not a dict");
    if (sizes.size() != strides.size())
        corrupt("has a tensor with " + std::to_string(sizes.size()) + " sizes but " + std::to_string(strides.size()) +
                " strides");
    if (sizes.size() > RestrictedUnpickler::kMaxRank)
        corrupt("has a tensor of rank " + std::to_string(sizes.size()));
    for (uint32_t s : sizes) t.sizes.push_back(intArg(s, "a tensor dimension"));
    for (uint32_t s : strides) t.strides.push_back(intArg(s, "a tensor stride"));

    const PickledStorage& storage = m_out.storages[t.storage];
    const std::string where = "storage '" + printable(storage.key) + "'";
    if (t.offset < 0) corrupt("has a negative offset into " + where);
    int64_t numel = 1;
    for (size_t d = 0; d < t.sizes.size(); ++d) {
        if (t.sizes[d] < 0 || t.strides[d] < 0) corrupt("has a tensor with a negative size or stride on " + where);
        if (t.sizes[d] != 0 && numel > RestrictedUnpickler::kMaxNumel / t.sizes[d])
            corrupt("has a tensor with more than " + std::to_string(RestrictedUnpickler::kMaxNumel) + " elements");
        numel *= t.sizes[d];
    }
    if (numel > 0) {
        // Largest element index the view reaches; must stay inside the declared storage.
        int64_t last = t.offset;
        for (size_t d = 0; d < t.sizes.size(); ++d) {
            int64_t step;
            if (__builtin_mul_overflow(t.sizes[d] - 1, t.strides[d], &step) || __builtin_add_overflow(last, step, &last))
                corrupt("has a tensor whose strides overflow on " + where);
        }
        if (last >= storage.numel)
            corrupt("has a tensor reaching element " + std::to_string(last) + " of " + where + ", which has only " +
                    std::to_string(storage.numel) + " elements");
    } else if (t.offset > storage.numel) {
        corrupt("has an empty tensor starting past the end of " + where);
    }
    m_tensors.push_back(std::move(t));
    return makeInt(Kind::Tensor, int64_t(m_tensors.size() - 1));
}

PickledStateDict Machine::result(uint32_t root)
{
    const Object& dict = obj(root);
    if (dict.kind != Kind::Dict)
        unsupported(std::string("holds a ") + kindName(dict.kind) + ", not a state dict of named tensors");
    std::map<std::string, size_t> position; // a repeated key keeps its first position, last value (dict semantics)
    for (size_t k = 0; k + 1 < dict.items.size(); k += 2) {
        const Object& key = obj(dict.items[k]);
        const Object& value = obj(dict.items[k + 1]);
        if (key.kind != Kind::String)
            unsupported(std::string("has a state dict key of type ") + kindName(key.kind) + " instead of a name");
        if (value.kind != Kind::Tensor)
            unsupported("has '" + printable(key.s) + "' = a " + kindName(value.kind) +
                        " in its state dict; only a flat dict of tensors is supported");
        PickledTensor t = m_tensors[size_t(value.i)];
        t.name = key.s;
        auto [it, inserted] = position.emplace(key.s, m_out.tensors.size());
        if (inserted)
            m_out.tensors.push_back(std::move(t));
        else
            m_out.tensors[it->second] = std::move(t);
    }
    return std::move(m_out);
}

} // namespace

int storageItemSize(StorageDtype dtype)
{
    switch (dtype) {
    case StorageDtype::Double:
    case StorageDtype::Long: return 8;
    case StorageDtype::Float:
    case StorageDtype::Int: return 4;
    case StorageDtype::Half:
    case StorageDtype::BFloat16:
    case StorageDtype::Short: return 2;
    case StorageDtype::Char:
    case StorageDtype::Byte:
    case StorageDtype::Bool: return 1;
    }
    return 1;
}

const char* storageDtypeName(StorageDtype dtype)
{
    switch (dtype) {
    case StorageDtype::Float: return "F32";
    case StorageDtype::Half: return "F16";
    case StorageDtype::BFloat16: return "BF16";
    case StorageDtype::Double: return "F64";
    case StorageDtype::Long: return "I64";
    case StorageDtype::Int: return "I32";
    case StorageDtype::Short: return "I16";
    case StorageDtype::Char: return "I8";
    case StorageDtype::Byte: return "U8";
    case StorageDtype::Bool: return "BOOL";
    }
    return "?";
}

bool isFloatingStorage(StorageDtype dtype)
{
    return dtype == StorageDtype::Float || dtype == StorageDtype::Half || dtype == StorageDtype::BFloat16 ||
           dtype == StorageDtype::Double;
}

int64_t PickledTensor::numel() const
{
    int64_t n = 1;
    for (int64_t s : sizes) n *= s;
    return n;
}

PickledStateDict RestrictedUnpickler::parseStateDict(const uint8_t* data, size_t size, const std::string& label,
                                                     const std::string& file)
{
    Machine m(data, size, label, file);
    const uint32_t root = m.run();
    return m.result(root);
}

} // namespace el
