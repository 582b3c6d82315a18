// Hands a generated file to the browser as a download.

/** Downloads `content` as `fileName`. */
export function saveFile(fileName: string, content: Blob | string, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time this runs; the URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
