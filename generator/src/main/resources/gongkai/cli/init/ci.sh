#!/bin/sh
# 用固定版本的 gongkai 检查并生成本网站：gongkai check，没有错误再 gongkai build，网站在 public/。
# Checks this site with a pinned gongkai release, then builds it into public/.
#
# 任何有 sh、curl（或 wget）、tar 和 Java 17 的 CI 都能用：GitLab CI、Gitee Go、Jenkins 或定时任务。
# GitLab 的 .gitlab-ci.yml 里这样写（Gitee Go 的流水线同样运行这一行命令）：
#   pages:
#     image: eclipse-temurin:17-jdk
#     script:
#       - sh ci/gongkai.sh
#     cache:
#       key: gongkai-@GONGKAI_VERSION@
#       paths: [.gongkai/]
#     artifacts:
#       paths: [public]
#
# gongkai 装在哪里：GONGKAI_HOME 已经有 bin/gongkai 时（装好了 gongkai 的机器）就用它；否则从
# GONGKAI_RELEASES 下载 gongkai-$GONGKAI_VERSION.tar.gz，解压到 .gongkai/（请让 CI 缓存这个文件夹）。
# 升级 gongkai：改下面的版本号。
set -eu
GONGKAI_VERSION=${GONGKAI_VERSION:-@GONGKAI_VERSION@}
# 存放 gongkai 发布包（gongkai-<版本>.tar.gz）的网址，例如本单位的文件服务器。
GONGKAI_RELEASES=${GONGKAI_RELEASES:-https://（存放 gongkai 发布包的网址）}

home=${GONGKAI_HOME:-.gongkai/gongkai-$GONGKAI_VERSION}
if [ ! -x "$home/bin/gongkai" ]; then
  url="$GONGKAI_RELEASES/gongkai-$GONGKAI_VERSION.tar.gz"
  echo "gongkai：正在安装 $url" >&2
  mkdir -p .gongkai
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL -o .gongkai/release.tar.gz "$url"
  else
    wget -q -O .gongkai/release.tar.gz "$url"
  fi
  tar -xzf .gongkai/release.tar.gz -C .gongkai
  rm -f .gongkai/release.tar.gz
  home=.gongkai/gongkai-$GONGKAI_VERSION
fi

# 在 GitHub Actions 里，问题显示在改动的文件旁边。
format=text
if [ "${GITHUB_ACTIONS:-}" = true ]; then format=github; fi
"$home/bin/gongkai" check --format "$format"
"$home/bin/gongkai" build
