# Sourced by cdk-nag-check and regenerate: installs the exact npm packages of package-lock.json into $home once.
home=${CDK_NAG_CHECK_HOME:-$HOME/.cache/cdk-nag-check-cdkpp}
if ! cmp -s "$here/package-lock.json" "$home/package-lock.json" 2>/dev/null || [[ ! -d $home/node_modules/cdk-nag ]]; then
  mkdir -p "$home"
  cp "$here/package.json" "$here/package-lock.json" "$home/"
  (cd "$home" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
