#include "platform/storage_native.h"

#include <algorithm>
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
    seen_ = stored_versions();
    known_ = seen_;
}

std::optional<uint64_t> FolderStorage::stored_version(const std::string& id) const {
    auto text = read_file(dir_ / (id + ".meta.json"));
    if (!text) return std::nullopt;
    auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object()) return 0;
    auto it = j.find("version");
    return it != j.end() && it->is_number_unsigned() ? it->get<uint64_t>() : 0;
}

std::map<std::string, uint64_t> FolderStorage::stored_versions() const {
    std::map<std::string, uint64_t> out;
    std::error_code ec;
    const std::string suffix = ".meta.json";
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        std::string f = e.path().filename().string();
        if (f.size() <= suffix.size() || f.compare(f.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
        std::string id = f.substr(0, f.size() - suffix.size());
        if (auto v = stored_version(id)) out[id] = *v;
    }
    return out;
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
    take_stored(id);  // what is read is what this object builds on
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
    // Another page saved a newer version since this one loaded or saved it:
    // refused, never overwritten blindly. (A version deleted meanwhile is
    // written again: nothing is lost.)
    const auto stored = stored_version(info.id);
    const uint64_t base = known_.count(info.id) ? known_[info.id] : 0;
    if (stored && *stored != base) {
        saves_[ticket] = SaveState::Conflict;
        return ticket;
    }
    const uint64_t version = std::max(base, stored.value_or(0)) + 1;
    fs::path current = dir_ / (info.id + ".json");
    if (keep_previous) {
        if (auto old = read_file(current); old && *old != text) write_file(dir_ / (info.id + ".previous.json"), *old);
    }
    if (!write_file(current, text)) return ticket;
    nlohmann::json meta = {{"name", info.name}, {"jurisdiction", info.jurisdiction}, {"saved_at", info.saved_at},
                           {"version", version}};
    if (write_file(dir_ / (info.id + ".meta.json"), meta.dump())) {
        saves_[ticket] = SaveState::Saved;
        known_[info.id] = seen_[info.id] = version;
    }
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
    known_.erase(id);
    seen_.erase(id);
}

std::vector<std::string> FolderStorage::changed_elsewhere() {
    std::vector<std::string> out;
    auto now = stored_versions();
    for (const auto& [id, v] : now)
        if (auto it = seen_.find(id); it == seen_.end() || it->second != v) out.push_back(id);
    for (const auto& [id, v] : seen_)
        if (!now.count(id)) out.push_back(id);
    seen_ = std::move(now);
    return out;
}

bool FolderStorage::newer_elsewhere(const std::string& id) {
    if (!safe_id(id)) return false;
    const auto stored = stored_version(id);
    const auto it = known_.find(id);
    return stored && *stored != (it == known_.end() ? 0 : it->second);
}

void FolderStorage::take_stored(const std::string& id) {
    if (!safe_id(id)) return;
    if (auto v = stored_version(id)) known_[id] = *v;
    else known_.erase(id);
}

std::optional<std::string> FolderStorage::load_setting(const std::string& key) {
    if (!safe_id(key)) return std::nullopt;
    auto text = read_file(dir_ / ("settings-" + key + ".txt"));
    settings_seen_[key] = text.value_or("");
    return text;
}

void FolderStorage::save_setting(const std::string& key, const std::string& value) {
    if (!safe_id(key)) return;
    if (write_file(dir_ / ("settings-" + key + ".txt"), value)) settings_seen_[key] = value;
}

bool FolderStorage::settings_changed_elsewhere() {
    for (const auto& [key, seen] : settings_seen_)
        if (read_file(dir_ / ("settings-" + key + ".txt")).value_or("") != seen) return true;
    return false;
}

}  // namespace bpa
