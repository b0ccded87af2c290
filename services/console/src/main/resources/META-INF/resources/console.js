'use strict';
// The console's page: each panel posts to /api/<service>; the console sends it through Kafka and answers.

const $ = (id) => document.getElementById(id);

function show(id, text, isError) {
  const el = $(id);
  el.textContent = text;
  el.classList.toggle('error', !!isError);
}

async function ask(path, body, resultId) {
  show(resultId, 'asking…');
  const response = await fetch('/api/' + path, {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  if (!response.ok) {
    const error = await response.json().catch(() => ({error: response.statusText}));
    show(resultId, error.error || ('HTTP ' + response.status), true);
    return null;
  }
  return response;
}

// A heat map: rows[r][c] in 0..1 (or any range, scaled), with labels along both axes.
function heatMap(canvas, rows, rowLabels, columnLabels) {
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
  const left = 30, top = 20;
  const cw = Math.max(1, Math.floor((canvas.width - left) / rows[0].length));
  const ch = Math.max(1, Math.floor((canvas.height - top) / rows.length));
  let lo = Infinity, hi = -Infinity;
  rows.forEach(r => r.forEach(v => { if (isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); } }));
  rows.forEach((r, i) => r.forEach((v, j) => {
    const x = isFinite(v) && hi > lo ? (v - lo) / (hi - lo) : 0;
    g.fillStyle = `rgb(${Math.round(255 * x)}, ${Math.round(200 * x)}, ${Math.round(80 + 100 * (1 - x))})`;
    g.fillRect(left + j * cw, top + i * ch, cw, ch);
  }));
  g.fillStyle = '#222';
  g.font = '12px monospace';
  (rowLabels || []).forEach((label, i) => g.fillText(label, 8, top + i * ch + ch / 2 + 4));
  (columnLabels || []).forEach((label, j) => g.fillText(label, left + j * cw + cw / 2 - 3, 14));
}

async function kafkaStatus() {
  const health = await fetch('/q/health/ready').then(r => r.json()).catch(() => null);
  const ready = health && health.status === 'UP';
  show('kafka-status', ready ? 'connected to Kafka' : 'not connected to Kafka yet', !ready);
}

$('dates-go').onclick = async () => {
  const response = await ask('dates', {text: $('dates-text').value}, 'dates-result');
  if (!response) return;
  const r = await response.json();
  show('dates-result', (r.valid ? r.iso : 'not a date: ' + r.attention.answer) + '   (confidence ' + r.confidence.toFixed(4) + ')');
  const read = r.attention.read.padEnd(r.attention.weights[0].length, ' ');
  heatMap($('dates-attention'), r.attention.weights, r.attention.answer.split(''), read.split(''));
};

$('emojify-go').onclick = async () => {
  const response = await ask('emojify', {text: $('emojify-text').value}, 'emojify-result');
  if (!response) return;
  const r = await response.json();
  show('emojify-result', r.emojified + '   (' + (100 * r.probabilities[r.label]).toFixed(1) + '%)');
};

$('names-go').onclick = async () => {
  const body = {count: Number($('names-count').value)};
  if ($('names-prefix').value) body.prefix = $('names-prefix').value;
  if ($('names-seed').value) body.seed = Number($('names-seed').value);
  const response = await ask('names', body, 'names-result');
  if (!response) return;
  const r = await response.json();
  show('names-result', r.names.join(', ') + '   (seed ' + r.seed + ')');
};

$('jazz-go').onclick = async () => {
  const body = {seconds: Number($('jazz-seconds').value), tempo: Number($('jazz-tempo').value)};
  if ($('jazz-seed').value) body.seed = Number($('jazz-seed').value);
  const response = await ask('jazz', body, 'jazz-result');
  if (!response) return;
  const wav = await response.blob();
  $('jazz-audio').src = URL.createObjectURL(wav);
  show('jazz-result', response.headers.get('X-Notes') + ' notes (seed ' + response.headers.get('X-Seed') + '): press play');
};

$('vectors-go').onclick = async () => {
  const op = $('vectors-op').value;
  const words = $('vectors-words').value.trim().toLowerCase().split(/\s+/).filter(w => w);
  const response = await ask('vectors', {op: op, words: words, k: 10}, 'vectors-result');
  if (!response) return;
  const r = await response.json();
  const text = {
    neighbors: () => r.neighbors.map(n => n.word).join(' '),
    analogy: () => r.answer.word + '   (cosine ' + r.answer.cosine.toFixed(3) + ')',
    similarity: () => 'cosine ' + r.cosine.toFixed(4),
    bias: () => r.bias.map(b => b.word + ' ' + b.before.toFixed(3)).join(', ') + '   (cosine with woman - man)',
  }[op];
  show('vectors-result', text ? text() : JSON.stringify(r));
};

$('trigger-upload').onclick = async () => {
  const file = $('trigger-file').files[0];
  if (!file) { show('trigger-result', 'choose a WAV file first', true); return; }
  show('trigger-result', 'streaming through the detector…');
  const response = await fetch('/api/trigger', {method: 'POST', headers: {'Content-Type': 'audio/wav'}, body: await file.arrayBuffer()});
  const r = await response.json();
  if (!response.ok) { show('trigger-result', r.error, true); return; }
  const at = r.detections.map(d => (d.endMs / 1000).toFixed(2) + ' s').join(', ');
  show('trigger-result', r.detections.length + ' detection' + (r.detections.length === 1 ? '' : 's') + (at ? ' at ' + at : '')
      + ' in ' + r.seconds.toFixed(1) + ' s of audio');
  const s = r.spectrogram;
  const bands = [];
  for (let b = s.bands - 1; b >= 0; b--) bands.push(s.columns.map(c => c[b])); // high bands on top
  const canvas = $('trigger-spectrogram');
  heatMap(canvas, bands);
  const g = canvas.getContext('2d');
  g.fillStyle = '#00e0ff';
  const cw = Math.max(1, Math.floor((canvas.width - 30) / s.columns.length));
  r.detections.forEach(d => g.fillRect(30 + Math.round(d.endMs / s.columnMs) * cw, 20, 3, canvas.height - 20));
};

// The microphone: 16 kHz mono PCM16 over a WebSocket; detections come back and ring the chime.
let socket = null, context = null, sentSamples = 0;

function chime() {
  const audio = new AudioContext();
  [880, 1320].forEach((f, i) => {
    const o = audio.createOscillator(), g = audio.createGain();
    o.frequency.value = f;
    g.gain.setValueAtTime(0.3, audio.currentTime + i * 0.12);
    g.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.12 + 0.4);
    o.connect(g).connect(audio.destination);
    o.start(audio.currentTime + i * 0.12);
    o.stop(audio.currentTime + i * 0.12 + 0.45);
  });
}

