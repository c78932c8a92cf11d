// Runs a fuzz target without libFuzzer: every file of the seed corpus, then a fixed number of
// deterministic mutations of each (bit flips, truncations, splices, inserted bytes). Crashes
// and sanitizer reports fail the test; a clean run prints how many inputs it tried.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

uint64_t next(uint64_t &state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::string mutate(const std::string &seed, const std::string &other, uint64_t &rng)
{
    std::string s = seed;
    const int edits = 1 + int(next(rng) % 4);
    static const char kInteresting[] = "\0\xff\t\n\r.,-+e0123456789\xc3\xa3\xe2\x80\xa6";
    for (int i = 0; i < edits; ++i) {
        const size_t pos = s.empty() ? 0 : size_t(next(rng) % (s.size() + 1));
        switch (next(rng) % 6) {
        case 0:
            if (!s.empty())
                s[pos % s.size()] = char(s[pos % s.size()] ^ (1 << (next(rng) % 8)));
            break;
        case 1:
            s.resize(pos);
            break;
        case 2:
            s.insert(pos, 1, kInteresting[next(rng) % (sizeof(kInteresting) - 1)]);
            break;
        case 3:
            if (!s.empty())
                s.erase(pos % s.size(), 1 + size_t(next(rng) % 8));
            break;
        case 4:
            s.insert(pos, other.substr(0, size_t(next(rng) % (other.size() + 1))));
            break;
        default:
            s.insert(pos, std::string(size_t(next(rng) % 64), char(next(rng) & 0xff)));
            break;
        }
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> seeds;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path dir(argv[i]);
        if (!std::filesystem::is_directory(dir)) {
            std::fprintf(stderr, "corpus folder %s is missing\n", argv[i]);
            return 2;
        }
        for (const auto &entry : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>());
        }
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no seed inputs\n");
        return 2;
    }
    const char *env = std::getenv("TRIPDESK_FUZZ_RUNS");
    const long perSeed = env ? std::atol(env) : 2000;
    uint64_t rng = 0x7269704465736bULL;
    long runs = 0;
    for (size_t i = 0; i < seeds.size(); ++i) {
        const std::string &seed = seeds[i];
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(seed.data()), seed.size());
        ++runs;
        for (long n = 0; n < perSeed; ++n) {
            const std::string input = mutate(seed, seeds[next(rng) % seeds.size()], rng);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
            ++runs;
        }
    }
    std::printf("%ld inputs, no crash\n", runs);
    return 0;
}
