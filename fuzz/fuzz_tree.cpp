// Fuzzes whole programs: the input is read as a little program that builds a construct tree (stacks, nested
// constructs, resources with values and references within and across stacks, outputs, dependencies, aspects
// that add, remove or throw, tags, lazies that refer to themselves) and chooses the state of the output folder
// (missing, empty, a previous assembly, the user's files, a link). Synthesis must end in a written assembly or
// a cdk::Error; never a crash, a hang or another exception. When it fails, the folder must be as it was (the
// previous assembly intact, the user's files untouched); when it succeeds over a folder with the user's files,
// that is a bug too.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace {

namespace fs = std::filesystem;
using cdk::Value;

/// Reads the input byte by byte; past the end it yields zeros.
class Reader {
 public:
  Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool done() const { return pos_ >= size_; }
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::size_t below(std::size_t n) { return n ? byte() % n : 0; }
  /// A short id: mostly readable, sometimes any bytes (invalid UTF-8, '/', empty).
  std::string id() {
    const std::size_t length = below(9);
    std::string out;
    const bool raw = below(8) == 0;
    for (std::size_t i = 0; i < length; ++i) {
      const std::uint8_t b = byte();
      out += raw ? static_cast<char>(b) : "ABCDEFGHabc012-_/D"[b % 18];
    }
    return out;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

/// Everything built so far, for references.
struct World {
  cdk::App* app = nullptr;
  std::vector<cdk::Stack*> stacks;
  std::vector<cdk::CfnResource*> resources;
  std::vector<cdk::Construct*> scopes;
  /// The lazies that refer to themselves: owned here, referred to weakly by their producers, so that an input
  /// does not leak a shared_ptr cycle of the harness's own making.
  std::vector<std::shared_ptr<Value>> selfLazies;
};

Value value(Reader& in, World& w, int depth) {
  switch (in.below(depth > 6 ? 4 : 12)) {
    case 0: return Value(in.id());
    case 1: return Value(static_cast<std::int64_t>(in.byte()) - 100);
    case 2: return Value(in.below(2) == 0);
    case 3: return Value(static_cast<double>(in.byte()) / (in.below(4) == 0 ? 0.0 : 7.0));  // inf, nan
    case 4: {
      Value::List list;
      for (std::size_t i = in.below(4); i > 0; --i) list.push_back(value(in, w, depth + 1));
      return Value(std::move(list));
    }
    case 5: {
      Value::Map map;
      for (std::size_t i = in.below(4); i > 0; --i) map.emplace_back(in.id(), value(in, w, depth + 1));
      return Value(std::move(map));
    }
    case 6:
      if (!w.resources.empty()) return w.resources[in.below(w.resources.size())]->ref();
      return Value("no-ref");
    case 7:
      if (!w.resources.empty()) return w.resources[in.below(w.resources.size())]->getAtt(in.below(2) ? "Arn" : "Id");
      return Value("no-att");
    case 8: return cdk::Fn::join(in.id(), cdk::ValueList{value(in, w, depth + 1), value(in, w, depth + 1)});
    case 9: return cdk::Fn::select(static_cast<int>(in.below(3)), cdk::ValueList{value(in, w, depth + 1)});
    case 10: {
      // A lazy that may return itself, a nested lazy, or a plain value.
      auto self = std::make_shared<Value>();
      w.selfLazies.push_back(self);
      const std::size_t mode = in.below(3);
      Value produced = value(in, w, depth + 1);
      *self = cdk::Lazy::any([weak = std::weak_ptr<Value>(self), mode, produced]() -> Value {
        const auto me = weak.lock();
        if (!me) return produced;
        if (mode == 0) return *me;
        if (mode == 1) return Value::list({produced, *me});
        return produced;
      });
      // The lazy holds itself; a copy without the cycle goes into the tree, which keeps the lazy alive.
      Value out = *self;
      if (mode == 2) *self = Value();
      return out;
    }
    default: return cdk::Aws::REGION;
  }
}

const char* const kTypes[] = {"AWS::SNS::Topic", "AWS::SQS::Queue", "AWS::EC2::VPC", "Custom::Thing",
                              "AWS::S3::Bucket"};

/// An aspect whose behaviour the input chooses.
void addAspect(Reader& in, World& w, cdk::Construct& scope) {
  const std::size_t mode = in.below(5);
  const std::string id = in.id();
  cdk::Aspects::of(scope).add([mode, id, added = false](cdk::Construct& c) mutable {
    switch (mode) {
      case 0:
        if (!added && !cdk::Stack::isStack(c) && c.node().children().empty()) {
          added = true;
          c.make<cdk::Construct>(id.empty() ? "Added" : id);
        }
        return;
      case 1: throw 17;
      case 2: throw std::runtime_error("aspect says no");
      case 3:
        if (!c.node().children().empty()) c.node().tryRemoveChild(c.node().children().front()->node().id());
        return;
      default: return;
    }
  });
  (void)w;
}

void build(Reader& in, World& w) {
  cdk::Construct* scope = nullptr;
  for (int step = 0; step < 64 && !in.done(); ++step) {
    switch (in.below(9)) {
      case 0: {  // a stack
        cdk::StackProps props;
        if (in.below(3) == 0) props.env = cdk::Environment{.region = in.below(2) ? "eu-west-1" : "us-east-1"};
        if (in.below(4) == 0) props.stackName = in.id();
        if (in.below(6) == 0) props.tags.emplace_back(in.below(2) ? "aws:x" : "team", in.id());
        auto& stack = w.app->make<cdk::Stack>(in.below(5) == 0 ? "Tree" : "S" + in.id(), props);
        w.stacks.push_back(&stack);
        scope = &stack;
        w.scopes.push_back(scope);
        break;
      }
      case 1:  // a construct, which becomes the scope
        if (scope) {
          scope = &scope->make<cdk::Construct>(in.id());
          w.scopes.push_back(scope);
        }
        break;
      case 2:  // back up
        if (scope && scope->node().scope() && scope->node().scope() != w.app) scope = scope->node().scope();
        break;
      case 3:  // a resource
        if (scope) {
          Value::Map props;
          for (std::size_t i = in.below(3); i > 0; --i) props.emplace_back("P" + in.id(), value(in, w, 0));
          auto& r = scope->make<cdk::CfnResource>(
              in.id(), {.properties = Value(std::move(props)), .type = kTypes[in.below(std::size(kTypes))]});
          w.resources.push_back(&r);
        }
        break;
      case 4:  // an output
        if (scope) scope->make<cdk::CfnOutput>("O" + in.id(), {.value = value(in, w, 0)});
        break;
      case 5:  // a dependency between two constructs
        if (w.scopes.size() >= 2) {
          w.scopes[in.below(w.scopes.size())]->node().addDependency(*w.scopes[in.below(w.scopes.size())]);
        }
        break;
      case 6:
        if (scope) addAspect(in, w, *scope);
        break;
      case 7:
        if (scope) cdk::Tags::of(*scope).add(in.below(4) == 0 ? "aws:t" : "k" + in.id(), in.id());
        break;
      default:
        if (scope) cdk::Annotations::of(*scope).addWarning(in.id());
        break;
    }
  }
}

/// Every file below `dir` with its contents (links as their targets).
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  if (!fs::exists(dir, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().lexically_relative(dir).string();
    if (it->is_symlink(ec)) {
      out[name] = "-> " + fs::read_symlink(it->path(), ec).string();
    } else if (it->is_regular_file(ec)) {
      std::ifstream f(it->path(), std::ios::binary);
      out[name] = std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    } else {
      out[name] = "/";
    }
  }
  return out;
}

/// The output folder, prepared in the state the input chooses. Returns whether it holds the user's files.
bool prepareFolder(Reader& in, const fs::path& out) {
  fs::remove_all(out);
  switch (in.below(5)) {
    case 0: return false;  // missing
    case 1: fs::create_directories(out); return false;
    case 2: {  // a previous assembly
      cdk::App previous(cdk::AppProps{.outdir = out.string()});
      previous.make<cdk::Stack>("Previous").make<cdk::CfnResource>("T", {.type = "AWS::SNS::Topic"});
      previous.synth();
      return false;
    }
    case 3:
      fs::create_directories(out / "src");
      std::ofstream(out / "notes.txt") << "keep";
      return true;
    default:
      fs::create_directories(out);
      fs::create_symlink("/etc/hostname", out / "link");
      return true;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fs::path base = [] {
    const fs::path shm("/dev/shm");
    std::error_code ec;
    const fs::path dir = (fs::is_directory(shm, ec) ? shm : fs::temp_directory_path()) /
                         ("cdkpp-fuzz-tree-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
  }();
  Reader in(data, size);
  const bool write = in.below(4) == 0;  // writing is slow: a quarter of the inputs
  const fs::path out = base / "out";
  bool foreign = false;
  if (write) foreign = prepareFolder(in, out);
  const auto before = write ? snapshot(out) : std::map<std::string, std::string>{};
  try {
    cdk::App app(cdk::AppProps{.outdir = out.string()});
    World world{.app = &app};
    build(in, world);
    app.synth({.write = write});
    if (write && foreign) __builtin_trap();  // replaced a folder with the user's files in it
  } catch (const cdk::Error&) {
    if (write && snapshot(out) != before) __builtin_trap();  // a failure changed the folder
  }
  // Anything else escaping (another exception type) ends the fuzzer: a bug.
  return 0;
}
