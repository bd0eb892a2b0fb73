# Build the Windows installer: dist\FieldKit-<version>-setup.exe (SPEC §17).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Sign]
#
# Needs Python 3.11 (x64) as `py -3.11` and NSIS 3 (makensis on PATH or in its default folder).
# Installs the build dependencies in a fresh venv from the hashed lock (--require-hashes),
# runs PyInstaller, runs the frozen build's --self-test, then makensis, then, with -Sign and a
# code-signing certificate in the user's store (SIGN_CERT_SHA1), signtool on both executables
# and the installer. Prints the installer's SHA-256 for the release notes.
param([switch]$Sign)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (Select-String -Path fieldkit\__init__.py -Pattern '__version__ = "([^"]+)"').Matches[0].Groups[1].Value
$venv = "build\win-venv"
if (Test-Path build) { Remove-Item -Recurse -Force build }
if (Test-Path dist\fieldkit) { Remove-Item -Recurse -Force dist\fieldkit }
$env:PYTHONHASHSEED = "0"
$env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct)

Write-Host "== build environment from the hashed lock"
py -3.11 -m venv $venv
& "$venv\Scripts\python.exe" -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r packaging\requirements\build.txt
if ($LASTEXITCODE) { throw "pip install from the lock failed" }
& "$venv\Scripts\python.exe" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation .
if ($LASTEXITCODE) { throw "installing FieldKit failed" }

Write-Host "== PyInstaller"
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN --workpath build\pyinstaller --distpath dist packaging\pyinstaller\fieldkit.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& "$venv\Scripts\python.exe" packaging\third_party_notices.py -o dist\fieldkit\THIRD-PARTY-NOTICES
Copy-Item LICENSE dist\fieldkit\LICENSE

Write-Host "== self-test of the frozen build"
& dist\fieldkit\fieldkit.exe --self-test
if ($LASTEXITCODE) { throw "the frozen build failed its self-test" }

$signtool = $null
if ($Sign) {
  $signtool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
  if (-not $signtool) { throw "-Sign: signtool.exe (Windows SDK) is not on PATH" }
  if (-not $env:SIGN_CERT_SHA1) { throw "-Sign: set SIGN_CERT_SHA1 to the certificate's thumbprint" }
  foreach ($exe in "dist\fieldkit\fieldkit.exe", "dist\fieldkit\FieldKitApp.exe") {
    & $signtool sign /sha1 $env:SIGN_CERT_SHA1 /fd sha256 /tr http://timestamp.digicert.com /td sha256 $exe
    if ($LASTEXITCODE) { throw "signing $exe failed" }
  }
}

Write-Host "== makensis"
$makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
$setup = "dist\FieldKit-$version-setup.exe"
& $makensis /V2 /WX "/DVERSION=$version" "/DPAYLOAD=$PWD\dist\fieldkit" "/DOUTFILE=$PWD\$setup" "$PWD\packaging\windows\fieldkit.nsi"
if ($LASTEXITCODE) { throw "makensis failed" }
if ($signtool) {
  & $signtool sign /sha1 $env:SIGN_CERT_SHA1 /fd sha256 /tr http://timestamp.digicert.com /td sha256 $setup
  if ($LASTEXITCODE) { throw "signing the installer failed" }
}
$hash = (Get-FileHash -Algorithm SHA256 $setup).Hash.ToLower()
Write-Host "== wrote $setup"
Write-Host "SHA-256: $hash"
