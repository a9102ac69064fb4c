// The camera: a stream on a <video>, frames grabbed to JPEG (never mirrored: the hub expects the camera's
// own view), and a small grey copy for the quality measures.
import { grey, WIDTH } from './quality.js';

export async function open(video, facing) {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error('no camera API');
  }
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: facing }, width: { ideal: 1920 }, height: { ideal: 1080 } },
  });
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play();
  return stream;
}

export function close(stream) {
  stream?.getTracks().forEach((track) => track.stop());
}

/** The current frame as Base64 JPEG (no data: prefix), at most {@code maxWidth} pixels wide. */
export function jpeg(video, maxWidth, quality = 0.9) {
  const scale = Math.min(1, maxWidth / video.videoWidth);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', quality).split(',')[1];
}

const small = document.createElement('canvas');

/** The current frame, downscaled to {@code WIDTH} pixels, in grey levels. */
export function greyFrame(video) {
  const w = WIDTH;
  const h = Math.max(1, Math.round(WIDTH * video.videoHeight / video.videoWidth));
  small.width = w;
  small.height = h;
  const g = small.getContext('2d', { willReadFrequently: true });
  g.drawImage(video, 0, 0, w, h);
  return { g: grey(g.getImageData(0, 0, w, h).data, w, h), w, h };
}

/** A file chosen by the customer, as Base64 (no data: prefix). */
export function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1]);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
