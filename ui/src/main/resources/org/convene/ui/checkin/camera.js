// Scanning badges with the device's camera where the browser can: the native BarcodeDetector
// (Chromium on Android, ChromeOS, macOS, Windows) reading the camera's picture. Nothing is
// installed; where the API or a camera is missing the view simply keeps its scanner field.
// `this` is the check-in view's element; what is read goes to the server exactly as a scanner's input.
(function (view) {
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  let stream = null;
  let timer = null;

  function stop(video) {
    if (timer) { clearInterval(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(t => t.stop()); stream = null; }
    if (video) { video.srcObject = null; video.hidden = true; }
  }

  view.conveneCamera = {
    start: async function (video) {
      if (stream) { stop(video); return; }
      const detector = new BarcodeDetector({ formats: ['qr_code'] });
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (e) {
        view.$server.cameraRefused();
        return;
      }
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      timer = setInterval(async () => {
        try {
          const codes = await detector.detect(video);
          if (codes.length > 0 && codes[0].rawValue) {
            stop(video);
            view.$server.cameraScanned(codes[0].rawValue);
          }
        } catch (e) {
          // A frame that cannot be read yet; the next one will do.
        }
      }, 250);
    },
    stop: stop
  };

  BarcodeDetector.getSupportedFormats().then(formats => {
    if (formats.indexOf('qr_code') >= 0) {
      view.$server.cameraAvailable();
    }
  });
})(this);
