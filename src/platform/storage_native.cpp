#include "platform/storage_native.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace bpa {

namespace fs = std::filesystem;

static std::optional<std::string> read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Ids come from the app ("ordning-3") but are checked anyway: no path separators.
static bool safe_id(const std::string& id) {
    return !id.empty() && id.find_first_of("/\\") == std::string::npos && id != "." && id != "..";
}

FolderStorage::FolderStorage(fs::path dir) : dir_(std::move(dir)) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) error_ = "cannot create " + dir_.string() + ": " + ec.message();
}

bool FolderStorage::write_file(const fs::path& p, const std::string& text) {
    fs::path tmp = p;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out) {
            error_ = "cannot write " + tmp.string();
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, p, ec);
    if (ec) {
        error_ = "cannot write " + p.string() + ": " + ec.message();
        return false;
    }
    error_.clear();
    return true;
}

std::vector<StoredArrangement> FolderStorage::list() {
    std::vector<StoredArrangement> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        std::string f = e.path().filename().string();
        const std::string suffix = ".meta.json";
        if (f.size() <= suffix.size() || f.compare(f.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
        auto text = read_file(e.path());
        if (!text) continue;
        auto j = nlohmann::json::parse(*text, nullptr, false);
        if (!j.is_object()) continue;
        StoredArrangement s;
        s.id = f.substr(0, f.size() - suffix.size());
        s.name = j.value("name", "");
        s.jurisdiction = j.value("jurisdiction", "");
        s.saved_at = j.value("saved_at", "");
        s.has_previous = fs::exists(dir_ / (s.id + ".previous.json"));
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<std::string> FolderStorage::load(const std::string& id) {
    if (!safe_id(id)) return std::nullopt;
    return read_file(dir_ / (id + ".json"));
}

std::optional<std::string> FolderStorage::load_previous(const std::string& id) {
    if (!safe_id(id)) return std::nullopt;
    return read_file(dir_ / (id + ".previous.json"));
}

uint64_t FolderStorage::save(const StoredArrangement& info, const std::string& text, bool keep_previous) {
    const uint64_t ticket = ++last_ticket_;
    saves_[ticket] = SaveState::Failed;
    if (!safe_id(info.id)) return ticket;
    fs::path current = dir_ / (info.id + ".json");
    if (keep_previous) {
        if (auto old = read_file(current); old && *old != text) write_file(dir_ / (info.id + ".previous.json"), *old);
    }
    if (!write_file(current, text)) return ticket;
    nlohmann::json meta = {{"name", info.name}, {"jurisdiction", info.jurisdiction}, {"saved_at", info.saved_at}};
    if (write_file(dir_ / (info.id + ".meta.json"), meta.dump())) saves_[ticket] = SaveState::Saved;
    return ticket;
}

SaveState FolderStorage::save_state(uint64_t ticket) {
    auto it = saves_.find(ticket);
    if (it == saves_.end()) return SaveState::Saved;  // asked before: it had finished
    const SaveState s = it->second;
    saves_.erase(it);
    return s;
}

void FolderStorage::remove(const std::string& id) {
    if (!safe_id(id)) return;
    std::error_code ec;
    for (const char* suffix : {".json", ".previous.json", ".meta.json"}) fs::remove(dir_ / (id + suffix), ec);
}

std::optional<std::string> FolderStorage::load_setting(const std::string& key) {
    if (!safe_id(key)) return std::nullopt;
    return read_file(dir_ / ("settings-" + key + ".txt"));
}

void FolderStorage::save_setting(const std::string& key, const std::string& value) {
    if (!safe_id(key)) return;
    write_file(dir_ / ("settings-" + key + ".txt"), value);
}

}  // namespace bpa
