# drctool as one Native AOT executable on a small base with a shell, for GitLab CI, Jenkins and anything else that
# runs containers (README, CI integration). From the repository root:
#   docker build -t drctool .
#   docker run --rm -v "$PWD:/work" -w /work drctool drctool check hardware/ --report drctool.sarif
# The build stage runs .ci/build-aot.sh, the script .ci/run and the tests run too (tests/DrcTool.Cli.Tests/Packaging).

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
# Native AOT links with the platform's C toolchain.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN bash .ci/build-aot.sh /out

# The same Ubuntu as the build stage, so the executable finds the C library it was linked against; runtime-deps is
# the base Microsoft publishes for self-contained and Native AOT apps (no .NET inside, a shell for CI scripts).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble
COPY --from=build /out/drctool /usr/local/bin/drctool
WORKDIR /work
CMD ["drctool", "--help"]
