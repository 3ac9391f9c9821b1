# After the page is linked: writes dist/sw.js with a cache name made from the
# build's files (a new build gets a new cache), and copies the web app
# manifest and the icons next to the page.
# cmake -DSRC=<source dir> -DDIST=<dist dir> -P offline_files.cmake
set(hashes "")
foreach(f index.html index.js index.wasm)
  file(SHA256 "${DIST}/${f}" h)
  string(APPEND hashes "${h}")
endforeach()
file(READ "${SRC}/web/manifest.webmanifest" manifest)
string(APPEND hashes "${manifest}")
string(SHA256 build "${hashes}")
string(SUBSTRING "${build}" 0 16 BPA_BUILD)
configure_file("${SRC}/web/sw.js" "${DIST}/sw.js" @ONLY)
configure_file("${SRC}/web/manifest.webmanifest" "${DIST}/manifest.webmanifest" COPYONLY)
foreach(size 192 512)
  configure_file("${SRC}/assets/icons/icon-${size}.png" "${DIST}/icon-${size}.png" COPYONLY)
endforeach()
