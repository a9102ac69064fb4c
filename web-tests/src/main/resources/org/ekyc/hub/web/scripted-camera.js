// A camera for browser tests that follows the page like a person in front of it would: getUserMedia answers a
// canvas stream. On the liveness screen the canvas shows rendered frames of a face that turns when the page's
// prompt says turn and closes its eyes when it says blink; elsewhere it shows the document held up to the
// camera. Every drawn frame carries a few pixels of sensor noise, so no two grabbed frames are equal.
// __SCENES__ is replaced by the test with {document, neutral[], left[], right[], blink[]} (Base64 JPEGs).
(() => {
  const scenes = __SCENES__;
  const image = (b64) => { const i = new Image(); i.src = 'data:image/jpeg;base64,' + b64; return i; };
  const documentImage = image(scenes.document);
  const faces = {};
  for (const k of ['neutral', 'left', 'right', 'blink']) faces[k] = scenes[k].map(image);
  const FRAME_MS = 250;
  const HOLD_BLINK_MS = 900;

  const faceAt = (action, elapsed) => {
    const step = Math.floor(elapsed / FRAME_MS);
    if (action === 'live.TURN_LEFT') return faces.left[Math.min(step, faces.left.length - 1)];
    if (action === 'live.TURN_RIGHT') return faces.right[Math.min(step, faces.right.length - 1)];
    if (action === 'live.BLINK' && elapsed < HOLD_BLINK_MS) return faces.blink[step % faces.blink.length];
    return faces.neutral[step % faces.neutral.length];
  };

  navigator.mediaDevices.getUserMedia = async () => {
    const screen = document.querySelector('main')?.dataset.screen ?? '';
    const face = screen.startsWith('liveness');
    const canvas = document.createElement('canvas');
    canvas.width = face ? 480 : 1600;
    canvas.height = face ? 640 : 1200;
    const g = canvas.getContext('2d');
    let action = null;
    let since = 0;
    let live = true;
    const draw = () => {
      if (!live) return;
      g.fillStyle = '#202226';
      g.fillRect(0, 0, canvas.width, canvas.height);
      if (face) {
        const a = document.getElementById('prompt')?.dataset.action ?? '';
        if (a !== action) { action = a; since = performance.now(); }
        g.drawImage(faceAt(action, performance.now() - since), 0, 0, canvas.width, canvas.height);
      } else if (documentImage.complete && documentImage.naturalWidth) {
        const w = canvas.width * 0.9;
        const h = w * documentImage.naturalHeight / documentImage.naturalWidth;
        g.drawImage(documentImage, (canvas.width - w) / 2, (canvas.height - h) / 2, w, h);
      }
      for (let i = 0; i < 4; i++) {
        const v = 20 + Math.floor(Math.random() * 40);
        g.fillStyle = `rgb(${v},${v},${v})`;
        g.fillRect(Math.floor(Math.random() * 24), canvas.height - 1 - Math.floor(Math.random() * 24), 1, 1);
      }
      setTimeout(draw, 33);
    };
    draw();
    const stream = canvas.captureStream(30);
    stream.getTracks().forEach((t) => {
      const stop = t.stop.bind(t);
      t.stop = () => { live = false; stop(); };
    });
    return stream;
  };
})();
