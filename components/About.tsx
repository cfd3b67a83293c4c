/** The options page's About: what Dalil is under, and the credits of what it ships (NOTICE.txt in the package). */
export function About() {
  return (
    <footer class="about">
      <h2>About</h2>
      <p>
        Dalil's code is under the MIT licence. The data it is built from and the name models keep their own
        licences and credits:{' '}
        <a href="/NOTICE.txt" target="_blank" rel="noreferrer">
          licences and credits
        </a>
        .
      </p>
    </footer>
  );
}
