/**
 * Hands text to the browser as a file download: the browser preview's stand-in for the desktop
 * app's save dialog. The object URL lives long enough for the download to start.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  try {
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.click()
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