$('mic-start').onclick = async () => {
  let media;
  try {
    media = await navigator.mediaDevices.getUserMedia({audio: true});
  } catch (e) {
    show('mic-status', 'no microphone: ' + e.message, true);
    return;
  }
  context = new AudioContext({sampleRate: 16000});
  const source = context.createMediaStreamSource(media);
  const processor = context.createScriptProcessor(4096, 1, 1);
  socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/api/trigger/live');
  socket.binaryType = 'arraybuffer';
  sentSamples = 0;
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.streamId) {
      show('mic-status', 'listening (stream ' + message.streamId + ')');
    } else if (message.error) {
      show('mic-status', message.error, true);
    } else {
      const li = document.createElement('li');
      li.textContent = '"activate" at ' + (message.endMs / 1000).toFixed(2) + ' s (score ' + message.score.toFixed(3) + ')';
      $('mic-detections').prepend(li);
      chime();
    }
  };
  processor.onaudioprocess = (event) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    const input = event.inputBuffer.getChannelData(0);
    const pcm = new Int16Array(input.length);
    for (let i = 0; i < input.length; i++) pcm[i] = Math.max(-32768, Math.min(32767, Math.round(input[i] * 32767)));
    socket.send(pcm.buffer);
    sentSamples += input.length;
    $('mic-status').dataset.seconds = (sentSamples / 16000).toFixed(1);
  };
  source.connect(processor);
  processor.connect(context.destination);
  $('mic-start').disabled = true;
  $('mic-stop').disabled = false;
  $('mic-stop').onclick = () => {
    processor.disconnect();
    media.getTracks().forEach(t => t.stop());
    socket.close();
    context.close();
    $('mic-start').disabled = false;
    $('mic-stop').disabled = true;
    show('mic-status', 'microphone off (' + (sentSamples / 16000).toFixed(1) + ' s streamed)');
  };
};

kafkaStatus();
setInterval(kafkaStatus, 5000);
