// A non-owning handle to a construct (or an interface it implements) in props structs: the tree owns every
// construct, props only point at them. Made implicitly from a reference, so props read `.vpc = vpc`.
#pragma once

#include <cstddef>
#include <type_traits>

namespace cdk {

template <class T>
class Handle {
 public:
  Handle() noexcept = default;
  Handle(std::nullptr_t) noexcept {}
  Handle(T& target) noexcept : target_(&target) {}
  template <class U>
    requires std::is_convertible_v<U*, T*>
  Handle(Handle<U> other) noexcept : target_(other.get()) {}

  T* get() const noexcept { return target_; }
  T& operator*() const noexcept { return *target_; }
  T* operator->() const noexcept { return target_; }
  explicit operator bool() const noexcept { return target_ != nullptr; }

  friend bool operator==(const Handle& a, const Handle& b) noexcept { return a.target_ == b.target_; }

 private:
  T* target_ = nullptr;
};

}  // namespace cdk
