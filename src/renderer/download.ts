/** Browser mode: a file the server sent back as base64, offered as a download under its name. */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL can go once the browser has read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
