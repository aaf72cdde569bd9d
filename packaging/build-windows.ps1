# Builds the Windows installer of IntelliClaim Desktop (packaging\target\IntelliClaim-VERSION.msi). Runs on Windows
# only (jpackage makes each OS's installers on that OS); not built or tried on the Linux development machine.
# Needs: JDK 17 (jpackage, jlink, jdeps on PATH), Maven, and the WiX Toolset 3.x (candle.exe, light.exe on PATH).
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
# The .msi: per-user install by default (no administrator rights; %LOCALAPPDATA%\Programs\IntelliClaim), a Start
# menu entry and a desktop shortcut, the install folder can be chosen, PDF "Open with", and a fixed upgrade code so a
# newer .msi replaces an older one. Data stays in %LOCALAPPDATA%\IntelliClaim and logs in
# %LOCALAPPDATA%\IntelliClaim\Logs; uninstalling leaves both.
# No app CDS archive: JDK 17 uses one only at the class path it was made with, and a per-user install path differs
# per user; the runtime carries the JDK's own CDS archive (jlink --generate-cds-archive).
# The version is the pom's without -SNAPSHOT (the app's --version and About show the same number).
# OCR of scanned pages needs Tesseract, which the .msi does not carry: the UB-Mannheim installer
# (github.com/UB-Mannheim/tesseract/wiki; English data included). It does not add itself to the PATH, so the app
# also looks in %ProgramFiles%\Tesseract-OCR, %ProgramFiles(x86)%\Tesseract-OCR and
# %LOCALAPPDATA%\Programs\Tesseract-OCR; -Dintelliclaim.tesseract=PATH names another place.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..")
$out = Join-Path $root "packaging\target"
$jar = Join-Path $root "app\target\intelliclaim.jar"
$upgradeUuid = "6f1f3c3e-4b8e-4d8a-9a53-1c2f7e0b5d21"   # never change: Windows matches upgrades by it

[xml]$pom = Get-Content (Join-Path $root "pom.xml")
$version = $pom.project.version -replace "-SNAPSHOT", ""

if ($env:SKIP_MAVEN -ne "1") {
  Push-Location $root; mvn -B -q -DskipTests package; if ($LASTEXITCODE) { throw "mvn failed" }; Pop-Location
}
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input", "$out\work" | Out-Null

# The jar without the other platforms' native libraries and debug symbols.
Copy-Item $jar "$out\input\intelliclaim.jar"
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::Open("$out\input\intelliclaim.jar", "Update")
$drop = $zip.Entries | Where-Object {
  ($_.FullName -match '^ai/onnxruntime/native/(?!win-x64/)' -or $_.FullName -match '\.pdb$' -or
   $_.FullName -match '^native/lib/(?!win-x86_64/)' -or $_.FullName -match '^com/sun/jna/(?!win32-x86-64/)[^/]+/.')
}
$drop | ForEach-Object { $_.Delete() }
$zip.Dispose()
Copy-Item (Join-Path $root "app\src\main\resources\THIRD-PARTY-NOTICES.txt") "$out\input\"

$found = (jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$out\input\intelliclaim.jar").Trim()
$modules = "$found,jdk.incubator.vector,jdk.crypto.ec,jdk.crypto.mscapi,jdk.localedata,jdk.zipfs,jdk.charsets,jdk.management,jdk.random"
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 `
  --include-locales=en,en-IN,hi-IN --generate-cds-archive --output "$out\work\runtime"
if ($LASTEXITCODE) { throw "jlink failed" }

jpackage --type msi --dest $out --name IntelliClaim --app-version $version --vendor IntelliClaim `
  --description "Claims analysts' workbench" --input "$out\input" --main-jar intelliclaim.jar `
  --main-class com.intelliclaim.app.Launcher --runtime-image "$out\work\runtime" `
  --icon (Join-Path $root "icons\generated\intelliclaim.ico") `
  --java-options "--add-modules jdk.incubator.vector" --java-options "-XX:+UseSerialGC" `
  --java-options "-Dintelliclaim.logs=platform" --java-options "-Dai.djl.offline=true" `
  --win-per-user-install --win-dir-chooser --win-menu --win-menu-group IntelliClaim --win-shortcut `
  --win-upgrade-uuid $upgradeUuid --file-associations (Join-Path $PSScriptRoot "windows\pdf.properties")
if ($LASTEXITCODE) { throw "jpackage failed" }
Remove-Item -Recurse -Force "$out\work", "$out\input"
Get-ChildItem $out
